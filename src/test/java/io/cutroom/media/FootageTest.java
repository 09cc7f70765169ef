package io.cutroom.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.cutroom.testing.TestMedia;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of generated clips read for an import: sidecars paired, files probed, problems said. */
class FootageTest {

    @TempDir
    Path dir;

    @Test
    void clipsComeWithTheirSidecarsAndWhatCannotBeATakeSaysWhy() throws Exception {
        Path clip = TestMedia.clip(dir.resolve("S01_SH01_take1.mp4"), "160x90", "24", 0.5, 0);
        Files.writeString(dir.resolve("S01_SH01_take1.mp4.json"), "{ \"model\": \"veo-3\", \"seed\": 7 }");
        Files.copy(clip, dir.resolve("S01_SH02.mp4"));
        Files.writeString(dir.resolve("S01_SH02.json"), "{ \"seed\": 1.5 }");
        Files.copy(clip, dir.resolve("S01_SH03.mp4"));
        Files.writeString(dir.resolve("S01_SH01_take1.json"), "{ \"model\": \"not used: the .mp4.json comes first\" }");
        Files.writeString(dir.resolve("lost.json"), "{}");
        Files.writeString(dir.resolve("pilot.cutroom.json"), "{}");
        TestMedia.tone(dir.resolve("S01_SH04.wav"), 440, 0.3);
        Files.writeString(dir.resolve(".DS_Store"), "");

        List<Footage.Item> items = Footage.read(List.of(dir), new MediaProbe(TestMedia.ffmpeg(), ProbeCache.inMemory())::probe);

        assertThat(items).extracting(i -> i.file().getFileName() + ": " + (i.problem() == null
                ? i.provenance().model() + " " + i.provenance().seed() + ", " + i.info().duration() : i.problem()))
                .containsExactly(
                        "lost.json: a JSON file that is no clip's sidecar (a sidecar is named CLIP.json or CLIP.mp4.json)",
                        "S01_SH01_take1.mp4: veo-3 7, 0.5",
                        "S01_SH02.mp4: unreadable sidecar S01_SH02.json: seed: expected a whole number, got 1.5",
                        "S01_SH03.mp4: null null, 0.5",
                        "S01_SH04.wav: no picture (sound only); add sound as dialogue or music");
        assertThat(items.get(1).sidecar().file()).isEqualTo(dir.resolve("S01_SH01_take1.mp4.json"));
    }
}
