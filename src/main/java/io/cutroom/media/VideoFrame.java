package io.cutroom.media;

import java.util.Objects;

import io.cutroom.model.Rational;

/**
 * A picture of a source and when it is shown.
 *
 * @param time    its presentation time in seconds of the source, exact (pts × time base, counted
 *                from the start of the file as FFmpeg's {@code -ss} counts); it stays on screen
 *                until the next frame's time
 * @param picture the picture as displayed (rotation and pixel aspect applied), at the size asked for
 */
public record VideoFrame(Rational time, Picture picture) {

    public VideoFrame {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(picture, "picture");
    }
}
