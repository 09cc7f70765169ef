package io.cutroom.ffmpeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.cutroom.testing.TestMedia;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves with the real ffmpeg that escaped text arrives exactly: every value of the escaping
 * table goes through a filtergraph and comes back out, drawtext draws the same picture from
 * {@code text=} as from {@code textfile=}, and concat lists and metadata files hold nasty names.
 */
@DisabledOnOs(OS.WINDOWS)
class EscapingRoundTripTest {

    /** A folder name with every character that means something to a shell or to FFmpeg. */
    static final String NASTY = "it's \"q\" a:b,c;d\\e[f]g%h=i#j {k} $l 💥 中文";
    static final String NASTY_TEXT = "It's 5:30, [John]; 100% \"sure\" \\o/ %{pts} 中文 🎬\nline two";
    static final Path FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    private final FFmpeg ffmpeg = TestMedia.ffmpeg();

    @TempDir
    Path tmp;
    Path nasty;

    @BeforeEach
    void makeNastyFolder() throws IOException {
        nasty = Files.createDirectories(tmp.resolve(NASTY + "\nsecond line"));
    }

    @Test
    void everyTableValueReachesTheFilterExactly() throws Exception {
        List<JsonNode> rows = Tables.rows("filter-values.json");
        Path printed = nasty.resolve("metadata [printed].txt");
        List<Filter> filters = new ArrayList<>();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            String value = rows.get(i).get("value").asText();
            if (value.isEmpty()) {
                continue; // the metadata filter drops empty values
            }
            filters.add(Filter.of("metadata").set("mode", "add").set("key", "k" + i).set("value", value));
            expected.append("k").append(i).append('=').append(value).append('\n');
        }
        filters.add(Filter.of("metadata").set("mode", "print").set("file", printed.toString()));
        String graph = new FilterGraph().chain("0:v", filters, "out").toString();

        run("-f", "lavfi", "-i", "color=s=64x36:d=0.04", "-filter_complex", graph, "-map", "[out]", "-f", "null", "-");

        String output = Files.readString(printed, StandardCharsets.UTF_8);
        assertThat(output.substring(output.indexOf('\n') + 1)).isEqualTo(expected.toString());
    }

    @Test
    void drawtextDrawsInlineTextExactlyAsFromATextFile() throws Exception {
        assumeTrue(Files.isRegularFile(FONT), "needs the font " + FONT + " (fonts-wqy-microhei)");
        Path font = Files.createSymbolicLink(nasty.resolve("font's [CJK].ttc"), FONT);
        Path textFile = Files.writeString(nasty.resolve("line's: 1, [a]; b.txt"), NASTY_TEXT, StandardCharsets.UTF_8);

        String fromFile = drawtextMd5(Filter.of("drawtext").set("fontfile", font.toString())
                .set("textfile", textFile.toString()).set("expansion", "none"), "file");
        String inline = drawtextMd5(Filter.of("drawtext").set("fontfile", font.toString())
                .set("text", NASTY_TEXT).set("expansion", "none"), "inline");
        String different = drawtextMd5(Filter.of("drawtext").set("fontfile", font.toString())
                .set("text", NASTY_TEXT.replace("'", "")).set("expansion", "none"), "different");

        Files.delete(font);

        assertThat(inline).isEqualTo(fromFile);
        assertThat(different).isNotEqualTo(inline);
    }

    @Test
    void concatListsHoldPathsWithApostrophes() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve(NASTY));
        List<String> lines = new ArrayList<>(List.of("ffconcat version 1.0"));
        for (String name : List.of("shot 'one'.mp4", "it's [two]; 100%.mp4")) {
            Path clip = folder.resolve(name);
            run("-f", "lavfi", "-i", "testsrc2=s=64x36:r=24:d=0.25", "-c:v", "libx264", clip.toString());
            lines.add(Escaping.concatFileLine(clip));
        }
        Path list = Files.write(folder.resolve("list's.ffconcat"), lines, StandardCharsets.UTF_8);
        Path joined = folder.resolve("joined.mp4");

        run("-f", "concat", "-safe", "0", "-i", list.toString(), "-c", "copy", joined.toString());

        JsonNode format = probe(joined, "format=duration").get("format");
        assertThat(format.get("duration").asText()).isEqualTo("0.500000");
    }

    @Test
    void ffmetadataValuesComeBackFromTheContainer() throws Exception {
        List<JsonNode> rows = Tables.rows("ffmetadata-values.json");
        StringBuilder file = new StringBuilder(";FFMETADATA1\n");
        for (int i = 0; i < rows.size(); i++) {
            file.append(Escaping.ffmetadata("KEY=" + i)).append('=')
                    .append(Escaping.ffmetadata(rows.get(i).get("value").asText())).append('\n');
        }
        Path metadata = Files.writeString(nasty.resolve("meta;data.txt"), file, StandardCharsets.UTF_8);
        Path out = tmp.resolve("tagged.mkv");

        run("-f", "lavfi", "-i", "color=s=64x36:d=0.04", "-i", metadata.toString(), "-map", "0", "-map_metadata", "1",
                "-c:v", "libx264", out.toString());

        JsonNode tags = probe(out, "format_tags").get("format").get("tags"); // Matroska keeps keys in capitals
        for (int i = 0; i < rows.size(); i++) {
            assertThat(tags.get("KEY=" + i)).as(rows.get(i).get("case").asText()).isNotNull();
            assertThat(tags.get("KEY=" + i).asText()).isEqualTo(rows.get(i).get("value").asText());
        }
    }

    private String drawtextMd5(Filter drawtext, String name) throws Exception {
        Path md5 = tmp.resolve(name + ".md5");
        run("-f", "lavfi", "-i", "color=c=black:s=320x180:d=0.04",
                "-vf", drawtext.set("fontsize", 16).set("fontcolor", "white").toString(),
                "-frames:v", "1", "-f", "md5", md5.toString());
        return Files.readString(md5);
    }

    private JsonNode probe(Path file, String entries) throws Exception {
        return new ObjectMapper().readTree(ffmpeg.runProbe(List.of("-v", "error", "-print_format", "json",
                "-show_entries", entries, file.toString())));
    }

    private void run(String... args) throws Exception {
        FFmpegProcess.start(ffmpeg, List.of(args), null).waitForSuccess();
    }
}
