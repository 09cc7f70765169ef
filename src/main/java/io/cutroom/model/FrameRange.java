package io.cutroom.model;

/** A half-open range of frames {@code [start, start + duration)} at some frame rate. */
public record FrameRange(long start, long duration) {

    public FrameRange {
        if (duration < 0) {
            throw new IllegalArgumentException("duration must not be negative, got " + duration);
        }
    }

    public static FrameRange between(long start, long end) {
        return new FrameRange(start, end - start);
    }

    /** The first frame after the range. */
    public long end() {
        return start + duration;
    }

    public boolean contains(long frame) {
        return frame >= start && frame < end();
    }

    public boolean overlaps(FrameRange o) {
        return start < o.end() && o.start < end();
    }

    /** The frames in both ranges; empty (duration 0) when they do not overlap. */
    public FrameRange intersect(FrameRange o) {
        long s = Math.max(start, o.start);
        long e = Math.min(end(), o.end());
        return e <= s ? new FrameRange(s, 0) : between(s, e);
    }

    public FrameRange shift(long frames) {
        return new FrameRange(start + frames, duration);
    }
}
