package io.cutroom.media;

import java.util.Objects;

import io.cutroom.model.Rational;

/**
 * A video stream as ffprobe reports it.
 *
 * @param codec             codec name, e.g. {@code h264}
 * @param width             coded width in pixels
 * @param height            coded height in pixels
 * @param sampleAspect      pixel aspect ratio (4/3 for anamorphic 1440x1080 → 1920x1080); 1 when unknown
 * @param rotation          degrees to turn the picture clockwise for display (0, 90, 180 or 270),
 *                          from the display matrix; mirroring is not reported
 * @param pixelFormat       e.g. {@code yuv420p10le}; empty when unknown
 * @param bitDepth          bits per component of the pixel format (8, 10, 12 …); 0 when unknown
 * @param frameRate         ffprobe's {@code r_frame_rate}, the rate that represents all timestamps
 * @param averageFrameRate  {@code avg_frame_rate}, frames per second over the stream; the frame rate when unknown
 * @param variableFrameRate whether the frame intervals vary (see {@link MediaProbe})
 * @param duration          the stream's duration (the container's when the stream has none)
 */
public record VideoInfo(String codec, int width, int height, Rational sampleAspect, int rotation,
                        String pixelFormat, int bitDepth, Rational frameRate, Rational averageFrameRate,
                        boolean variableFrameRate, Rational duration) {

    public VideoInfo {
        Objects.requireNonNull(codec, "codec");
        Objects.requireNonNull(sampleAspect, "sampleAspect");
        Objects.requireNonNull(pixelFormat, "pixelFormat");
        Objects.requireNonNull(frameRate, "frameRate");
        Objects.requireNonNull(averageFrameRate, "averageFrameRate");
        Objects.requireNonNull(duration, "duration");
        if (rotation != 0 && rotation != 90 && rotation != 180 && rotation != 270) {
            throw new IllegalArgumentException("rotation must be 0, 90, 180 or 270, got " + rotation);
        }
    }

    /** Width as shown: the coded width stretched by the sample aspect, then turned by the rotation. */
    public int displayWidth() {
        return sideways() ? height : stretchedWidth();
    }

    /** Height as shown: the coded height, or the stretched width when turned sideways. */
    public int displayHeight() {
        return sideways() ? stretchedWidth() : height;
    }

    private boolean sideways() {
        return rotation == 90 || rotation == 270;
    }

    private int stretchedWidth() {
        return (int) Rational.of(width).multiply(sampleAspect).round();
    }
}
