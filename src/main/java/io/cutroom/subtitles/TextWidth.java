package io.cutroom.subtitles;

/**
 * How many columns text takes on screen: CJK ideographs, kana, Hangul, fullwidth forms and most
 * emoji take two, combining marks and invisible format characters none, everything else one. This
 * is the measure for characters per line and per second, so that 21 Chinese characters weigh as
 * much as 42 Latin ones.
 */
public final class TextWidth {

    private static final int[][] WIDE = {
            {0x1100, 0x115F}, {0x2E80, 0x303E}, {0x3041, 0x33FF}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF},
            {0xA000, 0xA4CF}, {0xA960, 0xA97F}, {0xAC00, 0xD7A3}, {0xF900, 0xFAFF}, {0xFE10, 0xFE19},
            {0xFE30, 0xFE6F}, {0xFF00, 0xFF60}, {0xFFE0, 0xFFE6}, {0x1F300, 0x1F64F}, {0x1F900, 0x1F9FF},
            {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD}};

    private TextWidth() {
    }

    /** The columns of one code point: 0, 1 or 2. */
    public static int of(int codePoint) {
        int type = Character.getType(codePoint);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || type == Character.CONTROL || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)) {
            return 0;
        }
        return isWide(codePoint) ? 2 : 1;
    }

    /** The columns of a piece of text; line breaks count nothing. */
    public static int of(CharSequence text) {
        return text.codePoints().map(TextWidth::of).sum();
    }

    /** Whether the code point takes two columns (East Asian wide or fullwidth). */
    public static boolean isWide(int codePoint) {
        for (int[] range : WIDE) {
            if (codePoint >= range[0] && codePoint <= range[1]) {
                return true;
            }
        }
        return false;
    }
}
