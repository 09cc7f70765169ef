package io.cutroom.ui.timeline;

import io.cutroom.model.FrameRange;
import java.util.OptionalLong;

/**
 * The in and out marks of the player, in frames of the cut, drawn on the ruler. The in mark is the
 * first frame marked, the out mark the frame after the last one (a marked stretch is half-open,
 * like every range of frames here); either may be unset.
 */
public record Marks(OptionalLong in, OptionalLong out) {

    /** No marks. */
    public static final Marks NONE = new Marks(OptionalLong.empty(), OptionalLong.empty());

    public Marks {
        if (in.isPresent() && out.isPresent() && out.getAsLong() <= in.getAsLong()) {
            throw new IllegalArgumentException("the out mark (" + out.getAsLong() + ") must come after the in mark ("
                    + in.getAsLong() + ")");
        }
    }

    public boolean isEmpty() {
        return in.isEmpty() && out.isEmpty();
    }

    /** The frames marked in an episode of {@code duration} frames: from the in mark (or 0) to the out mark (or the end). */
    public FrameRange range(long duration) {
        long from = Math.min(in.orElse(0), duration);
        long to = Math.min(out.orElse(duration), duration);
        return FrameRange.between(from, Math.max(from, to));
    }
}
