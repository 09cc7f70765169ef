package io.cutroom.ffmpeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cutroom.testing.TestMedia;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Finding ffmpeg: --ffmpeg, CUTROOM_FFMPEG, bundled. Fake executables are small shell scripts. */
@DisabledOnOs(OS.WINDOWS)
class FFmpegLocateTest {

    @TempDir
    Path dir;

    @Test
    void usesTheBundledBuildWithItsLibraryPath() throws FFmpegException {
        FFmpeg ffmpeg = FFmpeg.locate(Optional.empty(), Map.of("PATH", "/usr/bin"));
        assertThat(ffmpeg.origin()).isEqualTo("bundled");
        assertThat(ffmpeg.ffmpeg().getFileName()).hasToString("ffmpeg");
        assertThat(ffmpeg.ffprobe()).isEqualTo(ffmpeg.ffmpeg().resolveSibling("ffprobe"));
        assertThat(ffmpeg.environment()).containsExactly(
                Map.entry("LD_LIBRARY_PATH", ffmpeg.ffmpeg().getParent().toString()));
    }

    @Test
    void reportsVersionEncodersAndFiltersOfTheBundledBuild() throws FFmpegException {
        FFmpeg ffmpeg = TestMedia.ffmpeg();
        assertThat(ffmpeg.version()).isEqualTo("8.1.2");
        assertThat(ffmpeg.encoders()).contains("libx264", "libx265", "aac", "libopus", "prores_ks")
                .doesNotContain("------", "=");
        assertThat(ffmpeg.filters()).contains("drawtext", "loudnorm", "xfade", "concat", "metadata")
                .doesNotContain("subtitles", "ass");
    }

    @Test
    void takesTheEnvironmentVariableWithFfprobeBesideIt() throws Exception {
        Path ffmpeg = script(dir.resolve("ffmpeg"), "echo 'ffmpeg version 7.1.1-custom Copyright'");
        Path ffprobe = script(dir.resolve("ffprobe"), "true");
        FFmpeg found = FFmpeg.locate(Optional.empty(), Map.of("CUTROOM_FFMPEG", ffmpeg.toString()));
        assertThat(found).isEqualTo(new FFmpeg(ffmpeg, ffprobe, Map.of(), "CUTROOM_FFMPEG"));
        assertThat(found.version()).isEqualTo("7.1.1-custom");
    }

    @Test
    void acceptsTheFolderHoldingFfmpeg() throws Exception {
        Path ffmpeg = script(dir.resolve("ffmpeg"), "true");
        Path ffprobe = script(dir.resolve("ffprobe"), "true");
        assertThat(FFmpeg.locate(Optional.of(dir), Map.of()))
                .isEqualTo(new FFmpeg(ffmpeg, ffprobe, Map.of(), "--ffmpeg"));
    }

    @Test
    void theOptionWinsOverTheEnvironmentVariable() throws Exception {
        Path option = script(dir.resolve("a/ffmpeg"), "true");
        script(dir.resolve("a/ffprobe"), "true");
        Path variable = script(dir.resolve("b/ffmpeg"), "true");
        script(dir.resolve("b/ffprobe"), "true");
        FFmpeg found = FFmpeg.locate(Optional.of(option), Map.of("CUTROOM_FFMPEG", variable.toString()));
        assertThat(found.ffmpeg()).isEqualTo(option);
        assertThat(found.origin()).isEqualTo("--ffmpeg");
    }

    @Test
    void looksForFfprobeOnThePathWhenItIsNotBesideFfmpeg() throws Exception {
        Path ffmpeg = script(dir.resolve("a/ffmpeg-7"), "true");
        Path ffprobe = script(dir.resolve("b/ffprobe"), "true");
        FFmpeg found = FFmpeg.locate(Optional.of(ffmpeg), Map.of("PATH", dir.resolve("nothing") + ":" + dir.resolve("b")));
        assertThat(found.ffprobe()).isEqualTo(ffprobe);
    }

    @Test
    void namesTheMissingExecutableAndWhereItCameFrom() throws Exception {
        Path missing = dir.resolve("nowhere/ffmpeg");
        assertThatThrownBy(() -> FFmpeg.locate(Optional.of(missing), Map.of()))
                .isInstanceOf(FFmpegException.class)
                .hasMessage(missing + " (given by --ffmpeg) does not exist");
        assertThatThrownBy(() -> FFmpeg.locate(Optional.empty(), Map.of("CUTROOM_FFMPEG", missing.toString())))
                .isInstanceOf(FFmpegException.class)
                .hasMessage(missing + " (given by CUTROOM_FFMPEG) does not exist");
        assertThatThrownBy(() -> FFmpeg.locate(Optional.of(dir), Map.of()))
                .isInstanceOf(FFmpegException.class)
                .hasMessage(dir.resolve("ffmpeg") + " (given by --ffmpeg) does not exist");
    }

    @Test
    void refusesAFileThatIsNotExecutable() throws Exception {
        Path plain = Files.writeString(dir.resolve("ffmpeg"), "not a program");
        assertThatThrownBy(() -> FFmpeg.locate(Optional.of(plain), Map.of()))
                .isInstanceOf(FFmpegException.class)
                .hasMessage(plain + " (given by --ffmpeg) is not executable");
    }

    @Test
    void saysWhenFfprobeIsNowhere() throws Exception {
        Path ffmpeg = script(dir.resolve("ffmpeg"), "true");
        assertThatThrownBy(() -> FFmpeg.locate(Optional.of(ffmpeg), Map.of("PATH", dir.resolve("empty").toString())))
                .isInstanceOf(FFmpegException.class)
                .hasMessage("ffprobe was not found beside " + ffmpeg + " (given by --ffmpeg) nor on PATH");
    }

    @Test
    void saysWhenTheProgramIsNotFfmpeg() throws Exception {
        Path ffmpeg = script(dir.resolve("ffmpeg"), "echo 'hello'");
        script(dir.resolve("ffprobe"), "true");
        FFmpeg found = FFmpeg.locate(Optional.of(ffmpeg), Map.of());
        assertThatThrownBy(found::version)
                .isInstanceOf(FFmpegException.class)
                .hasMessage(ffmpeg + " (given by --ffmpeg) does not look like ffmpeg: -version printed 'hello'");
    }

    @Test
    void reportsAProgramThatFails() throws Exception {
        Path ffmpeg = script(dir.resolve("ffmpeg"), "echo 'error while loading shared libraries: libfoo.so' >&2; exit 127");
        script(dir.resolve("ffprobe"), "true");
        FFmpeg found = FFmpeg.locate(Optional.of(ffmpeg), Map.of());
        assertThatThrownBy(found::encoders)
                .isInstanceOf(FFmpegException.class)
                .hasMessage("ffmpeg failed with exit code 127: error while loading shared libraries: libfoo.so");
    }

    private static Path script(Path path, String body) throws IOException {
        Files.createDirectories(path.getParent());
        Files.writeString(path, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
        return path;
    }
}
