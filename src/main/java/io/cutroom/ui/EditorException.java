package io.cutroom.ui;

/** The editor cannot start or go on; the message is meant for the user, as it is. */
public final class EditorException extends Exception {

    public EditorException(String message) {
        super(message);
    }
}
