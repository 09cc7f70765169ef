package io.cutroom.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.cutroom.model.Provenance;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sidecar cases as data: each {@code sidecars/NAME.json} is read and must give what
 * {@code NAME.expected} says — its fields, or {@code error: } and the reason.
 */
class ProvenanceSidecarsTest {

    @TempDir
    Path dir;

    static Stream<String> cases() throws Exception {
        Path folder = Path.of(ProvenanceSidecarsTest.class.getResource("/io/cutroom/media/sidecars").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsWhatTheExpectedFileSays(String name) throws Exception {
        Path folder = Path.of(ProvenanceSidecarsTest.class.getResource("/io/cutroom/media/sidecars").toURI());
        Path expected = folder.resolve(name.replaceFirst("\\.json$", ".expected"));

        assertThat(read(folder.resolve(name))).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }

    private static String read(Path file) {
        try {
            ProvenanceSidecars.Sidecar s = ProvenanceSidecars.read(file);
            Provenance p = s.provenance();
            return "prompt: " + p.prompt() + "\nmodel: " + p.model() + "\nseed: " + p.seed() + "\nnotes: " + p.notes()
                    + "\nscene: " + (s.sceneNumber() != null ? s.sceneNumber() : s.sceneId())
                    + "\nshot: " + (s.shotNumber() != null ? s.shotNumber() : s.shotId()) + "\n";
        } catch (MediaException e) {
            assertThat(e.getMessage()).startsWith(file + ": ");
            return "error: " + e.reason() + "\n";
        }
    }

    @Test
    void aClipsSidecarIsClipDotExtDotJsonElseClipDotJson() throws Exception {
        Path clip = Files.writeString(dir.resolve("S03_SH02_take4.mp4"), "");
        assertThat(ProvenanceSidecars.find(clip)).isEmpty();

        Files.writeString(dir.resolve("S03_SH02_take4.json"), "{}");
        assertThat(ProvenanceSidecars.find(clip)).contains(dir.resolve("S03_SH02_take4.json"));

        Files.writeString(dir.resolve("S03_SH02_take4.mp4.json"), "{}");
        assertThat(ProvenanceSidecars.find(clip)).contains(dir.resolve("S03_SH02_take4.mp4.json"));
    }

    @Test
    void aMissingSidecarIsNamed() {
        Path gone = dir.resolve("gone.json");
        assertThat(read(gone)).isEqualTo("error: file not found\n");
    }
}
