package io.cutroom.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cutroom.testing.TestMedia;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import io.cutroom.ffmpeg.FFmpeg;
import io.cutroom.model.Rational;

/**
 * The cache answers without ffprobe: after a first probe, a second probe goes through an "ffprobe"
 * that only fails, so any answer must come from the cache.
 */
@DisabledOnOs(OS.WINDOWS)
class ProbeCacheTest {

    @TempDir
    Path dir;
    Path cacheDir;
    Path clip;
    FFmpeg broken;

    @BeforeEach
    void setUp() throws Exception {
        cacheDir = dir.resolve("cache");
        clip = TestMedia.make("-f", "lavfi", "-i", "testsrc2=s=64x36:r=24:d=0.2", "-c:v", "libx264",
                dir.resolve("clip.mp4").toString());
        Path fake = dir.resolve("fake");
        Files.createDirectories(fake);
        for (String tool : new String[] {"ffmpeg", "ffprobe"}) {
            Path script = Files.writeString(fake.resolve(tool), "#!/bin/sh\necho 'this ffprobe always fails' >&2\nexit 1\n");
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        broken = FFmpeg.locate(Optional.of(fake), Map.of());
    }

    @Test
    void answersFromItsFolderInALaterRun() throws Exception {
        MediaInfo first = new MediaProbe(TestMedia.ffmpeg(), ProbeCache.inFolder(cacheDir)).probe(clip);
        MediaInfo later = new MediaProbe(broken, ProbeCache.inFolder(cacheDir)).probe(clip);
        assertThat(later).isEqualTo(first);
        try (var files = Files.list(cacheDir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactly(ProbeCache.fileName(clip.toAbsolutePath()));
        }
    }

    @Test
    void answersForTheSameFileReachedByAnotherPath() throws Exception {
        ProbeCache cache = ProbeCache.inMemory();
        new MediaProbe(TestMedia.ffmpeg(), cache).probe(clip);
        Path other = dir.resolve("fake/../clip.mp4");
        assertThat(new MediaProbe(broken, cache).probe(other).path()).isEqualTo(other);
    }

    @Test
    void remembersVerification() throws Exception {
        new MediaProbe(TestMedia.ffmpeg(), ProbeCache.inFolder(cacheDir)).verify(clip);
        assertThat(new MediaProbe(broken, ProbeCache.inFolder(cacheDir)).verify(clip).hasVideo()).isTrue();
    }

    @Test
    void probesAgainWhenTheFileChanges() throws Exception {
        ProbeCache cache = ProbeCache.inFolder(cacheDir);
        new MediaProbe(TestMedia.ffmpeg(), cache).probe(clip);
        Files.setLastModifiedTime(clip, FileTime.fromMillis(Files.getLastModifiedTime(clip).toMillis() + 2000));
        assertThatThrownBy(() -> new MediaProbe(broken, cache).probe(clip))
                .isInstanceOf(MediaException.class)
                .hasMessage(clip + ": not a media file ffprobe can read (this ffprobe always fails)");
    }

    @Test
    void replacesACorruptCacheFile() throws Exception {
        new MediaProbe(TestMedia.ffmpeg(), ProbeCache.inFolder(cacheDir)).probe(clip);
        Files.writeString(cacheDir.resolve(ProbeCache.fileName(clip.toAbsolutePath())), "{ not json");
        assertThatThrownBy(() -> new MediaProbe(broken, ProbeCache.inFolder(cacheDir)).probe(clip))
                .isInstanceOf(MediaException.class);
        new MediaProbe(TestMedia.ffmpeg(), ProbeCache.inFolder(cacheDir)).probe(clip);
        assertThat(new MediaProbe(broken, ProbeCache.inFolder(cacheDir)).probe(clip).hasVideo()).isTrue();
    }

    @Test
    void noneRemembersNothing() throws Exception {
        ProbeCache none = ProbeCache.none();
        new MediaProbe(TestMedia.ffmpeg(), none).probe(clip);
        assertThatThrownBy(() -> new MediaProbe(broken, none).probe(clip)).isInstanceOf(MediaException.class);
    }

    @Test
    void keepsEveryFieldExactly() {
        MediaInfo info = new MediaInfo(Path.of("/m/a.mp4"), 1234, 5678, "mov,mp4,m4a,3gp,3g2,mj2", Rational.of(563, 125),
                Optional.of(new VideoInfo("hevc", 1440, 1080, Rational.of(4, 3), 90, "yuv420p10le", 10,
                        Rational.of(30000, 1001), Rational.of(2997, 100), true, Rational.of(1, 3))),
                Optional.of(new AudioInfo("aac", 48000, 2, Rational.of(4, 1))));
        assertThat(MediaInfoJson.read(info.path(), MediaInfoJson.write(info))).isEqualTo(info);
        MediaInfo audioOnly = new MediaInfo(Path.of("/m/b.wav"), 1, 2, "wav", Rational.of(1, 2), Optional.empty(),
                Optional.of(new AudioInfo("pcm_s16le", 44100, 1, Rational.of(1, 2))));
        assertThat(MediaInfoJson.read(audioOnly.path(), MediaInfoJson.write(audioOnly))).isEqualTo(audioOnly);
    }

    @Test
    void findsItsDefaultFolder() {
        Path home = Path.of("/home/ann");
        assertThat(ProbeCache.defaultFolder(Map.of("CUTROOM_CACHE", "/c", "XDG_CACHE_HOME", "/x"), home))
                .isEqualTo(Path.of("/c/probe"));
        assertThat(ProbeCache.defaultFolder(Map.of("XDG_CACHE_HOME", "/x"), home)).isEqualTo(Path.of("/x/cutroom/probe"));
        assertThat(ProbeCache.defaultFolder(Map.of("CUTROOM_CACHE", " "), home))
                .isEqualTo(Path.of("/home/ann/.cache/cutroom/probe"));
    }

    @Test
    void aCacheThatCannotBeWrittenCostsNothingButTime() throws Exception {
        Path blocked = Files.writeString(dir.resolve("blocked"), "a file where the cache folder should be");
        assertThat(new MediaProbe(TestMedia.ffmpeg(), ProbeCache.inFolder(blocked)).probe(clip).hasVideo()).isTrue();
    }
}
