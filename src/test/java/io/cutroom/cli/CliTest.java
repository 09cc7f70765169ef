package io.cutroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cutroom.testing.TestMedia;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path dir;

    record Result(int exit, String out, String err) {
    }

    static Result cutroom(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(exit, out.toString(), err.toString());
    }

    private Path project(String shots) throws Exception {
        Path file = dir.resolve("p.cutroom.json");
        Files.writeString(file, """
                {
                  "cutroom": 1,
                  "format": { "width": 320, "height": 180, "frameRate": "24" },
                  "mediaRoot": "media",
                  "episodes": [ { "id": "ep1", "title": "T", "scenes": [
                    { "id": "s1", "heading": "INT. A", "shots": [ %s ] } ] } ]
                }
                """.formatted(shots));
        return file;
    }

    @Test
    void checkNamesATruncatedClipATextFileAndAMissingFileAndFails() throws Exception {
        Path whole = TestMedia.clip(dir.resolve("whole.mp4"), "320x180", "24", 2, 0);
        byte[] bytes = Files.readAllBytes(whole);
        Files.createDirectories(dir.resolve("media"));
        Files.write(dir.resolve("media/cut.mp4"), Arrays.copyOf(bytes, bytes.length / 2));
        Files.writeString(dir.resolve("media/notes.mp4"), "these are my notes, not a video\n");
        Path p = project("""
                { "type": "take", "id": "a", "takes": [ { "id": "t1", "source": "cut.mp4", "out": 1 } ] },
                { "type": "take", "id": "b", "takes": [ { "id": "t1", "source": "notes.mp4", "out": 1 } ] },
                { "type": "take", "id": "c", "takes": [ { "id": "t2", "source": "gone.mp4", "out": 1 } ] }""");

        Result r = cutroom("check", p.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains(
                "error: episode ep1 › scene s1 › shot a › take t1: cut.mp4: truncated: moov atom not found",
                "error: episode ep1 › scene s1 › shot b › take t1: notes.mp4: not a media file ffprobe can read",
                "error: episode ep1 › scene s1 › shot c › take t2: gone.mp4: file not found",
                "p.cutroom.json: 3 errors, 0 warnings");
        assertThat(r.out() + r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void renderRefusesBeforeFFmpegStartsWhenCheckFails() throws Exception {
        Path p = project("""
                { "type": "take", "id": "a", "takes": [ { "id": "t1", "source": "gone.mp4", "out": 1 } ] }""");
        Path out = dir.resolve("out.mp4");

        Result r = cutroom("render", p.toString(), "-o", out.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("error: episode ep1 › scene s1 › shot a › take t1: gone.mp4: file not found")
                .contains("cutroom: not rendering p.cutroom.json: 1 error, 0 warnings");
        assertThat(out).doesNotExist();
    }

    @Test
    void aBrokenProjectFileIsAMessageNamingTheLineNotAStackTrace() throws Exception {
        Path p = dir.resolve("bad.cutroom.json");
        Files.writeString(p, "{\n  \"cutroom\": 1,\n  \"format\": 12\n}\n");

        Result r = cutroom("check", p.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("cutroom: " + p + ":3:").doesNotContain("\tat ");
    }

    @Test
    void cacheShowsAndCleansTheRenderCacheAndTheEditorsThumbnailsAndWaveforms() throws Exception {
        String before = System.getProperty("cutroom.cache");
        System.setProperty("cutroom.cache", dir.resolve("cache").toString());
        try {
            Files.createDirectories(dir.resolve("cache/render/picture-0123"));
            Files.write(dir.resolve("cache/render/picture-0123/video.mp4"), new byte[2048]);
            Files.createDirectories(dir.resolve("cache/thumbnails"));
            Files.write(dir.resolve("cache/thumbnails/a.jpg"), new byte[1000]);
            Files.createDirectories(dir.resolve("cache/waveforms"));
            Files.write(dir.resolve("cache/waveforms/a.wave"), new byte[500]);

            Result shown = cutroom("cache");
            assertThat(shown.out()).contains("folder   " + dir.resolve("cache/render"), "entries  1\n",
                    "editor   2 files, ");

            Result cleaned = cutroom("cache", "--clean");
            assertThat(cleaned.out()).contains("removed 1 entries", "removed 2 thumbnails and waveforms");
            try (var left = Files.list(dir.resolve("cache/thumbnails"))) {
                assertThat(left).isEmpty();
            }
        } finally {
            if (before == null) {
                System.clearProperty("cutroom.cache");
            } else {
                System.setProperty("cutroom.cache", before);
            }
        }
    }

    @Test
    void dryRunPrintsTheExactCommandsAndWritesNothing() throws Exception {
        TestMedia.clip(dir.resolve("media/a.mp4"), "320x180", "24", 2, 440);
        Path p = project("""
                { "type": "take", "id": "a", "takes": [ { "id": "t1", "source": "a.mp4", "out": 1 } ] }""");

        Result r = cutroom("render", p.toString(), "--preset", "preview-540p", "--dry-run");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("# scene s1 › a, not cached yet (@THREADS@ is the encoder threads", "# scene s1 sound, not cached yet\n",
                        "# audio mix, not cached yet\n", "# audio encoding, not cached yet: in 1 part (",
                        "# final file\n")
                .contains("-filter_complex").contains("libx264").contains("ebur128=peak=true:framelog=quiet")
                .contains("then .p.mp4.partial is renamed to " + dir.resolve("p.mp4"));
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
                    .containsExactly("media", "p.cutroom.json");
        }
    }

    @Test
    void presetsListsTheBundledOnes() {
        Result r = cutroom("presets");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("web-1080p", "vertical-1080x1920", "preview-540p", "master-prores", "archive-av1");
    }

    @Test
    void probeDescribesMediaAndNamesFilesItCannotRead() throws Exception {
        Path clip = TestMedia.clip(dir.resolve("a.mp4"), "320x180", "25", 1, 440);
        Files.writeString(dir.resolve("x.mp4"), "text");

        Result r = cutroom("probe", clip.toString(), dir.resolve("x.mp4").toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("video: h264 320x180, 25 fps, yuv420p 8-bit").contains("audio: aac 44100 Hz, 1 channel");
        assertThat(r.err()).contains(dir.resolve("x.mp4") + ": not a media file ffprobe can read");
    }

    @Test
    void doctorSaysWhichFFmpegAndFont() {
        Result r = cutroom("doctor");
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).contains("(bundled)").contains("version   8.").contains("libx264").contains("wqy-microhei")
                .doesNotContain("MISSING");
    }

    @Test
    void anInterruptedRenderStopsFFmpegAndLeavesNoPartialOutput() throws Exception {
        TestMedia.clip(dir.resolve("media/long.mp4"), "1280x720", "30", 30, 440);
        Path p = project("""
                { "type": "take", "id": "a", "takes": [ { "id": "t1", "source": "long.mp4", "out": 30 } ] }""");
        Path out = dir.resolve("out.mp4");
        ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "render", p.toString(),
                "-o", out.toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile());
        builder.environment().put("CUTROOM_CACHE", Files.createTempDirectory("cutroom-cli-cache").toString());
        Process cutroom = builder.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.readString(dir.resolve("log.txt")).contains("progress ") && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(Files.readString(dir.resolve("log.txt"))).contains("progress ");

        cutroom.destroy(); // SIGTERM, which runs the same shutdown path as Ctrl-C's SIGINT
        assertThat(cutroom.waitFor(30, TimeUnit.SECONDS)).isTrue();

        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
                    .containsExactly("log.txt", "media", "p.cutroom.json");
        }
        assertThat(ProcessHandle.allProcesses().filter(h -> h.info().command().orElse("").endsWith("/ffmpeg")
                && h.info().arguments().map(a -> String.join(" ", a).contains(out.getFileName().toString())).orElse(false))
                .count()).isZero();
    }
}
