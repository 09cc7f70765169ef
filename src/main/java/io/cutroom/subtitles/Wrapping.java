package io.cutroom.subtitles;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Breaks subtitle text into lines of at most a number of columns ({@link TextWidth}: CJK counts 2)
 * for burning in. Lines the text already has are kept. Spaced scripts break only at spaces, never
 * inside a word (a word longer than a line gets a line of its own, too long). Chinese and Japanese
 * may break between any two characters, but not before closing punctuation such as {@code ，。！？」}
 * (nor small kana or {@code ー}) and not after opening punctuation such as {@code 「（}. Hangul,
 * written with spaces, breaks at spaces. The lines of a paragraph are balanced: as even as the same
 * number of lines allows, not a full line and a stub.
 */
public final class Wrapping {

    private static final String CLOSING = "，。、！？：；」』）】〉》〕］｝〙〗〟…‥ー々ゝゞぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ・"
            + "．,.!?;:)]}%’”";
    private static final String OPENING = "「『（【〈《〔［｛〘〖〝‘“([{";

    private Wrapping() {
    }

    /** {@code text} in lines of at most {@code columns} columns, where its words allow. */
    public static List<String> wrap(String text, int columns) {
        if (columns < 2) {
            throw new IllegalArgumentException("columns must be at least 2, got " + columns);
        }
        return wrap(text, columns, TextWidth::of);
    }

    /**
     * {@code text} in lines at most {@code maxWidth} wide as {@code measure} measures a piece of text
     * (in pixels of a font, say), where its words allow.
     */
    public static List<String> wrap(String text, int maxWidth, ToIntFunction<String> measure) {
        if (maxWidth < 1) {
            throw new IllegalArgumentException("the width must be positive, got " + maxWidth);
        }
        List<String> lines = new ArrayList<>();
        for (String paragraph : paragraphs(text)) {
            lines.addAll(balanced(pieces(paragraph.strip(), measure), maxWidth, measure.applyAsInt(" ")));
        }
        return lines;
    }

    /** The lines the text already has. */
    public static List<String> paragraphs(String text) {
        return List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
    }

    /** {@link #wrap} joined with {@code \n}. */
    public static String wrapText(String text, int columns) {
        return String.join("\n", wrap(text, columns));
    }

    /** A piece of text that is never broken, and whether a space comes before it. */
    private record Piece(String text, int width, boolean spaceBefore) {
    }

    /** The paragraph cut at every place a line may break. */
    private static List<Piece> pieces(String paragraph, ToIntFunction<String> measure) {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean space = false;
        int previous = -1;
        int i = 0;
        while (i < paragraph.length()) {
            int cp = paragraph.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || cp == 0x3000) {
                if (current.length() > 0) {
                    pieces.add(new Piece(current.toString(), measure.applyAsInt(current.toString()), space));
                    current.setLength(0);
                }
                space = true;
                previous = -1;
                continue;
            }
            if (previous >= 0 && breakBetween(previous, cp)) {
                pieces.add(new Piece(current.toString(), measure.applyAsInt(current.toString()), space));
                current.setLength(0);
                space = false;
            }
            current.appendCodePoint(cp);
            previous = cp;
        }
        if (current.length() > 0) {
            pieces.add(new Piece(current.toString(), measure.applyAsInt(current.toString()), space));
        }
        return pieces;
    }

    /** Whether a line may break between two characters with no space between them. */
    private static boolean breakBetween(int a, int b) {
        if (CLOSING.indexOf(b) >= 0 || OPENING.indexOf(a) >= 0) {
            return false;
        }
        return breaksAround(a) || breaksAround(b);
    }

    /** Characters a line may break before or after: wide ones, except Hangul, which is spaced. */
    private static boolean breaksAround(int cp) {
        boolean hangul = (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x3130 && cp <= 0x318F);
        return TextWidth.isWide(cp) && !hangul;
    }

    /**
     * Greedy lines at the narrowest width that needs no more lines than {@code maxWidth} does. The
     * number of greedy lines only grows as the width shrinks, so the narrowest width is found by
     * bisection.
     */
    private static List<String> balanced(List<Piece> pieces, int maxWidth, int space) {
        List<String> greedy = greedy(pieces, maxWidth, space);
        if (greedy.size() < 2) {
            return greedy;
        }
        int fits = maxWidth;
        int tooNarrow = 0;
        while (fits - tooNarrow > 1) {
            int width = (fits + tooNarrow) / 2;
            if (greedy(pieces, width, space).size() > greedy.size()) {
                tooNarrow = width;
            } else {
                fits = width;
            }
        }
        return greedy(pieces, fits, space);
    }

    private static List<String> greedy(List<Piece> pieces, int maxWidth, int space) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int width = 0;
        for (Piece p : pieces) {
            int gap = p.spaceBefore() && width > 0 ? space : 0;
            if (width > 0 && width + gap + p.width() > maxWidth) {
                lines.add(line.toString());
                line.setLength(0);
                width = 0;
                gap = 0;
            }
            if (gap > 0) {
                line.append(' ');
            }
            line.append(p.text());
            width += gap + p.width();
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
