package io.cutroom.model;

import java.util.Objects;

/** What the episode is: picture size, frame rate and audio sample rate. Part of the edit. */
public record Format(int width, int height, FrameRate frameRate, int sampleRate) {

    public static final Format HD_24 = new Format(1920, 1080, FrameRate.of(24), 48000);

    public Format {
        Objects.requireNonNull(frameRate, "frameRate");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("size must be positive, got " + width + "x" + height);
        }
        if (width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException("width and height must be even, got " + width + "x" + height);
        }
        if (sampleRate < 8000 || sampleRate > 192000) {
            throw new IllegalArgumentException("sample rate must be 8000..192000, got " + sampleRate);
        }
    }
}
