package io.cutroom.media;

import java.nio.file.Path;

/**
 * A media file cannot be used. The message names the file first and says what is wrong, e.g.
 * {@code clips/a.mp4: truncated: moov atom not found, the MP4 is incomplete}; callers show it as
 * it is, or put {@link #reason()} after a name of their own for the file.
 */
public class MediaException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String reason;

    public MediaException(Path file, String reason) {
        super(file + ": " + reason);
        this.reason = reason;
    }

    public MediaException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.reason = reason;
    }

    /** What is wrong, without the file name. */
    public String reason() {
        return reason;
    }
}
