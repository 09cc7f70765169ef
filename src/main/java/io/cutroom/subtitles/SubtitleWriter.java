package io.cutroom.subtitles;

import io.cutroom.model.Color;
import io.cutroom.model.SubtitleStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes cues as SubRip (SRT), WebVTT or ASS text. Italic and bold spans become each format's tags;
 * line ends are normalised and blank lines inside a cue (which would end it early) removed. Cues
 * without text are not written: {@link #writable} says which are.
 */
public final class SubtitleWriter {

    private SubtitleWriter() {
    }

    /** The cues a writer writes: those with text, normalised. */
    public static List<Cue> writable(List<Cue> cues) {
        List<Cue> out = new ArrayList<>();
        for (Cue cue : cues) {
            Cue n = normalised(cue);
            if (!n.isBlank()) {
                out.add(n);
            }
        }
        return out;
    }

    /** Writes {@code cues} in {@code format}; ASS with {@link #ass(List, AssLook)}'s default look. */
    public static String write(List<Cue> cues, SubtitleFormat format) {
        return switch (format) {
            case SRT -> srt(cues);
            case VTT -> vtt(cues);
            case ASS -> ass(cues, AssLook.DEFAULT);
        };
    }

    /**
     * SubRip: cues numbered from 1, {@code HH:MM:SS,mmm} times, LF line ends, a blank line after each
     * cue, {@code <i>} and {@code <b>} for styled text; {@code -->} in text becomes {@code ->}.
     */
    public static String srt(List<Cue> cues) {
        StringBuilder sb = new StringBuilder();
        int index = 1;
        for (Cue cue : writable(cues)) {
            sb.append(index++).append('\n')
                    .append(time(cue.startMillis(), ',')).append(" --> ").append(time(cue.endMillis(), ','))
                    .append('\n').append(Markup.html(cue, s -> s.replace("-->", "->"))).append("\n\n");
        }
        return sb.toString();
    }

    /**
     * WebVTT: a header, {@code HH:MM:SS.mmm} times, speakers as voice spans, {@code <i>} and {@code
     * <b>} for styled text, markup characters escaped; no regions or styles.
     */
    public static String vtt(List<Cue> cues) {
        StringBuilder sb = new StringBuilder("WEBVTT\n\n");
        for (Cue cue : writable(cues)) {
            String text = Markup.html(cue, SubtitleWriter::escapeVtt);
            if (cue.speaker() != null && !cue.speaker().isBlank()) {
                text = "<v " + escapeVtt(cue.speaker().strip()) + ">" + text;
            }
            sb.append(time(cue.startMillis(), '.')).append(" --> ").append(time(cue.endMillis(), '.'))
                    .append('\n').append(text).append("\n\n");
        }
        return sb.toString();
    }

    /**
     * How ASS cues look: one style, {@code Default}, sized for a {@code width}×{@code height} frame.
     *
     * @param fontName the font family (ASS names fonts, not files)
     */
    public record AssLook(SubtitleStyle style, String fontName, int width, int height) {

        /** The project default style on a 1920×1080 frame, in Arial. */
        public static final AssLook DEFAULT = new AssLook(SubtitleStyle.DEFAULT, "Arial", 1920, 1080);

        public AssLook {
            if (width <= 0 || height <= 0) {
                throw new IllegalArgumentException("frame size must be positive, got " + width + "x" + height);
            }
            if (fontName == null || fontName.isBlank() || fontName.contains(",")) {
                throw new IllegalArgumentException("font name must be a family name without commas, got '" + fontName + "'");
            }
        }
    }

    /**
     * Advanced SubStation Alpha: a script sized to the frame, a {@code Default} style from the
     * subtitle style (font, size, colours, outline or box, bottom or top, margin) and one more per
     * speaker with a colour of their own, named after the speaker, and a {@code Dialogue} line per
     * cue in its speaker's style with the speaker in its Name field, {@code {\i1}} and {@code {\b1}}
     * for styled text and {@code \N} between lines.
     */
    public static String ass(List<Cue> cues, AssLook look) {
        SubtitleStyle s = look.style();
        boolean box = s.box();
        int size = s.sizeFor(look.height());
        // ASS margins count from the frame's edges: the safe area's inset, and the style's margin inside it
        int sideMargin = s.safeInset(look.width());
        int verticalMargin = s.safeInset(look.height()) + s.marginFor(look.height());
        StringBuilder sb = new StringBuilder();
        sb.append("[Script Info]\n")
                .append("; written by Cutroom\n")
                .append("ScriptType: v4.00+\n")
                .append("PlayResX: ").append(look.width()).append('\n')
                .append("PlayResY: ").append(look.height()).append('\n')
                .append("WrapStyle: 0\n")
                .append("ScaledBorderAndShadow: yes\n\n");
        sb.append("[V4+ Styles]\n")
                .append("Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour,"
                        + " Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline,"
                        + " Shadow, Alignment, MarginL, MarginR, MarginV, Encoding\n");
        String rest = "," + colour(box ? s.boxColor() : s.outlineColor()) + "," + colour(s.boxColor())
                // an opaque box (BorderStyle 3) is drawn in the outline colour, its padding the outline width
                + ",0,0,0,0,100,100,0,0," + (box ? 3 : 1) + ","
                + (box ? Math.max(s.outline(), Math.max(2, size / 6)) : s.outline()) + ",0,"
                + (s.position() == SubtitleStyle.Position.TOP ? 8 : 2) + "," + sideMargin + "," + sideMargin + ","
                + verticalMargin + ",1\n";
        String font = look.fontName().strip() + "," + size + ",";
        sb.append("Style: Default,").append(font).append(colour(s.color())).append(',').append(colour(s.color()))
                .append(rest);
        Map<String, String> styleOf = new TreeMap<>();
        new TreeMap<>(s.speakerColors()).forEach((speaker, c) -> {
            String name = styleName(speaker);
            styleOf.put(speaker, name);
            sb.append("Style: ").append(name).append(',').append(font).append(colour(c)).append(',').append(colour(c))
                    .append(rest);
        });
        sb.append('\n');
        sb.append("[Events]\n")
                .append("Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n");
        for (Cue cue : writable(cues)) {
            String speaker = cue.speaker() == null ? "" : cue.speaker().strip().replace(',', ';').replace('\n', ' ');
            String style = cue.speaker() == null ? "Default" : styleOf.getOrDefault(cue.speaker(), "Default");
            sb.append("Dialogue: 0,").append(assTime(cue.startMillis())).append(',').append(assTime(cue.endMillis()))
                    .append(',').append(style).append(',').append(speaker).append(",0,0,0,,")
                    .append(Markup.ass(cue, SubtitleWriter::escapeAss)).append('\n');
        }
        return sb.toString();
    }

    /** The name of a speaker's style: the speaker's name, without the commas ASS separates fields with. */
    private static String styleName(String speaker) {
        String name = speaker.strip().replace(',', ';').replace('\n', ' ');
        return name.isEmpty() || name.equalsIgnoreCase("Default") ? "Speaker " + name : name;
    }

    /** {@code &HAABBGGRR}: ASS colours run blue-green-red, and their alpha counts transparency. */
    static String colour(Color c) {
        return String.format(Locale.ROOT, "&H%02X%02X%02X%02X", 255 - c.alpha(), c.blue(), c.green(), c.red());
    }

    /** {@code H:MM:SS.cc}, rounded to the nearest centisecond. */
    static String assTime(long millis) {
        long cs = (millis + 5) / 10;
        return String.format(Locale.ROOT, "%d:%02d:%02d.%02d", cs / 360_000, cs / 6000 % 60, cs / 100 % 60, cs % 100);
    }

    private static String escapeVtt(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * Text for an ASS line: braces escaped as libass reads them ({@code \{}), a backslash that would
     * start {@code \N}, {@code \n} or {@code \h} kept apart from it by a word joiner, lines joined by {@code \N}.
     */
    private static String escapeAss(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '{' -> sb.append("\\{");
                case '}' -> sb.append("\\}");
                case '\n' -> sb.append("\\N");
                case '\\' -> {
                    sb.append('\\');
                    if (i + 1 < s.length() && "Nnh{}".indexOf(s.charAt(i + 1)) >= 0) {
                        sb.append('\u2060');
                    }
                }
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * The cue with CRLF and CR made LF, spaces at line ends and blank lines removed, and the text
     * trimmed; its spans follow the text.
     */
    static Cue normalised(Cue cue) {
        Cue once = rebuild(cue, false);
        return rebuild(once, true);
    }

    private static Cue rebuild(Cue cue, boolean dropBlankLines) {
        Markup.Builder b = new Markup.Builder();
        String t = cue.text();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\r') {
                if (i + 1 < t.length() && t.charAt(i + 1) == '\n') {
                    continue;
                }
                c = '\n';
            }
            if (dropBlankLines && c == '\n' && i + 1 < t.length() && t.charAt(i + 1) == '\n') {
                continue;
            }
            for (Cue.Style style : Cue.Style.values()) {
                b.set(style, cue.styled(i, style));
            }
            b.append(c);
        }
        return b.build(cue.startMillis(), cue.endMillis(), cue.speaker());
    }

    /** {@code HH:MM:SS,mmm} (or with a dot); hours take more digits when needed. */
    static String time(long millis, char separator) {
        long h = millis / 3_600_000;
        long m = millis / 60_000 % 60;
        long s = millis / 1000 % 60;
        long ms = millis % 1000;
        return String.format(Locale.ROOT, "%02d:%02d:%02d%c%03d", h, m, s, separator, ms);
    }
}
