package io.cutroom.media;

/**
 * A media file cannot be used. The message names the file first and says what is wrong, e.g.
 * {@code clips/a.mp4: truncated: moov atom not found, the MP4 is incomplete}; callers show it as
 * it is.
 */
public class MediaException extends Exception {

    private static final long serialVersionUID = 1L;

    public MediaException(String message) {
        super(message);
    }

    public MediaException(String message, Throwable cause) {
        super(message, cause);
    }
}
