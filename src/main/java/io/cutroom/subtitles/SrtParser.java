package io.cutroom.subtitles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SubRip, read leniently: the times of a cue are what start it, so a missing cue number or a
 * missing blank line between cues does no harm. Times may use a comma or a dot before the
 * milliseconds, and hours of any number of digits. A cue's text keeps {@code <i>} and {@code <b>}
 * (and the ASS switches {@code {\i1}}, {@code {\b1}} some files carry); other tags such as {@code
 * <font>} and {@code {\an8}} are taken out, their text kept.
 */
final class SrtParser {

    private static final String CLOCK = "(?:(\\d+):)?(\\d{1,2}):(\\d{1,2})(?:[,.](\\d{1,3}))?";
    private static final Pattern TIMING = Pattern.compile(CLOCK + "\\s*-{1,2}>\\s*" + CLOCK + "(?:\\s.*)?");
    private static final Pattern INDEX = Pattern.compile("\\d+");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z]+)(?:\\s[^<>]*)?>");
    private static final Pattern OVERRIDE = Pattern.compile("\\{\\\\[^}]*}");

    private final List<String> lines;
    private final List<Cue> cues;
    private final List<ReadProblem> problems;
    private Pending current;
    private boolean skipping;

    /** A cue being read: its timing line (from 0) and its text lines so far. */
    private static final class Pending {
        final int line;
        final long start;
        final long end;
        final List<String> text = new ArrayList<>();
        int lastTextLine = -1;
        boolean blankSeen;

        Pending(int line, long start, long end) {
            this.line = line;
            this.start = start;
            this.end = end;
        }
    }

    SrtParser(List<String> lines, List<Cue> cues, List<ReadProblem> problems) {
        this.lines = lines;
        this.cues = cues;
        this.problems = problems;
    }

    void run() {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String t = line.strip();
            Matcher m = TIMING.matcher(t);
            if (m.matches()) {
                timing(i, m);
            } else if (t.contains("-->")) {
                finish(i);
                problem(i, "cannot read the times " + SubtitleReader.quote(line)
                        + " (expected such as 00:01:02,500 --> 00:01:04,000); the cue is left out");
                skipping = true;
            } else if (t.isEmpty()) {
                if (current != null) {
                    current.blankSeen = true;
                }
                skipping = false;
            } else if (!skipping) {
                text(i, line, t);
            }
        }
        finish(lines.size());
    }

    private void text(int i, String line, String t) {
        boolean index = INDEX.matcher(t).matches() && nextNonBlankHasArrow(i);
        if (current == null) {
            if (!index) {
                problem(i, "not part of a cue, left out: " + SubtitleReader.quote(line));
            }
            return;
        }
        if (!current.blankSeen) {
            current.text.add(line);
            current.lastTextLine = i;
        } else if (index) {
            finish(i);
        } else {
            problem(i, "text after the blank line that ends the cue at " + SubtitleReader.time(current.start)
                    + "; kept as part of that cue");
            current.text.add(line);
            current.lastTextLine = i;
            current.blankSeen = false;
        }
    }

    private void timing(int i, Matcher m) {
        finish(i);
        long start;
        long end;
        try {
            start = millis(m, 1);
            end = millis(m, 5);
        } catch (IllegalArgumentException | ArithmeticException e) {
            problem(i, "cannot read the times " + SubtitleReader.quote(lines.get(i)) + ": " + e.getMessage()
                    + "; the cue is left out");
            skipping = true;
            return;
        }
        skipping = false;
        current = new Pending(i, start, end);
    }

    /** Ends the cue being read, before line {@code next}; a cue number just above that line is the next cue's. */
    private void finish(int next) {
        Pending p = current;
        current = null;
        if (p == null) {
            return;
        }
        if (!p.text.isEmpty() && p.lastTextLine == next - 1 && next < lines.size()
                && INDEX.matcher(p.text.get(p.text.size() - 1).strip()).matches()) {
            p.text.remove(p.text.size() - 1);
        }
        if (p.end <= p.start) {
            problem(p.line, Cues.backwards(p.start, p.end));
            return;
        }
        Markup.Builder b = new Markup.Builder();
        markup(String.join("\n", p.text), b);
        cues.add(b.build(p.start, p.end, null));
    }

    /** SubRip text into the builder: {@code <i>}, {@code <b>} and ASS switches kept, other tags dropped. */
    static void markup(String text, Markup.Builder b) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '<') {
                Matcher m = TAG.matcher(text).region(i, text.length());
                if (m.lookingAt() && knownTag(m.group(2))) {
                    style(m.group(2)).ifPresent(s -> {
                        if (m.group(1).isEmpty()) {
                            b.open(s);
                        } else {
                            b.close(s);
                        }
                    });
                    i = m.end();
                    continue;
                }
            } else if (c == '{') {
                Matcher m = OVERRIDE.matcher(text).region(i, text.length());
                if (m.lookingAt()) {
                    AssParser.overrides(m.group().substring(1, m.group().length() - 1), b, false, false);
                    i = m.end();
                    continue;
                }
            }
            b.append(c);
            i++;
        }
    }

    private static boolean knownTag(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "i", "b", "u", "s", "font", "span" -> true;
            default -> false;
        };
    }

    private static java.util.Optional<Cue.Style> style(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "i" -> java.util.Optional.of(Cue.Style.ITALIC);
            case "b" -> java.util.Optional.of(Cue.Style.BOLD);
            default -> java.util.Optional.empty();
        };
    }

    private boolean nextNonBlankHasArrow(int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            if (!lines.get(j).isBlank()) {
                return lines.get(j).contains("-->") || TIMING.matcher(lines.get(j).strip()).matches();
            }
        }
        return false;
    }

    /** The time in the four groups from {@code group}: hours (optional), minutes, seconds, fraction. */
    private static long millis(Matcher m, int group) {
        long h = m.group(group) == null ? 0 : Long.parseLong(m.group(group));
        return Cues.millis(h, Integer.parseInt(m.group(group + 1)), Integer.parseInt(m.group(group + 2)),
                m.group(group + 3));
    }

    private void problem(int line, String message) {
        problems.add(new ReadProblem(line + 1, message));
    }
}
