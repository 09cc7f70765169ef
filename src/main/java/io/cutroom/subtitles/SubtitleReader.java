package io.cutroom.subtitles;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads SubRip, WebVTT and ASS/SSA files as they are found in the wild: any of the usual text
 * encodings (see {@link #read(byte[], String, Charset)}), any line ends, and the slips of hand-made
 * and badly converted files. Every part that cannot be read is reported as a {@link ReadProblem}
 * with its line, never silently dropped.
 */
public final class SubtitleReader {

    private static final Pattern LINE_END = Pattern.compile("\r\n|\r|\n");

    private SubtitleReader() {
    }

    /**
     * Reads a subtitle file; its format comes from its extension ({@code .srt}, {@code .vtt},
     * {@code .ass}, {@code .ssa}), else from its content.
     *
     * @param encoding the file's text encoding, or null to detect it
     */
    public static SubtitleFile read(Path file, Charset encoding) throws IOException {
        return read(Files.readAllBytes(file), file.getFileName().toString(), encoding);
    }

    /**
     * Reads a subtitle file's bytes. The encoding is the one a byte-order mark names; else {@code
     * encoding} when given; else UTF-16 or UTF-32 when the zero bytes say so, UTF-8 when the bytes
     * are valid UTF-8, and Windows-1252 otherwise (with a problem when the text does not look like it).
     *
     * @param fileName for the format, by extension
     * @param encoding the text encoding, or null to detect it
     */
    public static SubtitleFile read(byte[] bytes, String fileName, Charset encoding) {
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes, encoding);
        SubtitleFormat format = SubtitleFormat.ofFileName(fileName).orElseGet(() -> SubtitleFormat.sniff(decoded.text()));
        List<ReadProblem> problems = new ArrayList<>(decoded.problems());
        List<Cue> cues = new ArrayList<>();
        parse(decoded.text(), format, cues, problems);
        problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new SubtitleFile(format, decoded.encoding(), cues, problems);
    }

    private static void parse(String text, SubtitleFormat format, List<Cue> cues, List<ReadProblem> problems) {
        List<String> lines = lines(text);
        switch (format) {
            case SRT -> new SrtParser(lines, cues, problems).run();
            case VTT -> new VttParser(lines, cues, problems).run();
            case ASS -> new AssParser(lines, cues, problems).run();
        }
    }

    /** The text's lines; LF, CRLF and a lone CR each end a line, and a last line end adds no empty line. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(List.of(LINE_END.split(text, -1)));
        if (lines.size() > 1 && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** A line shortened for a message. */
    static String quote(String line) {
        String s = line.strip();
        return "'" + (s.length() > 50 ? s.substring(0, 47) + "..." : s) + "'";
    }

    /** {@code H:MM:SS.mmm}, the form messages use for times. */
    static String time(long millis) {
        return SubtitleWriter.time(millis, '.');
    }
}
