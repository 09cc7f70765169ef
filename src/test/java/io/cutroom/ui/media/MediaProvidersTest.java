package io.cutroom.ui.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.cutroom.media.MediaProbe;
import io.cutroom.media.ProbeCache;
import io.cutroom.media.Thumbnails;
import io.cutroom.media.Waveform;
import io.cutroom.media.Waveforms;
import io.cutroom.model.Rational;
import io.cutroom.testing.TestMedia;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.image.Image;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** The timeline's thumbnails and waveforms, from media's caches, with every thread the test's own. */
class MediaProvidersTest {

    @TempDir
    static Path dir;
    static Path clip;
    static Path tone;

    @BeforeAll
    static void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
        clip = NumberedFrames.make(dir.resolve("numbered.mp4"), "24", 48);
        tone = TestMedia.tone(dir.resolve("line.wav"), 440, 2);
    }

    @Test
    void aThumbnailIsTheFrameAtTheTimeAtTheHeightAskedAndIsMadeOnce() {
        MediaThumbnails thumbnails = new MediaThumbnails(new Thumbnails(new MediaProbe(TestMedia.ffmpeg(), ProbeCache.inMemory()),
                dir.resolve("thumbnails"), Runnable::run), Runnable::run);
        List<String> ready = new ArrayList<>();

        assertThat(thumbnails.thumbnail(clip, Rational.of(1), 40, () -> ready.add("ready"))).isEmpty();
        Optional<Image> image = thumbnails.thumbnail(clip, Rational.of(1), 40, () -> ready.add("again"));

        assertThat(ready).containsExactly("ready");
        assertThat(image).isPresent();
        assertThat(image.get().getHeight()).isEqualTo(40);
        assertThat(image.get().getWidth()).as("the clip's shape, 64x120").isEqualTo(21);
        assertThat(NumberedFrames.read(image.get())).as("frame 24 is shown at 1 s").isEqualTo(24);
    }

    @Test
    void aFileThatCannotBeReadGetsNoThumbnailAndIsNotAskedForAgain() {
        List<Path> decoded = new ArrayList<>();
        Thumbnails media = new Thumbnails(new MediaProbe(TestMedia.ffmpeg(), ProbeCache.inMemory()), dir.resolve("thumbnails"),
                r -> {
                    decoded.add(clip);
                    r.run();
                });
        MediaThumbnails thumbnails = new MediaThumbnails(media, Runnable::run);
        Path missing = dir.resolve("gone.mp4");
        List<String> ready = new ArrayList<>();

        thumbnails.thumbnail(missing, Rational.ZERO, 40, () -> ready.add("ready"));
        thumbnails.thumbnail(missing, Rational.ZERO, 40, () -> ready.add("ready"));

        assertThat(ready).isEmpty();
        assertThat(thumbnails.thumbnail(missing, Rational.ZERO, 40, () -> { })).isEmpty();
        assertThat(decoded).as("a missing file is not even decoded").isEmpty();
    }

    @Test
    void aWaveformArrivesOnceComputedAndASilentOrMissingFileHasNone() {
        MediaWaveforms waveforms = new MediaWaveforms(new Waveforms(dir.resolve("waveforms"), Runnable::run), Runnable::run);
        List<String> ready = new ArrayList<>();

        assertThat(waveforms.waveform(tone, () -> ready.add("ready"))).isEmpty();
        Waveform wave = waveforms.waveform(tone, () -> { }).orElseThrow();

        assertThat(ready).containsExactly("ready");
        assertThat(wave.buckets()).isEqualTo(2 * Waveform.BUCKETS_PER_SECOND);
        assertThat(wave.max(0, wave.buckets())).as("the sine's peak").isGreaterThan(0.1f);
        assertThat(waveforms.waveform(clip, () -> ready.add("silent"))).isEmpty();
        assertThat(waveforms.waveform(dir.resolve("gone.wav"), () -> ready.add("missing"))).isEmpty();
        assertThat(ready).containsExactly("ready");
    }
}
