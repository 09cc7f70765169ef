package io.cutroom.ffmpeg;

/**
 * Something went wrong finding or running ffmpeg/ffprobe. The message is written for the user:
 * it names the executable or the command and says what happened; callers show it as it is,
 * without a stack trace.
 */
public class FFmpegException extends Exception {

    private static final long serialVersionUID = 1L;

    public FFmpegException(String message) {
        super(message);
    }

    public FFmpegException(String message, Throwable cause) {
        super(message, cause);
    }
}
