package io.cutroom.render;

import io.cutroom.subtitles.Wrapping;
import java.nio.file.Path;
import java.util.List;

/** The font text is drawn with, its measures, and how text breaks into lines with it. */
public interface TextLayout {

    /** The font file given to {@code drawtext}. */
    Path fontFile();

    /** The advance width of {@code text} in pixels at {@code size} pixels. */
    double width(String text, int size);

    /**
     * The distance in pixels from one line to the next at {@code size} pixels: the font's ascent,
     * descent and line gap, as {@code drawtext} steps lines with {@code y_align=font}.
     */
    int lineHeight(int size);

    /** The font's ascent in pixels at {@code size} pixels: from a line's top to its baseline. */
    double ascent(int size);

    /**
     * {@code text} in lines no wider than {@code maxWidth} pixels at {@code size} pixels, by the
     * rules of {@link Wrapping}: balanced, between words for spaced scripts, between characters for
     * Chinese and Japanese (not before closing punctuation); lines the text has stay.
     */
    default List<String> wrap(String text, int size, int maxWidth) {
        return Wrapping.wrap(text, maxWidth, s -> (int) Math.ceil(width(s, size)));
    }
}
