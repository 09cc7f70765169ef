package io.cutroom.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cutroom.model.Episode;
import io.cutroom.model.Scene;
import io.cutroom.ui.Selection;
import io.cutroom.ui.TaskExecutor;
import io.cutroom.ui.bin.BinNode;
import io.cutroom.ui.timeline.Lane;
import io.cutroom.ui.timeline.TimelineItem;
import io.cutroom.ui.timeline.TimelineViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.event.Event;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The editor's window driven by a robot, headless (Monocle): open, select by clicking, zoom, scroll, quit. */
@ExtendWith(ApplicationExtension.class)
class EditorRobotTest {

    @TempDir
    static Path config;

    private EditorViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        vm = new EditorViewModel(new EditorViewModel.Services(TaskExecutor.currentThread(), EditorViewModelTest.SCANNER,
                new RecentProjects(config.resolve("recent-projects"))));
        window = new MainWindow(stage, vm, MainWindow.Providers.NONE);
        stage.setWidth(1400);
        stage.setHeight(860);
        stage.show();
        vm.open(EditorViewModelTest.EXAMPLE);
    }

    private Canvas canvas(FxRobot robot) {
        return robot.lookup("#timeline-canvas").queryAs(Canvas.class);
    }

    /** The screen point of frame {@code frame} in {@code lane}. */
    private Point2D at(FxRobot robot, double frame, Lane lane) {
        return canvas(robot).localToScreen(vm.timeline().xOf(frame), lane.top() + lane.height() / 2);
    }

    private static double middle(TimelineItem item) {
        return item.range().start() + item.range().duration() / 2.0;
    }

    /**
     * A mouse wheel turn over the timeline, as a desktop delivers it (40 per notch, positive away from
     * the user). Monocle's headless robot delivers wheel turns as ±1 with the opposite sign, so the
     * event is made here rather than by {@code robot.scroll}.
     */
    private void wheel(FxRobot robot, double x, double deltaY, boolean ctrl) {
        Canvas canvas = canvas(robot);
        double y = Lane.VIDEO.top() + 10;
        Point2D scene = canvas.localToScene(x, y);
        Point2D screen = canvas.localToScreen(x, y);
        robot.interact(() -> Event.fireEvent(canvas, new ScrollEvent(ScrollEvent.SCROLL, scene.getX(), scene.getY(),
                screen.getX(), screen.getY(),
                false, ctrl, false, false, false, false, 0, deltaY, 0, deltaY, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
    }

    @Test
    void theExampleOpensWithItsScenesShotsAndMedia(FxRobot robot) {
        assertThat(window.stage().getTitle()).isEqualTo("pilot.cutroom.json — Cutroom");
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText()).isEqualTo("30 media files read");
        TreeView<?> tree = robot.lookup("#bin-tree").queryAs(TreeView.class);
        assertThat(tree.getRoot().getChildren()).hasSize(4);
        assertThat(vm.timeline().contentWidth()).as("the timeline fills the window").isGreaterThan(1000);
        assertThat(vm.timeline().isFitted()).isTrue();
    }

    @Test
    void theFileMenuOffersNewAndUpdateFromScreenplayAfterNew(FxRobot robot) {
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        List<String> file = bar.getMenus().get(0).getItems().stream().map(javafx.scene.control.MenuItem::getText)
                .filter(java.util.Objects::nonNull).limit(4).toList();

        assertThat(file).containsExactly("New", "New from Screenplay…", "Update from Screenplay…", "Open…");
    }

    @Test
    void clickingAShotOnTheTimelineSelectsItInTheInspectorAndTheBin(FxRobot robot) {
        TimelineItem shot = vm.timeline().items(Lane.VIDEO).get(2);

        robot.clickOn(at(robot, middle(shot), Lane.VIDEO));

        assertThat(vm.selectionProperty().get()).isEqualTo(Selection.shot("s1-b"));
        assertThat(robot.lookup("#inspector-title").queryAs(Label.class).getText()).isEqualTo("Shot s1-b");
        @SuppressWarnings("unchecked")
        TreeView<BinNode> tree = robot.lookup("#bin-tree").queryAs(TreeView.class);
        assertThat(tree.getSelectionModel().getSelectedItem().getValue().selection()).isEqualTo(Selection.shot("s1-b"));
    }

    @Test
    void clickingASubtitleSelectsTheCue(FxRobot robot) {
        TimelineItem cue = vm.timeline().items(Lane.SUBTITLES).get(0);

        robot.clickOn(at(robot, middle(cue), Lane.SUBTITLES));

        assertThat(vm.selectionProperty().get()).isEqualTo(Selection.subtitle("s1-b", 0));
        assertThat(robot.lookup("#inspector-title").queryAs(Label.class).getText()).isEqualTo("Subtitle of s1-b");
    }

    @Test
    void wGoesToTheNextSubtitleTheReadingChecksWarnAbout(FxRobot robot) {
        robot.clickOn(at(robot, 1, Lane.RULER)).type(KeyCode.W);

        assertThat(vm.selectionProperty().get()).isEqualTo(Selection.subtitle("s3-a", 0));
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText()).isEqualTo("Subtitle 7: line 1 is 46"
                + " characters wide (at most 42; CJK counts 2); reads at 21.9 characters per second (at most 17; CJK"
                + " counts 2): show it longer or say less (3 subtitles have warnings; W for the next)");
        assertThat(vm.inspector().rowsProperty().get()).filteredOn(r -> r.label().equals("Check")).hasSize(2);

        robot.type(KeyCode.W);
        assertThat(vm.selectionProperty().get()).isEqualTo(Selection.subtitle("s3-c", 0));
    }

    /** A point near the start of the bin's row whose title starts with {@code title} (a row is as wide as its text). */
    private static Point2D binRow(FxRobot robot, String title) {
        javafx.scene.control.TreeCell<?> cell = robot.lookup(".tree-cell").queryAllAs(javafx.scene.control.TreeCell.class)
                .stream().filter(c -> c.isVisible() && c.getItem() instanceof BinNode n && n.title().startsWith(title))
                .findFirst().orElseThrow(() -> new AssertionError("no bin row " + title));
        return cell.localToScreen(80, cell.getHeight() / 2);
    }

    @Test
    void aShotDraggedInTheBinOntoAnotherShotMovesBeforeIt(FxRobot robot) {
        robot.drag(binRow(robot, "s1-c ·")).dropTo(binRow(robot, "s1-a ·"));

        assertThat(vm.episode().scene("s1").orElseThrow().shots()).extracting(io.cutroom.model.Shot::id)
                .containsExactly("s1-title", "s1-c", "s1-a", "s1-b");
        assertThat(vm.canUndoProperty().get()).isTrue();
    }

    @Test
    void clickingTheRulerMovesThePlayheadAndTheViewerFollows(FxRobot robot) {
        long cut = vm.timeline().items(Lane.VIDEO).get(3).range().start();

        robot.clickOn(at(robot, cut + 0.5, Lane.RULER));

        assertThat(vm.playheadProperty().get()).as("snapped to the cut").isEqualTo(cut);
        assertThat(vm.viewer().pictureProperty().get().text()).isEqualTo("s1-c · take t1");
    }

    @Test
    void zoomWithCtrlWheelKeysAndTheViewMenu(FxRobot robot) {
        double fitted = vm.timeline().pixelsPerFrame();
        double x = vm.timeline().xOf(200);
        wheel(robot, x, 40, true);
        double wheeled = vm.timeline().pixelsPerFrame();
        assertThat(vm.timeline().frameAt(x)).as("the frame under the pointer stays").isEqualTo(200, within(1e-3));
        assertThat(wheeled).isEqualTo(fitted * TimelineViewModel.ZOOM_STEP, within(1e-9));

        robot.clickOn(at(robot, 10, Lane.MUSIC)).type(KeyCode.EQUALS);
        assertThat(vm.timeline().pixelsPerFrame()).isGreaterThan(wheeled);

        robot.clickOn("View").clickOn("Zoom to Fit");
        assertThat(vm.timeline().pixelsPerFrame()).isEqualTo(fitted);
        robot.clickOn("View").clickOn("Zoom In");
        assertThat(vm.timeline().pixelsPerFrame()).isGreaterThan(fitted);
    }

    @Test
    void theWheelScrollsAZoomedTimeline(FxRobot robot) {
        robot.interact(() -> vm.timeline().zoomAt(8, TimelineViewModel.GUTTER));
        assertThat(vm.timeline().firstFrame()).isZero();

        wheel(robot, vm.timeline().xOf(20), -120, false);

        assertThat(vm.timeline().firstFrame()).isGreaterThan(0);
        double scrolled = vm.timeline().firstFrame();
        robot.clickOn(at(robot, vm.timeline().firstFrame() + 5, Lane.MUSIC)).type(KeyCode.END);
        assertThat(vm.playheadProperty().get()).isEqualTo(vm.timeline().duration());
        assertThat(vm.timeline().firstFrame()).as("the end is brought into view").isGreaterThan(scrolled);
    }

    @Test
    void quittingWithUnsavedChangesAsksFirst(FxRobot robot) {
        robot.interact(() -> vm.apply("Rename scene", p -> {
            Episode e = p.episodes().get(0);
            List<Scene> scenes = new ArrayList<>(e.scenes());
            Scene s = scenes.get(0);
            scenes.set(0, new Scene(s.id(), "EXT. PIER - DAWN", s.chapter(), s.shots()));
            return p.withEpisodes(List.of(e.withScenes(scenes)));
        }));
        assertThat(window.stage().getTitle()).startsWith("*");
        robot.clickOn("Edit");
        assertThat(robot.lookup("Undo Rename scene").tryQuery()).isPresent();
        robot.type(KeyCode.ESCAPE);

        robot.clickOn("File").clickOn("Quit");
        assertThat(robot.lookup("Save the changes to pilot.cutroom.json?").tryQuery()).isPresent();
        robot.clickOn("Cancel");
        assertThat(window.stage().isShowing()).isTrue();

        robot.clickOn("File").clickOn("Quit");
        robot.clickOn("Don't Save");
        WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        assertThat(window.stage().isShowing()).isFalse();
    }
}
