package io.cutroom.ui.media;

import static io.cutroom.testing.Projects.scene;
import static io.cutroom.testing.Projects.take;
import static org.assertj.core.api.Assertions.assertThat;

import io.cutroom.media.MediaProbe;
import io.cutroom.media.ProbeCache;
import io.cutroom.model.Format;
import io.cutroom.model.FrameRate;
import io.cutroom.model.Rational;
import io.cutroom.testing.Projects;
import io.cutroom.testing.TestMedia;
import io.cutroom.timeline.Cut;
import io.cutroom.timeline.Resolver;
import io.cutroom.timeline.SourceDurations;
import io.cutroom.ui.viewer.Picture;
import io.cutroom.ui.viewer.SourceFrame;
import io.cutroom.ui.viewer.ViewerViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.image.Image;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * The viewer shows, at every frame of the cut, the exact frame of the take the cut plays there: a
 * 29.97 fps clip whose frames carry their numbers, cut into a 24 fps episode from 2.5 s in.
 */
class DecodedFramesTest {

    static final Rational CLIP_RATE = Rational.of(30000, 1001);

    @TempDir
    static Path dir;
    static Path clip;
    static Cut cut;
    static MediaProbe probe;

    @BeforeAll
    static void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
        clip = NumberedFrames.make(dir.resolve("numbered.mp4"), "30000/1001", 300);
        var project = Projects.project(new Format(320, 180, FrameRate.of(24), 48000), List.of(),
                scene("s1", take("a", "numbered.mp4", "2.5", "6"), take("b", "numbered.mp4", "0", "1")));
        cut = Resolver.resolve(project, "ep1", dir, SourceDurations.unknown());
        probe = new MediaProbe(TestMedia.ffmpeg(), ProbeCache.inMemory());
    }

    /**
     * The number of the clip's frame {@code which} chooses: the last one before its time, unless
     * that is before the in point, where the first after it stands in.
     */
    static int expected(SourceFrame which) {
        long last = ceil(which.before().multiply(CLIP_RATE)) - 1;
        long firstAfterIn = ceil(which.notBefore().multiply(CLIP_RATE));
        return (int) Math.max(last, firstAfterIn);
    }

    static long ceil(Rational r) {
        return -r.negate().floor();
    }

    /** The last frame before {@code t}. */
    static SourceFrame before(Rational t) {
        return new SourceFrame(t, t, Rational.ZERO);
    }

    /** Decodes at once (the worker is the calling thread) and answers the frame. */
    static Image frame(DecodedFrames frames, Path source, SourceFrame which) {
        Optional<Image> first = frames.frame(source, which, () -> { });
        return first.orElseGet(() -> frames.frame(source, which, () -> { }).orElseThrow());
    }

    @Test
    void everyFrameOfTheCutShowsTheExactSourceFrame() {
        DecodedFrames frames = new DecodedFrames(probe, Runnable::run, Runnable::run);
        frames.setPictureHeight(60);
        ViewerViewModel viewer = new ViewerViewModel();
        List<Long> order = new ArrayList<>();
        for (long f = 0; f < cut.durationFrames(); f++) {
            order.add(f); // playing: forward, frame after frame
        }
        order.addAll(List.of(100L, 3L, 83L, 84L, 0L, 60L, 59L, 107L, 1L)); // scrubbing: jumps both ways
        for (long f : order) {
            viewer.show(cut, f);
            Picture p = viewer.pictureProperty().get();
            assertThat(p.source()).isEqualTo(clip);
            Rational expectedTime = f < 84 ? Rational.of(5, 2).add(Rational.of(f, 24)) : Rational.of(f - 84, 24);
            assertThat(p.frame().time()).as("source time at frame %d", f).isEqualTo(expectedTime);
            assertThat(NumberedFrames.read(frame(frames, p.source(), p.frame())))
                    .as("the source frame shown at timeline frame %d", f).isEqualTo(expected(p.frame()));
        }
    }

    @Test
    void aFrameAskedForAgainIsAnsweredAtOnceAndPicturesKeepTheClipsShapeAtTheViewersHeight() {
        DecodedFrames frames = new DecodedFrames(probe, Runnable::run, Runnable::run);
        frames.setPictureHeight(90);
        List<String> ready = new ArrayList<>();
        SourceFrame t = before(Rational.of(1));

        assertThat(frames.frame(clip, t, () -> ready.add("ready"))).as("decoded in the background").isEmpty();
        assertThat(ready).containsExactly("ready");
        Image image = frames.frame(clip, t, () -> ready.add("again")).orElseThrow();
        assertThat(ready).as("nothing more to wait for").containsExactly("ready");
        assertThat(image.getHeight()).isEqualTo(90);
        assertThat(image.getWidth()).isEqualTo(48);
        assertThat(frames.frame(clip, before(Rational.of(1).add(Rational.of(1, 2000))), () -> { }))
                .as("the same frame is still shown")
                .containsSame(image);
    }

    @Test
    void theNextShotIsDecodedBeforeItIsNeeded() {
        DecodedFrames frames = new DecodedFrames(probe, Runnable::run, Runnable::run);
        SourceFrame t = before(Rational.of(7, 2));

        frames.prepare(clip, t);

        Optional<Image> image = frames.frame(clip, t, () -> { });
        assertThat(image).isPresent();
        assertThat(NumberedFrames.read(image.get())).isEqualTo(expected(t));
    }

    @Test
    void aFileThatCannotBeReadIsUnavailableRatherThanAwaited() {
        DecodedFrames frames = new DecodedFrames(probe, Runnable::run, Runnable::run);
        Path missing = dir.resolve("missing.mp4");

        assertThat(frames.frame(missing, before(Rational.ZERO), () -> { })).isEmpty();

        assertThat(frames.unavailable(missing)).isTrue();
        assertThat(frames.unavailable(clip)).isFalse();
        List<String> asked = new ArrayList<>();
        frames.frame(missing, before(Rational.of(1)), () -> asked.add("ready"));
        assertThat(asked).as("not tried again").isEmpty();
    }
}
