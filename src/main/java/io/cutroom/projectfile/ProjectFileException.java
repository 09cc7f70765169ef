package io.cutroom.projectfile;

/**
 * A project file could not be read or saved. {@link #getMessage()} is meant for the user: it names
 * the file and, when the problem is in its text, the line, column and field, and what was expected.
 */
public final class ProjectFileException extends Exception {

    private static final long serialVersionUID = 1L;

    ProjectFileException(String message) {
        super(message);
    }

    ProjectFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
