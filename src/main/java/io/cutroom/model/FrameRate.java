package io.cutroom.model;

/**
 * A frame rate as an exact fraction of frames per second: 24/1, 25/1, 30000/1001, 24000/1001.
 * Converts between integer frame counts and exact seconds; all rounding to frames happens here.
 */
public record FrameRate(long num, long den) {

    public FrameRate {
        if (num <= 0 || den <= 0) {
            throw new IllegalArgumentException("frame rate must be positive, got " + num + "/" + den);
        }
        Rational r = Rational.of(num, den);
        num = r.num();
        den = r.den();
    }

    public static FrameRate of(long fps) {
        return new FrameRate(fps, 1);
    }

    /**
     * Parses {@code "24"}, {@code "30000/1001"} or a decimal such as {@code "23.976"} (taken as
     * 24000/1001; likewise 29.97 and 59.94).
     */
    public static FrameRate parse(String text) {
        String s = text.strip();
        switch (s) {
            case "23.976", "23.98" -> {
                return new FrameRate(24000, 1001);
            }
            case "29.97" -> {
                return new FrameRate(30000, 1001);
            }
            case "47.952" -> {
                return new FrameRate(48000, 1001);
            }
            case "59.94" -> {
                return new FrameRate(60000, 1001);
            }
            default -> {
            }
        }
        Rational r;
        try {
            r = Rational.parse(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a frame rate: expected 24, 25, 30000/1001 or similar");
        }
        if (r.signum() <= 0) {
            throw new IllegalArgumentException("'" + text + "' is not a frame rate: it must be positive");
        }
        return new FrameRate(r.num(), r.den());
    }

    /** Exact seconds per frame. */
    public Rational frameDuration() {
        return Rational.of(den, num);
    }

    public Rational asRational() {
        return Rational.of(num, den);
    }

    /** Exact start time of frame {@code frames}. */
    public Rational toSeconds(long frames) {
        return Rational.of(frames).multiply(frameDuration());
    }

    /** The nearest whole number of frames to a duration in seconds (halves round up). */
    public long toFrames(Rational seconds) {
        return seconds.multiply(asRational()).round();
    }

    /**
     * The audio sample at which frame {@code frame} starts, at {@code sampleRate}; floors, so that
     * consecutive ranges tile the sample axis exactly with no drift.
     */
    public long sampleAt(long frame, int sampleRate) {
        return Rational.of(frame).multiply(Rational.of((long) sampleRate * den, num)).floor();
    }

    /** {@code "24"} or {@code "30000/1001"}: the form FFmpeg's {@code -r} and {@code fps=} accept. */
    @Override
    public String toString() {
        return den == 1 ? Long.toString(num) : num + "/" + den;
    }
}
