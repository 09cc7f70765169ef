package io.cutroom.model;

import java.util.Objects;

/**
 * One generated clip for a shot.
 *
 * @param source path of the clip, relative to the project's media root (or absolute)
 * @param in source time of the first frame used, seconds in the clip's own timebase
 * @param out source time just after the last frame used, or null for the end of the clip
 */
public record Take(String id, String source, Rational in, Rational out, Provenance provenance) {

    public Take {
        Ids.require(id, "take");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(provenance, "provenance");
        if (source.isBlank()) {
            throw new IllegalArgumentException("take '" + id + "': source must not be empty");
        }
        if (in.signum() < 0) {
            throw new IllegalArgumentException("take '" + id + "': in must not be negative, got " + in);
        }
        if (out != null && out.compareTo(in) <= 0) {
            throw new IllegalArgumentException("take '" + id + "': out (" + out + ") must be after in (" + in + ")");
        }
    }

    public Take withInOut(Rational newIn, Rational newOut) {
        return new Take(id, source, newIn, newOut, provenance);
    }
}
