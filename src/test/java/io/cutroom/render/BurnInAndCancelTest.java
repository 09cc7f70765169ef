package io.cutroom.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cutroom.media.MediaProbe;
import io.cutroom.media.ProbeCache;
import io.cutroom.model.Card;
import io.cutroom.model.Color;
import io.cutroom.model.Episode;
import io.cutroom.model.Format;
import io.cutroom.model.FrameRate;
import io.cutroom.model.Project;
import io.cutroom.model.Rational;
import io.cutroom.model.Scene;
import io.cutroom.model.Shot;
import io.cutroom.model.Style;
import io.cutroom.model.SubtitleCue;
import io.cutroom.model.Transition;
import io.cutroom.testing.Projects;
import io.cutroom.testing.TestMedia;
import io.cutroom.timeline.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BurnInAndCancelTest {

    @TempDir
    Path dir;

    private static final Format FORMAT = new Format(320, 180, FrameRate.of(24), 48000);

    /** A black card with a subtitle from 1 s to 2 s. */
    private static Project cardWithSubtitle(String text) {
        Shot card = new Card("c", "", Rational.of(3), Color.BLACK, Color.WHITE, Transition.CUT, List.of(),
                List.of(new SubtitleCue(text, Rational.of(1), Rational.of(1), null)));
        return new Project(FORMAT, ".", Style.DEFAULT,
                List.of(new Episode("ep1", "", List.of(new Scene("s1", "INT. X", null, List.of(card))), List.of())));
    }

    private RenderPlan plan(Project project, Preset.SubtitleMode mode, Path output) throws Exception {
        Preflight.Report report = Preflight.check(project, dir, "ep1",
                new MediaProbe(TestMedia.ffmpeg(), ProbeCache.none()), mode == Preset.SubtitleMode.BURN);
        assertThat(report.hasErrors()).as(report.problems().toString()).isFalse();
        Preset preset = Presets.bundled("preview-540p").withSubtitles(mode);
        return Planner.plan(new Planner.Request(report.cut(), preset, report.media(), report.text(), output,
                dir.resolve(output.getFileName() + ".work")));
    }

    /** The brightest luma in the bottom third of frame {@code n}. */
    private static int bottomPeak(Path video, int n) {
        String stderr = TestMedia.ffmpegStderr("-i", video.toString(), "-vf",
                "select=eq(n\\," + n + "),crop=iw:ih/3:0:ih*2/3,signalstats,metadata=print:key=lavfi.signalstats.YMAX",
                "-frames:v", "1", "-f", "null", "-");
        Matcher m = Pattern.compile("YMAX=([0-9]+)").matcher(stderr);
        assertThat(m.find()).as(stderr).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void burnsChineseAndPunctuationIntoThePictureOnlyWhileTheCueIsOn() throws Exception {
        Path out = dir.resolve("burn.mp4");
        new Renderer(TestMedia.ffmpeg(), 1).run(plan(cardWithSubtitle("It's 3:00, [ok]; 100%\n你好，世界"),
                Preset.SubtitleMode.BURN, out), Renderer.Listener.NONE);

        assertThat(bottomPeak(out, 12)).isLessThan(40);
        assertThat(bottomPeak(out, 36)).isGreaterThan(200);
        assertThat(bottomPeak(out, 60)).isLessThan(40);
        // burned in: no soft track, but the sidecars are still written
        assertThat(TestMedia.probe("-v", "error", "-show_entries", "stream=codec_type", "-of", "csv=p=0", out.toString()))
                .doesNotContain("subtitle");
        assertThat(dir.resolve("burn.srt")).exists();
    }

    @Test
    void refusesToBurnTextThatNoSingleFontCanDraw() {
        // WenQuanYi draws the Chinese but not the emoji; DejaVu the emoji but not the Chinese
        Preflight.Report report = Preflight.check(cardWithSubtitle("你好 😀"), dir, "ep1",
                new MediaProbe(TestMedia.ffmpeg(), ProbeCache.none()), true);
        assertThat(report.problems()).extracting(Problem::toString).singleElement().asString()
                .startsWith("error: style › subtitles › font: no installed font can draw \"😀\" (tried ");
        assertThat(report.cut()).isNull();
    }

    @Test
    void aCancelledRenderLeavesNothingBehind() throws Exception {
        TestMedia.clip(dir.resolve("media/long.mp4"), "640x360", "30", 20, 440);
        Project project = Projects.project(new Format(640, 360, FrameRate.of(30), 48000), List.of(),
                Projects.scene("s1", Projects.take("a", "media/long.mp4", "0", "20")),
                Projects.scene("s2", Projects.take("b", "media/long.mp4", "0", "20")));
        Path out = dir.resolve("cancelled.mp4");
        Preset slow = Presets.bundled("web-1080p");
        Preflight.Report report = Preflight.check(project, dir, "ep1", new MediaProbe(TestMedia.ffmpeg(), ProbeCache.none()), false);
        RenderPlan plan = Planner.plan(new Planner.Request(report.cut(), slow, report.media(), report.text(), out,
                dir.resolve("work")));
        Renderer renderer = new Renderer(TestMedia.ffmpeg(), 2);
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<Throwable> result = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                renderer.run(plan, (fraction, speed, eta, stage) -> {
                    if (fraction > 0) {
                        started.countDown();
                    }
                });
            } catch (Throwable e) {
                result.set(e);
            }
        });
        t.start();
        assertThat(started.await(60, TimeUnit.SECONDS)).isTrue();
        renderer.cancel();
        t.join(30_000);

        assertThat(t.isAlive()).isFalse();
        assertThat(result.get()).isInstanceOf(RenderException.class).hasMessage("the render was cancelled");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString()).toList()).containsExactly("media");
        }
    }

    @Test
    void aFailingJobNamesItselfAndLeavesNothingBehind() throws Exception {
        Path out = dir.resolve("fail.mp4");
        RenderPlan plan = plan(cardWithSubtitle("x"), Preset.SubtitleMode.SOFT, out);
        Job broken = new Job("scene s1", List.of("-f", "lavfi", "-i", "nosuchsource", "-f", "null", "-"), 1, 1, List.of());
        RenderPlan bad = new RenderPlan(plan.output(), plan.partialOutput(), plan.workDir(), plan.files(), List.of(broken),
                plan.sounds(), plan.mix(), plan.audio(), plan.chunkedAudio(), plan.mux(), plan.sidecars(), plan.normalisation());

        assertThatThrownBy(() -> new Renderer(TestMedia.ffmpeg(), 1).run(bad, Renderer.Listener.NONE))
                .isInstanceOf(RenderException.class).hasMessageStartingWith("scene s1: ffmpeg failed with exit code");
        try (var left = Files.list(dir)) {
            assertThat(left.toList()).isEmpty();
        }
    }
}
