package io.cutroom.subtitles;

import java.util.Objects;

/**
 * A subtitle cue in milliseconds, as subtitle files know it.
 *
 * @param speaker who speaks, or null
 */
public record Cue(long startMillis, long endMillis, String text, String speaker) {

    public Cue {
        Objects.requireNonNull(text, "text");
        if (startMillis < 0 || endMillis <= startMillis) {
            throw new IllegalArgumentException("cue \"" + text + "\": bad times " + startMillis + "–" + endMillis + " ms");
        }
    }
}
