package io.cutroom.subtitles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Advanced SubStation Alpha and SubStation Alpha: the {@code Dialogue} lines of {@code [Events]},
 * their fields found by the section's {@code Format} line. A style's Bold and Italic and the
 * override switches {@code \i}, {@code \b} and {@code \r} are kept as markup; {@code \N} is a line
 * break, {@code \n} a space, {@code \h} a no-break space; other override tags and comments in
 * braces are taken out; the Name field is the speaker. Vector drawings ({@code \p1}) are left out
 * and reported.
 */
final class AssParser {

    private static final List<String> DEFAULT_EVENT_FORMAT =
            List.of("layer", "start", "end", "style", "name", "marginl", "marginr", "marginv", "effect", "text");
    private static final Pattern TIME = Pattern.compile("(\\d+):(\\d{1,2}):(\\d{1,2})(?:[.,](\\d{1,3}))?");
    private static final Pattern SWITCH = Pattern.compile("([ib])(\\d*)");

    private final List<String> lines;
    private final List<Cue> cues;
    private final List<ReadProblem> problems;
    private final Map<String, boolean[]> styles = new HashMap<>();
    private List<String> eventFormat = DEFAULT_EVENT_FORMAT;
    private List<String> styleFormat = List.of();

    AssParser(List<String> lines, List<Cue> cues, List<ReadProblem> problems) {
        this.lines = lines;
        this.cues = cues;
        this.problems = problems;
    }

    void run() {
        String section = "";
        boolean events = false;
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).strip();
            if (t.isEmpty() || t.startsWith(";") || t.startsWith("!:")) {
                continue;
            }
            if (t.startsWith("[") && t.endsWith("]")) {
                section = t.toLowerCase(Locale.ROOT);
                events |= section.equals("[events]");
                continue;
            }
            int colon = t.indexOf(':');
            String key = colon < 0 ? "" : t.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = colon < 0 ? "" : t.substring(colon + 1).stripLeading();
            if (section.equals("[events]")) {
                event(i, key, value, t);
            } else if (section.startsWith("[v4") && section.contains("styles")) {
                if (key.equals("format")) {
                    styleFormat = fields(value);
                } else if (key.equals("style")) {
                    style(value);
                }
            }
        }
        if (!events) {
            problems.add(new ReadProblem(1, "there is no [Events] section, so there are no cues"));
        }
    }

    private void event(int i, String key, String value, String line) {
        switch (key) {
            case "format" -> eventFormat = fields(value);
            case "dialogue" -> dialogue(i, value);
            case "comment", "picture", "sound", "movie", "command" -> {
                // not shown as subtitles
            }
            default -> problems.add(new ReadProblem(i + 1, "not an event line, left out: " + SubtitleReader.quote(line)));
        }
    }

    private static List<String> fields(String value) {
        List<String> names = new ArrayList<>();
        for (String f : value.split(",")) {
            names.add(f.strip().toLowerCase(Locale.ROOT));
        }
        return names;
    }

    private void style(String value) {
        String[] v = value.split(",", -1);
        int name = styleFormat.indexOf("name");
        int bold = styleFormat.indexOf("bold");
        int italic = styleFormat.indexOf("italic");
        if (name < 0 || name >= v.length) {
            return;
        }
        styles.put(styleName(v[name]), new boolean[] {flag(v, italic), flag(v, bold)});
    }

    private static boolean flag(String[] v, int index) {
        return index >= 0 && index < v.length && !v[index].strip().equals("0") && !v[index].isBlank();
    }

    private static String styleName(String name) {
        String n = name.strip();
        return (n.startsWith("*") ? n.substring(1) : n).toLowerCase(Locale.ROOT);
    }

    private void dialogue(int i, String value) {
        int textField = eventFormat.indexOf("text");
        String[] v = value.split(",", eventFormat.size());
        if (textField < 0 || v.length < eventFormat.size()) {
            problems.add(new ReadProblem(i + 1, "a Dialogue line has " + eventFormat.size()
                    + " fields separated by commas (" + String.join(", ", eventFormat) + "), this one "
                    + v.length + "; left out"));
            return;
        }
        long start;
        long end;
        try {
            start = time(v[eventFormat.indexOf("start")]);
            end = time(v[eventFormat.indexOf("end")]);
        } catch (IllegalArgumentException | ArithmeticException | IndexOutOfBoundsException e) {
            problems.add(new ReadProblem(i + 1, "cannot read the times of the Dialogue line: " + e.getMessage()
                    + " (expected such as 0:01:02.50); left out"));
            return;
        }
        if (end <= start) {
            problems.add(new ReadProblem(i + 1, Cues.backwards(start, end)));
            return;
        }
        int styleField = eventFormat.indexOf("style");
        boolean[] style = styleField < 0 ? null : styles.get(styleName(v[styleField]));
        boolean italic = style != null && style[0];
        boolean bold = style != null && style[1];
        Markup.Builder b = new Markup.Builder();
        b.set(Cue.Style.ITALIC, italic);
        b.set(Cue.Style.BOLD, bold);
        boolean drawing = text(v[textField], b, italic, bold);
        if (drawing) {
            problems.add(new ReadProblem(i + 1, "a vector drawing ({\\p1}) cannot be kept as text; the drawing is left out"
                    + (b.text().isBlank() ? ", and with it the cue" : "")));
            if (b.text().isBlank()) {
                return;
            }
        }
        int nameField = eventFormat.indexOf("name");
        String speaker = nameField < 0 ? "" : v[nameField].strip();
        cues.add(b.build(start, end, speaker.isEmpty() ? null : speaker));
    }

    private static long time(String text) {
        Matcher m = TIME.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text.strip() + "' is not a time");
        }
        return Cues.millis(Long.parseLong(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                m.group(4));
    }

    /**
     * ASS text into the builder.
     *
     * @param italic whether the line's style is italic ({@code \i} and {@code \r} return to it)
     * @return whether a vector drawing was left out
     */
    static boolean text(String text, Markup.Builder b, boolean italic, boolean bold) {
        boolean drawing = false;
        boolean leftOut = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '{') {
                int close = text.indexOf('}', i);
                if (close > i) {
                    String block = text.substring(i + 1, close);
                    Boolean mode = block.contains("\\") ? overrides(block, b, italic, bold) : null;
                    drawing = mode == null ? drawing : mode;
                    i = close + 1;
                    continue;
                }
            } else if (c == '\\' && i + 1 < text.length()) {
                char n = text.charAt(i + 1);
                String replacement = switch (n) {
                    case 'N' -> "\n";
                    case 'n' -> " ";
                    case 'h' -> "\u00A0";
                    case '{' -> "{";
                    case '}' -> "}";
                    case '\u2060' -> "\\"; // a word joiner keeps a backslash from starting \N: it is the writer's
                    default -> null;
                };
                if (replacement != null) {
                    if (!drawing) {
                        b.append(replacement);
                    }
                    i += 2;
                    continue;
                }
            }
            if (drawing) {
                leftOut = true;
            } else {
                b.append(c);
            }
            i++;
        }
        return leftOut;
    }

    /**
     * The tags of one override block ({@code \i1\b1\pos(10,10)}): italic and bold switches and
     * resets go to the builder, the rest is dropped.
     *
     * @return whether drawing mode ({@code \p1} and up) is on after the block, or null when the block
     *     does not say
     */
    static Boolean overrides(String block, Markup.Builder b, boolean italic, boolean bold) {
        Boolean drawing = null;
        for (String tag : block.split("\\\\")) {
            String t = tag.strip();
            Matcher m = SWITCH.matcher(t);
            if (m.matches()) {
                Cue.Style style = m.group(1).equals("i") ? Cue.Style.ITALIC : Cue.Style.BOLD;
                boolean def = style == Cue.Style.ITALIC ? italic : bold;
                if (m.group(2).isEmpty()) {
                    b.set(style, def);
                } else {
                    int value = Integer.parseInt(m.group(2).length() > 4 ? "1" : m.group(2));
                    b.set(style, style == Cue.Style.BOLD && value >= 100 ? value >= 600 : value != 0);
                }
            } else if (t.startsWith("r")) {
                b.set(Cue.Style.ITALIC, italic);
                b.set(Cue.Style.BOLD, bold);
            } else if (t.matches("p\\d+")) {
                drawing = Integer.parseInt(t.substring(1)) > 0;
            }
        }
        return drawing;
    }
}
