package io.cutroom.ui.viewer;

import io.cutroom.model.Color;
import io.cutroom.model.FitMode;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What the viewer shows at the playhead: a frame of a clip, a card, a slate, or nothing (past the
 * end, or no cut), and how a transition mixes it there.
 *
 * @param text the card's text, the slate's description, or for a clip {@code shot · take}
 * @param source for a clip, its file; else null
 * @param frame for a clip, which frame of its source is shown; else null
 * @param fit for a clip, how its picture fills the frame
 * @param mix the transition at this frame: the outgoing picture of a crossfade under this one, a dip
 */
public record Picture(Kind kind, String text, Color background, Color color, Path source, SourceFrame frame, FitMode fit,
        Mix mix) {

    /** What kind of picture. */
    public enum Kind { NOTHING, CLIP, CARD, SLATE }

    public static final Picture NOTHING = new Picture(Kind.NOTHING, "", Color.BLACK, Color.WHITE, null, null, FitMode.FIT,
            Mix.NONE);

    public Picture {
        Objects.requireNonNull(fit, "fit");
        Objects.requireNonNull(mix, "mix");
    }

    /** This picture with a transition. */
    public Picture with(Mix newMix) {
        return new Picture(kind, text, background, color, source, frame, fit, newMix);
    }

    /**
     * How a transition mixes the picture at one frame, as the render does: a crossfade shows it at
     * {@code opacity} over the outgoing picture {@code under}; a dip lays {@code dipColor} over it at
     * {@code dipAmount} (0 none, 1 only the colour).
     *
     * @param under the outgoing picture during a crossfade, else null
     */
    public record Mix(Picture under, double opacity, Color dipColor, double dipAmount) {

        public static final Mix NONE = new Mix(null, 1, Color.BLACK, 0);
    }
}
