package io.cutroom.model;

import java.util.Objects;

/**
 * Music anchored to a shot or scene. It starts {@code offset} seconds after the anchor starts and
 * runs for {@code duration} seconds, or until the shot or scene {@code until} starts, or else to
 * the end of the episode (or of the file, whichever comes first).
 *
 * @param anchor id of a shot or scene in the same episode
 * @param in source time where the music starts playing
 * @param gain gain in dB
 * @param duck whether the music is lowered under dialogue
 */
public record MusicCue(
        String source,
        String anchor,
        Rational offset,
        Rational in,
        Rational duration,
        String until,
        double gain,
        Rational fadeIn,
        Rational fadeOut,
        boolean duck) {

    public MusicCue {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(offset, "offset");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(fadeIn, "fadeIn");
        Objects.requireNonNull(fadeOut, "fadeOut");
        if (duration != null && until != null) {
            throw new IllegalArgumentException("music '" + source + "': give a duration or until, not both");
        }
        if (duration != null && duration.signum() <= 0) {
            throw new IllegalArgumentException("music '" + source + "': duration must be positive, got " + duration);
        }
        if (in.signum() < 0 || fadeIn.signum() < 0 || fadeOut.signum() < 0) {
            throw new IllegalArgumentException("music '" + source + "': in and fades must not be negative");
        }
    }
}
