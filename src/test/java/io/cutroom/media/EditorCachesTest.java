package io.cutroom.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cutroom.model.Rational;
import io.cutroom.testing.TestMedia;

class EditorCachesTest {

    @TempDir
    Path dir;

    @Test
    void theFoldersLieUnderTheCacheRoot() {
        assertThat(EditorCaches.folders()).containsExactly(ProbeCache.cacheRoot().resolve("thumbnails"),
                ProbeCache.cacheRoot().resolve("waveforms"));
    }

    @Test
    void showsAndEmptiesAFolder() throws Exception {
        Path folder = dir.resolve("thumbnails");
        assertThat(EditorCaches.usage(folder)).isEqualTo(new EditorCaches.Usage(0, 0));
        Thumbnails thumbnails = new Thumbnails(new MediaProbe(TestMedia.ffmpeg(), ProbeCache.inMemory()), folder,
                Runnable::run);
        Path clip = ClipReaderFormatsTest.CLIPS.resolve("s1a_t2.mp4");
        thumbnails.thumbnail(clip, Rational.ZERO, 36).get();
        thumbnails.thumbnail(clip, Rational.of(1), 36).get();
        EditorCaches.Usage usage = EditorCaches.usage(folder);
        assertThat(usage.files()).isEqualTo(2);
        assertThat(usage.bytes()).isPositive();
        assertThat(EditorCaches.clean(folder)).isEqualTo(usage);
        assertThat(EditorCaches.usage(folder)).isEqualTo(new EditorCaches.Usage(0, 0));
        assertThat(folder).isDirectory();
    }
}
