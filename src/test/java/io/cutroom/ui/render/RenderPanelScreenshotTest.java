package io.cutroom.ui.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.cutroom.model.Project;
import io.cutroom.projectfile.ProjectFile;
import io.cutroom.render.EpisodeRender;
import io.cutroom.render.Presets;
import io.cutroom.render.Renderer;
import io.cutroom.timeline.Problem;
import io.cutroom.ui.TaskExecutor;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The render panel in a real window (GTK, not Monocle) for the example episode, mid-render and
 * finished, written to {@code target/screenshots/render-panel*.png} for a person to look at. Runs
 * with the editor's screenshot ({@code scripts/screenshot.sh}).
 */
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+",
        disabledReason = "needs a display (DISPLAY is not set): scripts/screenshot.sh runs it under Xvfb")
class RenderPanelScreenshotTest {

    static final Path EXAMPLE = Path.of("test-media/example/pilot.cutroom.json").toAbsolutePath();

    /** Reports a render a third of the way through, then waits to be let go. */
    static final class PausedEngine implements RenderEngine {
        final CountDownLatch reported = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public Outcome render(Job job, Renderer.Listener listener) throws InterruptedException {
            listener.progress(0.34, 3.1, Duration.ofSeconds(83), "scene s2 › s2-b");
            reported.countDown();
            release.await(30, TimeUnit.SECONDS);
            return new Outcome(List.of(Problem.warning("episode ep1 › scene s3 › shot s3-c",
                    "subtitle 2 is on screen for 0.6 s; 1 s or more reads comfortably")),
                    new EpisodeRender.Finished(job.output(), Duration.ofMillis(48_200),
                            new Renderer.Result(List.of("scene s2 › s2-b"), List.of(), "-19.4 LUFS, raised 5.4 dB to -14.0 LUFS"),
                            "picture: 1 of 16 segments re-encoded, 15 from the cache; sound: remixed",
                            List.of(job.output().resolveSibling("pilot.srt"), job.output().resolveSibling("pilot.vtt")),
                            List.of()));
        }

        @Override
        public void cancel() {
            release.countDown();
        }
    }

    @Test
    void theRenderPanelMidRenderAndFinished() throws Exception {
        Path out = Path.of(System.getProperty("screenshot.dir", "target/screenshots"));
        Files.createDirectories(out);
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        assertThat(started.await(20, TimeUnit.SECONDS)).isTrue();
        Project project = ProjectFile.read(EXAMPLE);
        PausedEngine engine = new PausedEngine();
        AtomicReference<RenderView> view = new AtomicReference<>();
        AtomicReference<RenderViewModel> vm = new AtomicReference<>();
        Platform.runLater(() -> {
            RenderViewModel model = new RenderViewModel(engine, new Presets(out.resolve("no-user-presets")),
                    TaskExecutor.background("screenshot-render"), Platform::runLater, file -> { });
            model.document(project, EXAMPLE, EXAMPLE.getParent(), "ep1");
            model.refresh();
            RenderView v = new RenderView(new Stage(), model,
                    List.of(RenderView.class.getResource("/io/cutroom/ui/editor.css").toExternalForm()));
            v.show();
            model.start();
            vm.set(model);
            view.set(v);
        });
        assertThat(engine.reported.await(20, TimeUnit.SECONDS)).isTrue();
        BufferedImage rendering = snapshot(view.get());
        ImageIO.write(rendering, "png", out.resolve("render-panel.png").toFile());

        engine.release.countDown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (vm.get().stateProperty().get() != RenderViewModel.State.DONE && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        BufferedImage done = snapshot(view.get());
        ImageIO.write(done, "png", out.resolve("render-panel-done.png").toFile());
        Platform.runLater(() -> view.get().stage().close());

        assertThat(vm.get().stateProperty().get()).isEqualTo(RenderViewModel.State.DONE);
        assertThat(rendering.getWidth()).isEqualTo(640);
    }

    /** The panel's window as drawn, after the next pulses. */
    private static BufferedImage snapshot(RenderView view) throws InterruptedException {
        CountDownLatch shot = new CountDownLatch(1);
        AtomicReference<WritableImage> image = new AtomicReference<>();
        Platform.runLater(() -> Platform.runLater(() -> Platform.runLater(() -> {
            image.set(view.stage().getScene().snapshot(null));
            shot.countDown();
        })));
        assertThat(shot.await(20, TimeUnit.SECONDS)).isTrue();
        WritableImage fx = image.get();
        BufferedImage png = new BufferedImage((int) fx.getWidth(), (int) fx.getHeight(), BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                png.setRGB(x, y, fx.getPixelReader().getArgb(x, y));
            }
        }
        return png;
    }
}
