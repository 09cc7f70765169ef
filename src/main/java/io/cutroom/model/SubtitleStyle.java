package io.cutroom.model;

import java.util.Objects;

/**
 * How burned-in subtitles look.
 *
 * @param font a font file (relative to the project file) or {@code null} to let Cutroom find one
 *     that can draw the text
 * @param size font size in pixels at the output height
 * @param outline outline width in pixels, 0 for none
 * @param box whether a box is drawn behind the text
 * @param margin distance in pixels from the bottom (or top) edge
 */
public record SubtitleStyle(
        String font,
        int size,
        Color color,
        Color outlineColor,
        int outline,
        boolean box,
        Color boxColor,
        Position position,
        int margin) {

    public enum Position { BOTTOM, TOP }

    public static final SubtitleStyle DEFAULT = new SubtitleStyle(
            null, 0, Color.WHITE, Color.BLACK, 2, false, new Color(0, 0, 0, 160), Position.BOTTOM, 0);

    public SubtitleStyle {
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(outlineColor, "outlineColor");
        Objects.requireNonNull(boxColor, "boxColor");
        Objects.requireNonNull(position, "position");
        if (size < 0 || outline < 0 || margin < 0) {
            throw new IllegalArgumentException("size, outline and margin must not be negative");
        }
    }

    /** The font size in pixels for a frame {@code height} high; 0 in the style means 5.5% of the height. */
    public int sizeFor(int height) {
        return size > 0 ? size : Math.max(12, Math.round(height * 0.055f));
    }

    /** The margin in pixels for a frame {@code height} high; 0 in the style means 7% of the height. */
    public int marginFor(int height) {
        return margin > 0 ? margin : Math.round(height * 0.07f);
    }
}
