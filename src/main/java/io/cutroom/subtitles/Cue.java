package io.cutroom.subtitles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A subtitle cue in milliseconds, as subtitle files know it: plain text (lines separated by
 * {@code \n}) with italic and bold kept as {@link Span}s over it — a small neutral markup that each
 * writer renders in its own syntax.
 *
 * @param speaker who speaks, or null
 * @param spans the styled parts of {@code text}, sorted by start; spans of one style never overlap
 */
public record Cue(long startMillis, long endMillis, String text, String speaker, List<Span> spans) {

    /** How a span of text is styled. */
    public enum Style { ITALIC, BOLD }

    /**
     * Characters {@code [start, end)} of a cue's text shown in {@code style}.
     */
    public record Span(int start, int end, Style style) {

        public Span {
            Objects.requireNonNull(style, "style");
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("span " + start + "–" + end + ": must not be empty or negative");
            }
        }
    }

    public Cue {
        Objects.requireNonNull(text, "text");
        if (startMillis < 0 || endMillis <= startMillis) {
            throw new IllegalArgumentException("cue \"" + text + "\": bad times " + startMillis + "–" + endMillis + " ms");
        }
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start).thenComparing(Span::style));
        for (Span s : sorted) {
            if (s.end() > text.length()) {
                throw new IllegalArgumentException("cue \"" + text + "\": span " + s + " runs past the text");
            }
        }
        for (Style style : Style.values()) {
            int end = -1;
            for (Span s : sorted) {
                if (s.style() == style) {
                    if (s.start() < end) {
                        throw new IllegalArgumentException("cue \"" + text + "\": " + style + " spans overlap");
                    }
                    end = s.end();
                }
            }
        }
        spans = List.copyOf(sorted);
    }

    /** A cue without styling. */
    public Cue(long startMillis, long endMillis, String text, String speaker) {
        this(startMillis, endMillis, text, speaker, List.of());
    }

    /** The tags a project subtitle's text may hold: {@code <i>}, {@code </i>}, {@code <b>}, {@code </b>}, in any case. */
    private static final Pattern TAG = Pattern.compile("(?i)<(/?)([ib])>");

    /**
     * A cue from a project subtitle's text, where {@code <i>…</i>} and {@code <b>…</b>} mark italic
     * and bold (they nest; an unclosed one runs to the end); any other text, other tags included,
     * is text.
     */
    public static Cue fromTagged(long startMillis, long endMillis, String tagged, String speaker) {
        Markup.Builder b = new Markup.Builder();
        Matcher m = TAG.matcher(tagged);
        int at = 0;
        while (m.find()) {
            b.append(tagged.substring(at, m.start()));
            Style style = m.group(2).equalsIgnoreCase("i") ? Style.ITALIC : Style.BOLD;
            if (m.group(1).isEmpty()) {
                b.open(style);
            } else {
                b.close(style);
            }
            at = m.end();
        }
        b.append(tagged.substring(at));
        return b.build(startMillis, endMillis, speaker);
    }

    /** {@code tagged} without its {@code <i>} and {@code <b>} tags: the text as it reads. */
    public static String plain(String tagged) {
        return TAG.matcher(tagged).replaceAll("");
    }

    /** The text with its italic and bold as {@code <i>} and {@code <b>} tags: how a project subtitle keeps it. */
    public String tagged() {
        return Markup.html(this, UnaryOperator.identity());
    }

    /** True when the cue has no visible text. */
    public boolean isBlank() {
        return text.isBlank();
    }

    /** True when the character at {@code offset} is shown in {@code style}. */
    public boolean styled(int offset, Style style) {
        for (Span s : spans) {
            if (s.style() == style && s.start() <= offset && offset < s.end()) {
                return true;
            }
        }
        return false;
    }

    /** The cue with other times, same text and styling. */
    public Cue withTimes(long start, long end) {
        return new Cue(start, end, text, speaker, spans);
    }

    public long durationMillis() {
        return endMillis - startMillis;
    }
}
