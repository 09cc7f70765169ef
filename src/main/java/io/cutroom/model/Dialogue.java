package io.cutroom.model;

import java.util.Objects;

/**
 * A dialogue or voice-over clip anchored to a shot: it starts {@code offset} seconds after the
 * shot starts and moves with it.
 *
 * @param in source time of the first sample used
 * @param out source time after the last sample used, or null for the end of the file
 * @param gain gain in dB
 */
public record Dialogue(String source, Rational offset, Rational in, Rational out, double gain) {

    public Dialogue {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(offset, "offset");
        Objects.requireNonNull(in, "in");
        if (source.isBlank()) {
            throw new IllegalArgumentException("dialogue source must not be empty");
        }
        if (in.signum() < 0) {
            throw new IllegalArgumentException("dialogue '" + source + "': in must not be negative, got " + in);
        }
        if (out != null && out.compareTo(in) <= 0) {
            throw new IllegalArgumentException(
                    "dialogue '" + source + "': out (" + out + ") must be after in (" + in + ")");
        }
    }
}
