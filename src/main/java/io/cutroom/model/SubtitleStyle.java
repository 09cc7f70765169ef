package io.cutroom.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How burned-in subtitles look.
 *
 * @param font a font file (relative to the project file) or {@code null} to let Cutroom find one
 *     that can draw the text
 * @param size font size in pixels at the output height
 * @param color the text colour of cues without a speaker, or whose speaker has no colour of its own
 * @param outline outline width in pixels, 0 for none
 * @param box whether a box is drawn behind the text
 * @param margin distance in pixels from the bottom (or top) edge of the safe area
 * @param safeArea the title-safe area as a fraction of the frame's width and height, centred (0.9
 *     leaves 5% at each edge): text is wrapped to its width and placed from its edges
 * @param speakerColors the text colour of each speaker's cues, by speaker name as the cues write it
 * @param shadow the drop shadow's offset in pixels, right and down, 0 for none
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
        int margin,
        double safeArea,
        Map<String, Color> speakerColors,
        int shadow,
        Color shadowColor) {

    public enum Position { BOTTOM, TOP }

    /** The title-safe area of EBU R 95: 90% of the width and height. */
    public static final double DEFAULT_SAFE_AREA = 0.9;

    public static final Color DEFAULT_SHADOW_COLOR = new Color(0, 0, 0, 160);

    public static final SubtitleStyle DEFAULT = new SubtitleStyle(
            null, 0, Color.WHITE, Color.BLACK, 2, false, new Color(0, 0, 0, 160), Position.BOTTOM, 0);

    public SubtitleStyle {
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(outlineColor, "outlineColor");
        Objects.requireNonNull(boxColor, "boxColor");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(shadowColor, "shadowColor");
        Objects.requireNonNull(speakerColors, "speakerColors");
        String[] names = {"size", "outline", "margin", "shadow"};
        int[] values = {size, outline, margin, shadow};
        for (int i = 0; i < names.length; i++) {
            if (values[i] < 0) {
                throw new IllegalArgumentException(names[i] + " must not be negative, got " + values[i]);
            }
        }
        if (!(safeArea >= 0.5 && safeArea <= 1)) {
            throw new IllegalArgumentException("safeArea must be from 0.5 to 1 (a fraction of the frame), got " + safeArea);
        }
        speakerColors.forEach((name, c) -> {
            if (name.isBlank()) {
                throw new IllegalArgumentException("speakerColors: a speaker's name must not be empty");
            }
            Objects.requireNonNull(c, "speakerColors." + name);
        });
        speakerColors = Collections.unmodifiableMap(new LinkedHashMap<>(speakerColors));
    }

    /** A style with the default safe area, no speaker colours and no shadow. */
    public SubtitleStyle(String font, int size, Color color, Color outlineColor, int outline, boolean box,
            Color boxColor, Position position, int margin) {
        this(font, size, color, outlineColor, outline, box, boxColor, position, margin, DEFAULT_SAFE_AREA, Map.of(), 0,
                DEFAULT_SHADOW_COLOR);
    }

    /** This style with another font file. */
    public SubtitleStyle withFont(String newFont) {
        return new SubtitleStyle(newFont, size, color, outlineColor, outline, box, boxColor, position, margin, safeArea,
                speakerColors, shadow, shadowColor);
    }

    /** This style with speaker colours. */
    public SubtitleStyle withSpeakerColors(Map<String, Color> colors) {
        return new SubtitleStyle(font, size, color, outlineColor, outline, box, boxColor, position, margin, safeArea,
                colors, shadow, shadowColor);
    }

    /** The text colour of a cue said by {@code speaker} (null for none). */
    public Color colorFor(String speaker) {
        return speaker == null ? color : speakerColors.getOrDefault(speaker, color);
    }

    /**
     * How far the safe area lies inside each edge of a frame side {@code length} pixels long (the
     * width for the left and right edges, the height for the top and bottom).
     */
    public int safeInset(int length) {
        return (int) Math.round(length * (1 - safeArea) / 2);
    }

    /** The font size in pixels for a frame {@code height} high; 0 in the style means 5.5% of the height. */
    public int sizeFor(int height) {
        return size > 0 ? size : Math.max(12, Math.round(height * 0.055f));
    }

    /**
     * The margin in pixels from the safe area's edge for a frame {@code height} high; 0 in the style
     * means 2% of the height (with the default safe area, 7% from the frame's edge).
     */
    public int marginFor(int height) {
        return margin > 0 ? margin : Math.round(height * 0.02f);
    }
}
