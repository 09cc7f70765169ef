package io.cutroom.subtitles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The readers, case by case: every file in {@code read/} is a subtitle file with one edge case, and
 * {@code NAME.expected} beside it holds what must be read from it — format, encoding, each cue
 * (times, speaker, text with its italic and bold as {@code <i>}/{@code <b>}) and each problem by
 * line. {@code NAME.given}, when present, names the encoding the user gives. Run with {@code
 * -Dcutroom.golden=update} to rewrite the expected files after a deliberate change, and read the diff.
 */
class ReadCasesTest {

    private static final Path CASES = Path.of("src/test/resources/io/cutroom/subtitles/read");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(CASES)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.endsWith(".expected") && !n.endsWith(".given") && !n.startsWith("."))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsAsExpected(String name) throws IOException {
        String base = name.substring(0, name.lastIndexOf('.'));
        Path given = CASES.resolve(base + ".given");
        Charset encoding = Files.exists(given) ? Charset.forName(Files.readString(given).strip()) : null;

        SubtitleFile read = SubtitleReader.read(Files.readAllBytes(CASES.resolve(name)), name, encoding);

        String actual = dump(read);
        Path expected = CASES.resolve(base + ".expected");
        if ("update".equals(System.getProperty("cutroom.golden"))) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }

    /** The file as the expected files show it. */
    static String dump(SubtitleFile file) {
        StringBuilder sb = new StringBuilder();
        sb.append("format ").append(file.format()).append('\n');
        sb.append("encoding ").append(file.encoding()).append('\n');
        for (Cue cue : file.cues()) {
            sb.append("cue ").append(SubtitleWriter.time(cue.startMillis(), '.')).append(" --> ")
                    .append(SubtitleWriter.time(cue.endMillis(), '.'));
            if (cue.speaker() != null) {
                sb.append(" speaker ").append(cue.speaker());
            }
            sb.append('\n');
            for (String line : List.of(Markup.html(cue, s -> s).split("\n", -1))) {
                sb.append("  |").append(line).append('\n');
            }
        }
        for (ReadProblem p : file.problems()) {
            sb.append("problem ").append(p).append('\n');
        }
        return sb.toString();
    }
}
