package io.cutroom.projectfile;

/**
 * What is wrong with one value of a project file, and where; becomes a {@link ProjectFileException}
 * once the file's name is known. Internal: the reader throws it from deep inside the mapping.
 */
final class Problem extends RuntimeException {

    private final Node.Location at;
    private final String path;

    Problem(Node.Location at, String path, String detail) {
        super(detail, null, false, false);
        this.at = at;
        this.path = path;
    }

    /** {@code pilot.cutroom.json:12:21: episodes[0].title: expected a string, got 42}. */
    String message(String source) {
        StringBuilder b = new StringBuilder(source);
        if (at.known()) {
            b.append(':').append(at.line()).append(':').append(at.column());
        }
        b.append(": ");
        if (!path.isEmpty()) {
            b.append(path).append(": ");
        }
        return b.append(getMessage()).toString();
    }
}
