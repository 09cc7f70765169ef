package io.cutroom.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Fountain reader, case by case: every {@code NAME.fountain} in {@code fountain/} is a script
 * with one edge case, and {@code NAME.expected} beside it holds what must be read from it — the
 * title page, each element with its line, and each problem. Run with {@code
 * -Dcutroom.golden=update} to rewrite the expected files after a deliberate change, and read the diff.
 */
class FountainCasesTest {

    private static final Path CASES = Path.of("src/test/resources/io/cutroom/interchange/fountain");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(CASES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".fountain")).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsAsExpected(String name) throws Exception {
        FountainScript script = FountainParser.parse(Files.readAllBytes(CASES.resolve(name)), name);

        String actual = dump(script);
        Path expected = CASES.resolve(name.replace(".fountain", ".expected"));
        if ("update".equals(System.getProperty("cutroom.golden"))) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }

    @Test
    void textThatIsNotUtf8IsRefusedNamingTheFile() {
        byte[] latin1 = "INT. CAF\u00c9 - DAY\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> FountainParser.parse(latin1, "old.fountain"))
                .isInstanceOf(ScriptException.class)
                .hasMessage("old.fountain: is not UTF-8 text; save the script as UTF-8");
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> FountainParser.read(Path.of("target/no-such.fountain")))
                .isInstanceOf(ScriptException.class)
                .hasMessage("target/no-such.fountain: no such file");
        assertThatThrownBy(() -> FountainParser.read(Path.of("target")))
                .isInstanceOf(ScriptException.class)
                .hasMessage("target: cannot read the script: it is a folder");
    }

    /** The script as the expected files show it: one element a line, texts of several lines indented with {@code |}. */
    static String dump(FountainScript script) {
        StringBuilder sb = new StringBuilder();
        script.titlePage().forEach(f -> text(sb.append("title ").append(f.key()), f.value()));
        for (ScriptElement e : script.elements()) {
            sb.append(e.line()).append(' ');
            if (e instanceof ScriptElement.Heading h) {
                text(sb.append("heading").append(h.number() == null ? "" : " #" + h.number() + "#"), h.text());
            } else if (e instanceof ScriptElement.Action a) {
                text(sb.append("action"), a.text());
            } else if (e instanceof ScriptElement.Centered c) {
                text(sb.append("centered"), c.text());
            } else if (e instanceof ScriptElement.Character c) {
                sb.append("character ").append(c.name());
                if (c.extension() != null) {
                    sb.append(" (").append(c.extension()).append(')');
                }
                sb.append(c.dual() ? " dual" : "").append('\n');
            } else if (e instanceof ScriptElement.Dialogue d) {
                text(sb.append("dialogue"), d.text());
            } else if (e instanceof ScriptElement.Parenthetical p) {
                text(sb.append("parenthetical"), p.text());
            } else if (e instanceof ScriptElement.Lyrics l) {
                text(sb.append("lyrics"), l.text());
            } else if (e instanceof ScriptElement.Transition t) {
                text(sb.append("transition"), t.text());
            } else if (e instanceof ScriptElement.Section s) {
                text(sb.append("section ").append(s.depth()), s.text());
            } else if (e instanceof ScriptElement.Synopsis s) {
                text(sb.append("synopsis"), s.text());
            } else if (e instanceof ScriptElement.Note n) {
                text(sb.append("note"), n.text());
            } else {
                sb.append("page break\n");
            }
        }
        script.problems().forEach(p -> sb.append("problem ").append(p).append('\n'));
        return sb.toString();
    }

    private static void text(StringBuilder sb, String text) {
        sb.append('\n');
        for (String line : text.split("\n", -1)) {
            sb.append("  |").append(line).append('\n');
        }
    }
}
