package io.cutroom.subtitles;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The neutral markup of a {@link Cue} on the way in and out: {@link Builder} collects text and
 * italic/bold state while a reader walks tagged text; {@link #html} and {@link #ass} render the
 * spans back as tags.
 */
final class Markup {

    private Markup() {
    }

    /** Collects a cue's text while the reader switches styles on and off. */
    static final class Builder {

        private final StringBuilder text = new StringBuilder();
        private final Map<Cue.Style, BitSet> styled = new EnumMap<>(Cue.Style.class);
        private final Map<Cue.Style, Integer> depth = new EnumMap<>(Cue.Style.class);

        Builder() {
            for (Cue.Style s : Cue.Style.values()) {
                styled.put(s, new BitSet());
                depth.put(s, 0);
            }
        }

        Builder append(String s) {
            for (int i = 0; i < s.length(); i++) {
                append(s.charAt(i));
            }
            return this;
        }

        Builder append(char c) {
            int at = text.length();
            text.append(c);
            depth.forEach((style, d) -> styled.get(style).set(at, d > 0));
            return this;
        }

        /** An opening tag such as {@code <i>}: tags nest. */
        void open(Cue.Style style) {
            depth.merge(style, 1, Integer::sum);
        }

        /** A closing tag such as {@code </i>}; a stray one does nothing. */
        void close(Cue.Style style) {
            depth.put(style, Math.max(0, depth.get(style) - 1));
        }

        /** A switch such as ASS's {@code \i1} or {@code \i0}: no nesting. */
        void set(Cue.Style style, boolean on) {
            depth.put(style, on ? 1 : 0);
        }

        boolean isOn(Cue.Style style) {
            return depth.get(style) > 0;
        }

        /** The text so far, unstyled. */
        String text() {
            return text.toString();
        }

        /**
         * The cue: text without leading and trailing blank space or spaces at line ends, and the
         * spans that cover it.
         */
        Cue build(long startMillis, long endMillis, String speaker) {
            StringBuilder out = new StringBuilder();
            Map<Cue.Style, BitSet> outStyled = new EnumMap<>(Cue.Style.class);
            for (Cue.Style s : Cue.Style.values()) {
                outStyled.put(s, new BitSet());
            }
            int from = 0;
            int to = text.length();
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c == ' ' || c == '\t') {
                    int j = i;
                    while (j < to && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
                        j++;
                    }
                    if (j < to && text.charAt(j) == '\n') {
                        i = j - 1; // spaces at the end of a line are dropped
                        continue;
                    }
                }
                int at = out.length();
                out.append(c);
                for (Cue.Style s : Cue.Style.values()) {
                    outStyled.get(s).set(at, styled.get(s).get(i));
                }
            }
            List<Cue.Span> spans = new ArrayList<>();
            for (Cue.Style s : Cue.Style.values()) {
                BitSet bits = outStyled.get(s);
                for (int a = bits.nextSetBit(0); a >= 0 && a < out.length(); a = bits.nextSetBit(a)) {
                    int b = Math.min(bits.nextClearBit(a), out.length());
                    spans.add(new Cue.Span(a, b, s));
                    a = b;
                }
            }
            return new Cue(startMillis, endMillis, out.toString(), speaker, spans);
        }
    }

    /**
     * The cue's text with {@code <i>} and {@code <b>} tags, properly nested; each run of text goes
     * through {@code escape} first.
     */
    static String html(Cue cue, UnaryOperator<String> escape) {
        StringBuilder sb = new StringBuilder();
        List<Cue.Style> open = new ArrayList<>();
        String text = cue.text();
        int runStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            List<Cue.Style> wanted = new ArrayList<>();
            if (i < text.length()) {
                for (Cue.Style s : Cue.Style.values()) {
                    if (cue.styled(i, s)) {
                        wanted.add(s);
                    }
                }
            }
            if (i < text.length() && wanted.size() == open.size() && open.containsAll(wanted)) {
                continue;
            }
            sb.append(escape.apply(text.substring(runStart, i)));
            runStart = i;
            while (!wanted.containsAll(open)) {
                sb.append("</").append(tag(open.remove(open.size() - 1))).append('>');
            }
            for (Cue.Style s : wanted) {
                if (!open.contains(s)) {
                    open.add(s);
                    sb.append('<').append(tag(s)).append('>');
                }
            }
        }
        return sb.toString();
    }

    /** The cue's text with ASS override tags ({@code {\i1}}, {@code {\b0}}); runs go through {@code escape}. */
    static String ass(Cue cue, UnaryOperator<String> escape) {
        StringBuilder sb = new StringBuilder();
        String text = cue.text();
        boolean italic = false;
        boolean bold = false;
        int runStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean wantItalic = i < text.length() && cue.styled(i, Cue.Style.ITALIC);
            boolean wantBold = i < text.length() && cue.styled(i, Cue.Style.BOLD);
            if (wantItalic == italic && wantBold == bold && i < text.length()) {
                continue;
            }
            sb.append(escape.apply(text.substring(runStart, i)));
            runStart = i;
            if (i == text.length()) {
                break; // a style ends with the line: nothing to switch off
            }
            StringBuilder tags = new StringBuilder();
            if (wantItalic != italic) {
                tags.append(wantItalic ? "\\i1" : "\\i0");
            }
            if (wantBold != bold) {
                tags.append(wantBold ? "\\b1" : "\\b0");
            }
            sb.append('{').append(tags).append('}');
            italic = wantItalic;
            bold = wantBold;
        }
        return sb.toString();
    }

    private static String tag(Cue.Style s) {
        return s == Cue.Style.ITALIC ? "i" : "b";
    }
}
