package io.cutroom.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PresetsTest {

    @TempDir
    Path dir;

    @Test
    void theBundledPresetsAreTheFilesInPresetsFolder() throws Exception {
        try (var files = Files.list(Path.of("presets"))) {
            assertThat(files.map(p -> p.getFileName().toString().replace(".json", "")))
                    .containsExactlyInAnyOrderElementsOf(Presets.BUNDLED);
        }
        for (String name : Presets.BUNDLED) {
            assertThat(Presets.bundled(name)).isEqualTo(Presets.read(Path.of("presets", name + ".json")));
        }
    }

    @Test
    void sizesFollowTheProjectsAspectUnlessBothAreGiven() throws Exception {
        assertThat(Presets.bundled("preview-540p").size(1280, 720)).containsExactly(960, 540);
        assertThat(Presets.bundled("preview-540p").size(1080, 1920)).containsExactly(304, 540);
        assertThat(Presets.bundled("vertical-1080x1920").size(1280, 720)).containsExactly(1080, 1920);
        assertThat(Presets.bundled("master-prores").size(1280, 720)).containsExactly(1280, 720);
    }

    @Test
    void findsByNameUserFolderFirstOrByFile() throws Exception {
        Files.writeString(dir.resolve("web-1080p.json"), Files.readString(Path.of("presets/preview-540p.json")));
        Presets presets = new Presets(dir);
        assertThat(presets.find("web-1080p").video().options()).containsEntry("preset", "ultrafast");
        assertThat(presets.find("master-prores").container()).isEqualTo(Preset.Container.MOV);
        assertThat(presets.find(dir.resolve("web-1080p.json").toString()).name()).isEqualTo("web-1080p");
        assertThatThrownBy(() -> presets.find("webm")).hasMessage("there is no preset 'webm'; presets: archive-av1,"
                + " master-prores, preview-540p, vertical-1080x1920, web-1080p");
        assertThatThrownBy(() -> presets.find("/nope/x.json")).hasMessage("preset file /nope/x.json does not exist");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"description\":\"d\",\"container\":\"avi\"} | x.json: container: expected one of mp4, mov, mkv, got 'avi'",
        "{\"descripton\":\"d\"} | x.json: unknown field 'descripton' (fields: audio, container, description, height, loudness, subtitles, video, width)",
        "{\"description\":\"d\",\"container\":\"mp4\"} | x.json: missing field 'video'",
        "[1] | x.json: expected a JSON object",
        "{ | x.json:1: not valid JSON: Unexpected end-of-input: expected close marker for Object (start marker at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 1])",
    })
    void badPresetsNameTheFileAndField(String json, String message) {
        assertThatThrownBy(() -> Presets.parse("x", json, "x.json")).isInstanceOf(RenderException.class).hasMessage(message);
    }

    @Test
    void optionValuesCannotSmuggleInOptions() {
        String json = "{\"description\":\"d\",\"container\":\"mp4\",\"video\":{\"codec\":\"libx264\",\"pixelFormat\":\"yuv420p\","
                + "\"options\":{\"crf\":\"-i /etc/passwd\"}},\"audio\":{\"codec\":\"aac\"},\"loudness\":{\"integrated\":-14}}";
        assertThatThrownBy(() -> Presets.parse("x", json, "x.json"))
                .hasMessage("x.json: video.options.crf: '-i /etc/passwd' is not a valid value");
    }
}
