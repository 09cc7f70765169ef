package io.cutroom.ui.bin;

import io.cutroom.model.Color;
import io.cutroom.model.Rational;
import io.cutroom.ui.Selection;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One row of the media bin: a scene, a shot in it, or a take of the shot.
 *
 * @param title the row's main text
 * @param detail a second line: provenance for takes (model, seed, prompt, notes), "" if none
 * @param status why the take's file cannot be used ("source missing on disk", "unreadable: …"), or ""
 * @param selected for a take, whether it is the shot's selected take
 * @param icon the small picture at the row's start
 */
public record BinNode(Kind kind, String title, String detail, String status, boolean selected, Selection selection,
        Icon icon, List<BinNode> children) {

    /** What the row stands for. */
    public enum Kind { SCENE, SHOT, TAKE }

    /**
     * The small picture of a row: a take's frame at {@code time} of {@code source}, a card's
     * {@code swatch} (its background), a slate's hatching, or nothing (scenes, shots with takes).
     */
    public record Icon(Look look, Path source, Rational time, Color swatch) {

        /** What kind of picture the icon is. */
        public enum Look { NONE, FRAME, CARD, SLATE }

        /** No picture. */
        public static final Icon NONE = new Icon(Look.NONE, null, null, null);
        /** A slate's hatched placeholder. */
        public static final Icon SLATE = new Icon(Look.SLATE, null, null, null);

        public Icon {
            Objects.requireNonNull(look, "look");
        }

        /** The frame of {@code source} (an absolute file) at source time {@code time}. */
        public static Icon frame(Path source, Rational time) {
            return new Icon(Look.FRAME, Objects.requireNonNull(source), Objects.requireNonNull(time), null);
        }

        /** A card's colour. */
        public static Icon card(Color background) {
            return new Icon(Look.CARD, null, null, Objects.requireNonNull(background));
        }
    }

    public BinNode {
        Objects.requireNonNull(icon, "icon");
        children = List.copyOf(children);
    }

    /** Whether the take's file is offline or unreadable. */
    public boolean isOffline() {
        return !status.isEmpty();
    }
}
