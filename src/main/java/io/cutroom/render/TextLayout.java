package io.cutroom.render;

import java.nio.file.Path;

/** The font text is drawn with, and how it breaks into lines. */
public interface TextLayout {

    /** The font file given to {@code drawtext}. */
    Path fontFile();

    /**
     * Breaks {@code text} into lines no wider than {@code maxWidth} pixels at {@code size} pixels:
     * between words for spaced scripts, between characters for CJK. Existing line breaks stay.
     */
    String wrap(String text, int size, int maxWidth);
}
