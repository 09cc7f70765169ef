package io.cutroom.ui.viewer;

import io.cutroom.model.Color;
import io.cutroom.model.Rational;
import java.nio.file.Path;

/**
 * What the viewer shows at the playhead: a frame of a clip, a card, a slate, or nothing (past the
 * end, or no cut).
 *
 * @param text the card's text, the slate's description, or for a clip {@code shot · take}
 * @param source for a clip, its file; else null
 * @param sourceTime for a clip, the source time of the frame at the playhead; else null
 */
public record Picture(Kind kind, String text, Color background, Color color, Path source, Rational sourceTime) {

    /** What kind of picture. */
    public enum Kind { NOTHING, CLIP, CARD, SLATE }

    public static final Picture NOTHING = new Picture(Kind.NOTHING, "", Color.BLACK, Color.WHITE, null, null);
}
