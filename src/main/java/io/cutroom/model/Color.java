package io.cutroom.model;

import java.util.Locale;
import java.util.regex.Pattern;

/** An sRGB colour with alpha, written {@code #RRGGBB} or {@code #RRGGBBAA}. */
public record Color(int red, int green, int blue, int alpha) {

    public static final Color BLACK = new Color(0, 0, 0, 255);
    public static final Color WHITE = new Color(255, 255, 255, 255);

    private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{6})([0-9a-fA-F]{2})?");

    public Color {
        for (int c : new int[] {red, green, blue, alpha}) {
            if (c < 0 || c > 255) {
                throw new IllegalArgumentException("colour components must be 0..255, got " + c);
            }
        }
    }

    public static Color parse(String text) {
        var m = HEX.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a colour: expected #RRGGBB or #RRGGBBAA");
        }
        int rgb = Integer.parseInt(m.group(1), 16);
        int a = m.group(2) == null ? 255 : Integer.parseInt(m.group(2), 16);
        return new Color((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, a);
    }

    /** {@code #RRGGBB}, or {@code #RRGGBBAA} when not opaque. */
    @Override
    public String toString() {
        String rgb = String.format(Locale.ROOT, "#%02X%02X%02X", red, green, blue);
        return alpha == 255 ? rgb : rgb + String.format(Locale.ROOT, "%02X", alpha);
    }
}
