package io.cutroom.timeline;

/**
 * Something wrong with a project, found before rendering.
 *
 * @param where what it concerns, e.g. {@code episode ep1 › scene s2 › shot s2-3 › take t1}
 */
public record Problem(Severity severity, String where, String message) {

    public enum Severity { ERROR, WARNING }

    public static Problem error(String where, String message) {
        return new Problem(Severity.ERROR, where, message);
    }

    public static Problem warning(String where, String message) {
        return new Problem(Severity.WARNING, where, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return (isError() ? "error: " : "warning: ") + where + ": " + message;
    }
}
