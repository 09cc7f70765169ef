package io.cutroom.ui.player;

import static org.assertj.core.api.Assertions.assertThat;

import io.cutroom.media.MediaProbe;
import io.cutroom.media.ProbeCache;
import io.cutroom.testing.TestMedia;
import io.cutroom.ui.TaskExecutor;
import io.cutroom.ui.editor.EditorViewModel;
import io.cutroom.ui.editor.MainWindow;
import io.cutroom.ui.editor.ProbingScanner;
import io.cutroom.ui.editor.RecentProjects;
import io.cutroom.ui.timeline.Lane;
import io.cutroom.ui.timeline.Marks;
import io.cutroom.ui.timeline.ThumbnailProvider;
import io.cutroom.ui.timeline.Timecode;
import io.cutroom.ui.timeline.WaveformProvider;
import io.cutroom.ui.viewer.FrameProvider;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Playing the example in the editor, headless (Monocle, no sound device): the keys, the status line, the marks. */
@ExtendWith(ApplicationExtension.class)
class PlayerRobotTest {

    static final Path EXAMPLE = Path.of("test-media/example/pilot.cutroom.json").toAbsolutePath();
    static final MediaProbe PROBE = new MediaProbe(TestMedia.ffmpeg(), ProbeCache.inMemory());
    /** Probes are kept for the whole class: the example's 30 files are probed once. */
    static final ProbingScanner SCANNER = new ProbingScanner(Optional.empty(), ProbeCache.inMemory());
    static final String NO_DEVICE = "No sound device, so playing without sound, timed by the system clock"
            + " (no line matching 48 kHz stereo)";

    @TempDir
    static Path config;

    private EditorViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        vm = new EditorViewModel(new EditorViewModel.Services(TaskExecutor.currentThread(),
                SCANNER, new RecentProjects(config.resolve("recent"))));
        SoundClock clock = new SoundClock(() -> {
            throw new AudioSink.SoundUnavailableException("no line matching 48 kHz stereo");
        }, CutSound.Opener.of(PROBE), Runnable::run, PlaybackClock.system());
        window = new MainWindow(stage, vm, new MainWindow.Providers(ThumbnailProvider.NONE, WaveformProvider.NONE,
                FrameProvider.NONE, clock));
        stage.setWidth(1400);
        stage.setHeight(860);
        stage.show();
        vm.open(EXAMPLE);
    }

    private PlayerViewModel player() {
        return window.player().viewModel();
    }

    private Canvas canvas(FxRobot robot) {
        return robot.lookup("#timeline-canvas").queryAs(Canvas.class);
    }

    private Point2D ruler(FxRobot robot, double frame) {
        return canvas(robot).localToScreen(vm.timeline().xOf(frame), Lane.RULER.top() + Lane.RULER.height() / 2);
    }

    @Test
    void spacePlaysFromThePlayheadOnTheSystemClockAndSaysOnceThatThereIsNoSound(FxRobot robot) {
        robot.clickOn(ruler(robot, 240.5));
        long from = vm.playheadProperty().get();

        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(player().isPlaying()).isTrue();
        assertThat(vm.playheadProperty().get()).as("playing moves the playhead").isGreaterThan(from + 5);
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText()).isEqualTo(NO_DEVICE);

        robot.type(KeyCode.SPACE);
        long paused = vm.playheadProperty().get();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(player().isPlaying()).isFalse();
        assertThat(vm.playheadProperty().get()).as("paused, it stays").isEqualTo(paused);
        assertThat(vm.viewer().timecodeProperty().get()).as("the viewer follows")
                .isEqualTo(Timecode.of(paused, vm.timeline().frameRate()));
    }

    @Test
    void jklShuttleAndTheSpaceBarPlaysWhileTheMediaBinHasTheFocus(FxRobot robot) {
        robot.clickOn(ruler(robot, 100.5));
        robot.type(KeyCode.L).type(KeyCode.L);
        assertThat(player().speedProperty().get()).isEqualTo(2);
        robot.type(KeyCode.J);
        assertThat(player().speedProperty().get()).isEqualTo(-1);
        robot.type(KeyCode.K);
        assertThat(player().speedProperty().get()).isZero();

        robot.clickOn("#bin-tree");
        robot.type(KeyCode.SPACE);
        assertThat(player().isPlaying()).isTrue();
        robot.type(KeyCode.SPACE);
        assertThat(player().isPlaying()).isFalse();
    }

    @Test
    void inAndOutMarksAppearOnTheRulerAndGo(FxRobot robot) {
        robot.clickOn(ruler(robot, 400.5));
        robot.interact(() -> vm.timeline().movePlayhead(400));
        robot.type(KeyCode.I);
        robot.interact(() -> vm.timeline().movePlayhead(900));
        robot.type(KeyCode.O);

        assertThat(player().marksProperty().get()).isEqualTo(new Marks(OptionalLong.of(400), OptionalLong.of(901)));
        assertThat(isBlueish(rulerColour(robot, 650))).as("the marked stretch is shaded").isTrue();
        assertThat(isBlueish(rulerColour(robot, 1200))).as("outside the marks").isFalse();

        robot.press(KeyCode.SHIFT).type(KeyCode.I).type(KeyCode.O).release(KeyCode.SHIFT);

        assertThat(player().marksProperty().get()).isEqualTo(Marks.NONE);
        assertThat(isBlueish(rulerColour(robot, 650))).as("cleared").isFalse();
    }

    /** The colour of the ruler at frame {@code frame}, at its top edge, above the ticks and their labels. */
    private Color rulerColour(FxRobot robot, double frame) {
        WaitForAsyncUtils.waitForFxEvents();
        Canvas c = canvas(robot);
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = c.snapshot(null, null));
        int x = (int) vm.timeline().xOf(frame);
        return image[0].getPixelReader().getColor(x, (int) Lane.RULER.top() + 1);
    }

    private static boolean isBlueish(Color c) {
        return c.getBlue() > c.getRed() + 0.08;
    }
}
