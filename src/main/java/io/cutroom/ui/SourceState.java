package io.cutroom.ui;

import io.cutroom.model.Rational;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What the editor knows of one media file the project names.
 *
 * @param duration the file's length when {@link Status#READY}, else null
 * @param problem why the file cannot be used, for {@link Status#UNREADABLE}; else null
 */
public record SourceState(Path file, Status status, Rational duration, String problem) {

    /** Whether the file can be used. */
    public enum Status {
        /** On disk and readable; its duration is known. */
        READY,
        /** Offline: not on disk where the project says. */
        MISSING,
        /** On disk, but not a media file that can be read. */
        UNREADABLE
    }

    public SourceState {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(status, "status");
    }

    public static SourceState ready(Path file, Rational duration) {
        return new SourceState(file, Status.READY, Objects.requireNonNull(duration, "duration"), null);
    }

    public static SourceState missing(Path file) {
        return new SourceState(file, Status.MISSING, null, null);
    }

    public static SourceState unreadable(Path file, String problem) {
        return new SourceState(file, Status.UNREADABLE, null, problem);
    }

    /** {@code source missing on disk} or {@code unreadable: …}; empty when ready. */
    public String describe() {
        return switch (status) {
            case READY -> "";
            case MISSING -> "source missing on disk";
            case UNREADABLE -> "unreadable: " + problem;
        };
    }
}
