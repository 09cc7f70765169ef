package io.cutroom.model;

import java.util.Objects;

/**
 * A subtitle anchored to a shot: shown from {@code offset} seconds after the shot starts, for
 * {@code duration} seconds. Lines are separated by {@code \n}.
 *
 * @param speaker who speaks, or null
 */
public record SubtitleCue(String text, Rational offset, Rational duration, String speaker) {

    public SubtitleCue {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(offset, "offset");
        Objects.requireNonNull(duration, "duration");
        if (duration.signum() <= 0) {
            throw new IllegalArgumentException("subtitle '" + text + "': duration must be positive, got " + duration);
        }
    }
}
