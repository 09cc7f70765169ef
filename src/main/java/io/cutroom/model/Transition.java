package io.cutroom.model;

import java.util.Objects;

/**
 * How a shot begins after the one before it.
 *
 * <ul>
 *   <li>{@code CUT}: no transition.
 *   <li>{@code CROSSFADE}: the shot starts {@code duration} earlier and blends over the end of the
 *       previous shot; the episode gets shorter by the overlap.
 *   <li>{@code DIP_TO_BLACK} / {@code DIP_TO_WHITE}: the previous shot fades out to the colour over
 *       the first half of the duration and this shot fades in over the second half; timing is
 *       unchanged.
 * </ul>
 */
public record Transition(Type type, Rational duration) {

    public enum Type { CUT, CROSSFADE, DIP_TO_BLACK, DIP_TO_WHITE }

    public static final Transition CUT = new Transition(Type.CUT, Rational.ZERO);

    public Transition {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(duration, "duration");
        if (type == Type.CUT && !duration.isZero()) {
            duration = Rational.ZERO;
        }
        if (type != Type.CUT && duration.signum() <= 0) {
            throw new IllegalArgumentException(type + " needs a positive duration, got " + duration);
        }
    }

    public boolean isCut() {
        return type == Type.CUT;
    }
}
