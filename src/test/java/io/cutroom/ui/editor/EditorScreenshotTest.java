package io.cutroom.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import io.cutroom.media.ProbeCache;
import io.cutroom.ui.Selection;
import io.cutroom.timeline.VideoEvent;
import io.cutroom.ui.TaskExecutor;
import io.cutroom.ui.media.StandardMedia;
import io.cutroom.ui.timeline.Lane;
import io.cutroom.ui.viewer.Picture;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor in a real window (GTK, not Monocle) with the example open, written to
 * {@code target/screenshots/editor.png} for a person to look at. Runs in its own Surefire
 * execution when there is a display: {@code scripts/screenshot.sh} provides one with Xvfb.
 */
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+",
        disabledReason = "needs a display (DISPLAY is not set): scripts/screenshot.sh runs it under Xvfb")
class EditorScreenshotTest {

    /** The height the timeline asks thumbnails at: its video lane's, less the label. */
    static final int THUMBNAIL_HEIGHT = (int) Math.round(Lane.VIDEO.height() - 4 - 18);
    static final StandardMedia MEDIA = StandardMedia.open(Optional.empty());

    @TempDir
    Path config;

    @Test
    void theEditorWithTheExampleOpen() throws Exception {
        Path out = Path.of(System.getProperty("screenshot.dir", "target/screenshots")).resolve("editor.png");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        assertThat(started.await(20, TimeUnit.SECONDS)).isTrue();

        AtomicReference<EditorViewModel> vm = new AtomicReference<>();
        AtomicReference<Stage> stage = new AtomicReference<>();
        CountDownLatch laidOut = new CountDownLatch(1);
        Platform.runLater(() -> {
            EditorViewModel editor = new EditorViewModel(new EditorViewModel.Services(TaskExecutor.background("screenshot"),
                    new ProbingScanner(Optional.empty(), ProbeCache.inMemory()),
                    new RecentProjects(config.resolve("recent-projects"))));
            Stage s = new Stage();
            new MainWindow(s, editor, new MainWindow.Providers(MEDIA.thumbnails(), MEDIA.waveforms(), MEDIA.frames(),
                    MEDIA.clock()));
            s.setWidth(1440);
            s.setHeight(900);
            s.show();
            editor.cutProperty().addListener((o, a, b) -> {
                if (b != null && !editor.scanningProperty().get()) {
                    laidOut.countDown();
                }
            });
            editor.open(EditorViewModelTest.EXAMPLE);
            vm.set(editor);
            stage.set(s);
        });
        assertThat(laidOut.await(60, TimeUnit.SECONDS)).as("the example is read and laid out").isTrue();

        Platform.runLater(() -> {
            EditorViewModel editor = vm.get();
            editor.selectionProperty().set(Selection.shot("s2-a"));
            var cue = editor.cutProperty().get().subtitles().get(2);
            editor.playheadProperty().set(cue.range().start() + 12);
        });
        awaitPictures(vm.get(), 30);
        CountDownLatch shot = new CountDownLatch(1);
        AtomicReference<WritableImage> image = new AtomicReference<>();
        Platform.runLater(() -> {
            // let the panels draw (they redraw on the next pulse), then take the picture
            Platform.runLater(() -> Platform.runLater(() -> {
                image.set(stage.get().getScene().snapshot(null));
                shot.countDown();
            }));
        });
        assertThat(shot.await(20, TimeUnit.SECONDS)).isTrue();
        Files.createDirectories(out.getParent());
        BufferedImage png = toBuffered(image.get());
        ImageIO.write(png, "png", out.toFile());
        Path editing = out.resolveSibling("editing.png");
        ImageIO.write(toBuffered(editingInProgress(vm.get(), stage.get())), "png", editing.toFile());
        Platform.runLater(() -> stage.get().close());

        assertThat(png.getWidth()).isEqualTo(1440);
        assertThat(distinctColours(png)).as("a drawn window, not a blank one").isGreaterThan(50);
        assertThat(vm.get().timeline().items(Lane.VIDEO)).hasSize(16);
    }

    /** Waits until the viewer's frame and the thumbnails are decoded (a few seconds the first time), at most {@code seconds}. */
    private static void awaitPictures(EditorViewModel editor, int seconds) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < until) {
            CountDownLatch asked = new CountDownLatch(1);
            AtomicReference<Boolean> ready = new AtomicReference<>(false);
            Platform.runLater(() -> {
                Picture p = editor.viewer().pictureProperty().get();
                boolean all = p.kind() != Picture.Kind.CLIP || MEDIA.frames().frame(p.source(), p.frame(), () -> { }).isPresent();
                for (VideoEvent e : editor.cutProperty().get().video()) {
                    if (e instanceof VideoEvent.Clip c && !MEDIA.frames().unavailable(c.source())) {
                        all &= MEDIA.thumbnails().thumbnail(c.source(), c.sourceIn(), THUMBNAIL_HEIGHT, () -> { }).isPresent();
                    }
                }
                ready.set(all);
                asked.countDown();
            });
            asked.await();
            if (ready.get()) {
                return;
            }
            Thread.sleep(200);
        }
    }

    /**
     * The window while a card is being edited in the inspector and shot s2-b is dragged towards the
     * end of scene s3 (its drop indicator drawn), written to {@code editing.png}.
     */
    private static WritableImage editingInProgress(EditorViewModel editor, Stage stage) throws Exception {
        CountDownLatch shot = new CountDownLatch(1);
        AtomicReference<WritableImage> image = new AtomicReference<>();
        Platform.runLater(() -> {
            editor.selectionProperty().set(Selection.shot("s1-title"));
            var t = editor.timeline();
            var from = t.itemFor(Selection.shot("s2-b")).orElseThrow().range();
            var to = t.itemFor(Selection.shot("s3-b")).orElseThrow().range();
            double y = Lane.VIDEO.top() + Lane.VIDEO.height() / 2;
            t.editing().press(t.xOf(from.start() + from.duration() / 2.0), y);
            t.editing().drag(t.xOf(to.start() + to.duration() * 0.8), false);
            Platform.runLater(() -> Platform.runLater(() -> {
                image.set(stage.getScene().snapshot(null));
                t.editing().cancel();
                shot.countDown();
            }));
        });
        assertThat(shot.await(20, TimeUnit.SECONDS)).isTrue();
        return image.get();
    }

    private static BufferedImage toBuffered(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        return out;
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
