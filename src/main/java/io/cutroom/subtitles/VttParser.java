package io.cutroom.subtitles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * WebVTT, read by the block rules of the W3C parsing algorithm (so the W3C's parsing tests give the
 * cues they expect), with two allowances for files found in the wild: a missing {@code WEBVTT}
 * header is reported and the file read anyway, and a comma before the milliseconds is accepted.
 * Cue settings, {@code STYLE}, {@code REGION} and {@code NOTE} blocks are skipped. In cue text,
 * {@code <i>} and {@code <b>} are kept, the first {@code <v Name>} names the speaker, a ruby
 * reading ({@code <rt>}) follows its base text in parentheses, other tags are taken out (their
 * text kept) and character references are decoded.
 */
final class VttParser {

    private static final Map<String, String> ENTITIES = Map.of(
            "amp", "&", "lt", "<", "gt", ">", "nbsp", "\u00A0", "lrm", "\u200E", "rlm", "\u200F",
            "quot", "\"", "apos", "'");

    private final List<String> lines;
    private final List<Cue> cues;
    private final List<ReadProblem> problems;
    private int at;

    VttParser(List<String> lines, List<Cue> cues, List<ReadProblem> problems) {
        this.lines = lines;
        this.cues = cues;
        this.problems = problems;
    }

    void run() {
        String first = lines.isEmpty() ? "" : lines.get(0);
        boolean signature = first.startsWith("WEBVTT")
                && (first.length() == 6 || first.charAt(6) == ' ' || first.charAt(6) == '\t');
        if (signature) {
            at = 1;
            if (at < lines.size() && !lines.get(at).isEmpty()) {
                block(true);
            }
        } else {
            problems.add(new ReadProblem(1, "a WebVTT file starts with a line WEBVTT, this one with "
                    + SubtitleReader.quote(first) + "; read as WebVTT anyway"));
        }
        while (at < lines.size()) {
            while (at < lines.size() && lines.get(at).isEmpty()) {
                at++;
            }
            if (at < lines.size()) {
                block(false);
            }
        }
    }

    /** Collects one block from {@link #at} (the spec's "collect a WebVTT block"). */
    private void block(boolean inHeader) {
        int firstLine = at;
        int lineCount = 0;
        boolean seenArrow = false;
        boolean seenCue = false;
        long[] timing = null;
        int timingLine = -1;
        List<String> buffer = new ArrayList<>();
        while (at < lines.size()) {
            String line = lines.get(at);
            lineCount++;
            if (line.contains("-->")) {
                if (!inHeader && (lineCount == 1 || (lineCount == 2 && !seenArrow))) {
                    seenArrow = true;
                    timingLine = at;
                    at++;
                    timing = timings(line, timingLine);
                    if (timing != null) {
                        buffer.clear();
                        seenCue = true;
                    }
                    continue;
                }
                break;
            }
            at++;
            if (line.isEmpty()) {
                break;
            }
            buffer.add(line);
        }
        if (inHeader) {
            return;
        }
        if (seenCue) {
            cue(timing, timingLine, String.join("\n", buffer));
        } else if (!seenArrow && !buffer.isEmpty() && !skippedBlock(buffer.get(0))) {
            problems.add(new ReadProblem(firstLine + 1, "not part of a cue, left out: "
                    + SubtitleReader.quote(buffer.get(0)) + (buffer.size() > 1 ? " (" + buffer.size() + " lines)" : "")));
        }
    }

    private static boolean skippedBlock(String first) {
        for (String keyword : List.of("NOTE", "STYLE", "REGION")) {
            if (first.equals(keyword) || first.startsWith(keyword + " ") || first.startsWith(keyword + "\t")) {
                return true;
            }
        }
        return false;
    }

    /** Start and end in ms, or null (with the problem reported) when the line is not a valid timing. */
    private long[] timings(String line, int lineIndex) {
        Scanner s = new Scanner(line);
        try {
            s.skipWhitespace();
            long start = s.timestamp();
            s.skipWhitespace();
            s.expect("-->");
            s.skipWhitespace();
            long end = s.timestamp();
            return new long[] {start, end};
        } catch (IllegalArgumentException | ArithmeticException e) {
            problems.add(new ReadProblem(lineIndex + 1, "cannot read the cue timing " + SubtitleReader.quote(line)
                    + ": " + e.getMessage() + " (expected such as 00:01:02.500 --> 00:01:04.000); the cue is left out"));
            return null;
        }
    }

    private void cue(long[] timing, int timingLine, String text) {
        if (timing[1] <= timing[0]) {
            problems.add(new ReadProblem(timingLine + 1, Cues.backwards(timing[0], timing[1])));
            return;
        }
        Markup.Builder b = new Markup.Builder();
        List<String> voices = new ArrayList<>();
        markup(text, b, voices);
        List<String> distinct = voices.stream().distinct().toList();
        if (distinct.size() > 1) {
            problems.add(new ReadProblem(timingLine + 1, "the cue has several speakers (" + String.join(", ", distinct)
                    + "); the first is kept as its speaker"));
        }
        cues.add(b.build(timing[0], timing[1], distinct.isEmpty() ? null : distinct.get(0)));
    }

    /** WebVTT cue text into the builder; the names of voice spans are added to {@code voices}. */
    static void markup(String text, Markup.Builder b, List<String> voices) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '<') {
                int close = text.indexOf('>', i);
                if (close > i) {
                    tag(text.substring(i + 1, close), b, voices);
                    i = close + 1;
                    continue;
                }
            } else if (c == '&') {
                int semi = text.indexOf(';', i);
                if (semi > i && semi - i <= 10) {
                    String decoded = entity(text.substring(i + 1, semi));
                    if (decoded != null) {
                        b.append(decoded);
                        i = semi + 1;
                        continue;
                    }
                }
            }
            b.append(c);
            i++;
        }
    }

    private static void tag(String tag, Markup.Builder b, List<String> voices) {
        boolean end = tag.startsWith("/");
        String body = end ? tag.substring(1) : tag;
        int nameEnd = 0;
        while (nameEnd < body.length() && !Character.isWhitespace(body.charAt(nameEnd)) && body.charAt(nameEnd) != '.') {
            nameEnd++;
        }
        String name = body.substring(0, nameEnd).toLowerCase(Locale.ROOT);
        Cue.Style style = switch (name) {
            case "i" -> Cue.Style.ITALIC;
            case "b" -> Cue.Style.BOLD;
            default -> null;
        };
        if (style != null) {
            if (end) {
                b.close(style);
            } else {
                b.open(style);
            }
        } else if (name.equals("rt")) {
            b.append(end ? ")" : "("); // a ruby reading, shown after its base text
        } else if (name.equals("v") && !end) {
            int space = body.indexOf(' ') >= 0 ? body.indexOf(' ') : body.indexOf('\t');
            String voice = space < 0 ? "" : body.substring(space + 1).strip();
            if (!voice.isEmpty()) {
                voices.add(voice);
            }
        }
    }

    private static String entity(String name) {
        if (name.startsWith("#")) {
            try {
                int cp = name.startsWith("#x") || name.startsWith("#X")
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                return Character.isValidCodePoint(cp) && cp != 0 ? Character.toString(cp) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return ENTITIES.get(name);
    }

    /** The spec's timestamp and arrow rules over one line. */
    private static final class Scanner {
        private final String s;
        private int pos;

        Scanner(String s) {
            this.s = s;
        }

        void skipWhitespace() {
            while (pos < s.length() && " \t\n\f\r".indexOf(s.charAt(pos)) >= 0) {
                pos++;
            }
        }

        void expect(String token) {
            if (!s.startsWith(token, pos)) {
                throw new IllegalArgumentException("expected '" + token + "' after the start time");
            }
            pos += token.length();
        }

        private String digits() {
            int from = pos;
            while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
                pos++;
            }
            return s.substring(from, pos);
        }

        private boolean at(char c) {
            return pos < s.length() && s.charAt(pos) == c;
        }

        /** {@code [hh:]mm:ss.ttt}: hours of 2 or more digits (or any that are not 2 digits below 60). */
        long timestamp() {
            String first = digits();
            if (first.isEmpty()) {
                throw new IllegalArgumentException("a time must start with a digit");
            }
            boolean hours = first.length() != 2 || Long.parseLong(first) > 59;
            if (!at(':')) {
                throw new IllegalArgumentException("expected ':' after '" + first + "'");
            }
            pos++;
            String second = digits();
            if (second.length() != 2) {
                throw new IllegalArgumentException("minutes and seconds have two digits");
            }
            long h;
            long m;
            long sec;
            if (hours || at(':')) {
                if (!at(':')) {
                    throw new IllegalArgumentException("expected ':' before the seconds");
                }
                pos++;
                String third = digits();
                if (third.length() != 2) {
                    throw new IllegalArgumentException("minutes and seconds have two digits");
                }
                h = Long.parseLong(first);
                m = Long.parseLong(second);
                sec = Long.parseLong(third);
            } else {
                h = 0;
                m = Long.parseLong(first);
                sec = Long.parseLong(second);
            }
            if (!at('.') && !at(',')) {
                throw new IllegalArgumentException("expected '.' and three digits of milliseconds");
            }
            pos++;
            String ms = digits();
            if (ms.length() != 3) {
                throw new IllegalArgumentException("milliseconds have three digits");
            }
            if (m > 59 || sec > 59) {
                throw new IllegalArgumentException("minutes and seconds must be below 60");
            }
            return Math.addExact(Math.multiplyExact(h, 3_600_000L), m * 60_000 + sec * 1000 + Long.parseLong(ms));
        }
    }
}
