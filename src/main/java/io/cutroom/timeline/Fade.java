package io.cutroom.timeline;

import io.cutroom.model.Color;

/** A fade of a video event to or from a colour over a number of frames (0 for none). */
public record Fade(long frames, Color color) {

    public static final Fade NONE = new Fade(0, Color.BLACK);

    public Fade {
        if (frames < 0) {
            throw new IllegalArgumentException("fade length must not be negative, got " + frames);
        }
    }

    public boolean isNone() {
        return frames == 0;
    }
}
