package io.cutroom.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import io.cutroom.model.Card;
import io.cutroom.model.Rational;
import io.cutroom.model.Shot;
import io.cutroom.model.SubtitleCue;
import io.cutroom.model.TakeShot;
import io.cutroom.timeline.Edits;
import io.cutroom.ui.Selection;
import io.cutroom.ui.TaskExecutor;
import io.cutroom.ui.inspector.InspectorView;
import io.cutroom.ui.timeline.Lane;
import io.cutroom.ui.timeline.TimelineEditing;
import io.cutroom.ui.timeline.TimelineItem;
import io.cutroom.ui.timeline.TimelineViewModel;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Editing the example with the mouse and keys, headless (Monocle): drag, trim, swap a take, write a subtitle, undo. */
@ExtendWith(ApplicationExtension.class)
class EditingRobotTest {

    @TempDir
    static Path config;

    private EditorViewModel vm;

    @Start
    void start(Stage stage) {
        vm = new EditorViewModel(new EditorViewModel.Services(TaskExecutor.currentThread(), EditorViewModelTest.SCANNER,
                new RecentProjects(config.resolve("recent-projects"))));
        new MainWindow(stage, vm, MainWindow.Providers.NONE);
        stage.setWidth(1400);
        stage.setHeight(860);
        stage.show();
        vm.open(EditorViewModelTest.EXAMPLE);
    }

    private Point2D at(FxRobot robot, double x, Lane lane) {
        Canvas canvas = robot.lookup("#timeline-canvas").queryAs(Canvas.class);
        return canvas.localToScreen(Math.round(x), Math.round(lane.top() + lane.height() / 2));
    }

    private TimelineItem shotItem(String id) {
        return vm.timeline().itemFor(Selection.shot(id)).orElseThrow();
    }

    private List<String> shotsOf(String sceneId) {
        return vm.episode().scene(sceneId).orElseThrow().shots().stream().map(Shot::id).toList();
    }

    private String message(FxRobot robot) {
        return robot.lookup("#status-message").queryAs(Label.class).getText();
    }

    @Test
    void draggingAShotPastTheNextOneReordersTheScene(FxRobot robot) {
        TimelineViewModel t = vm.timeline();
        TimelineItem b = shotItem("s1-b");
        TimelineItem c = shotItem("s1-c");
        double from = t.xOf(b.range().start() + b.range().duration() / 2.0);
        double to = t.xOf(c.range().start() + c.range().duration() * 0.75);

        robot.drag(at(robot, from, Lane.VIDEO), MouseButton.PRIMARY).moveTo(at(robot, to, Lane.VIDEO));
        assertThat(t.editing().dragProperty().get().drop()).isEqualTo(new TimelineEditing.Drop("s1", 3, c.range().end()));
        robot.release(MouseButton.PRIMARY);

        assertThat(shotsOf("s1")).containsExactly("s1-title", "s1-a", "s1-c", "s1-b");
        assertThat(message(robot)).isEqualTo("Move s1-b");
        assertThat(vm.selectionProperty().get()).isEqualTo(Selection.shot("s1-b"));
    }

    @Test
    void escCancelsADrag(FxRobot robot) {
        TimelineViewModel t = vm.timeline();
        TimelineItem b = shotItem("s1-b");
        double from = t.xOf(b.range().start() + b.range().duration() / 2.0);

        robot.drag(at(robot, from, Lane.VIDEO), MouseButton.PRIMARY).moveTo(at(robot, t.xOf(t.duration() - 5), Lane.VIDEO));
        robot.type(KeyCode.ESCAPE);
        robot.release(MouseButton.PRIMARY);

        assertThat(shotsOf("s1")).containsExactly("s1-title", "s1-a", "s1-b", "s1-c");
        assertThat(vm.canUndoProperty().get()).isFalse();
    }

    @Test
    void draggingTheEndOfAShotTrimsItAndTheRestRipples(FxRobot robot) {
        TimelineViewModel t = vm.timeline();
        robot.interact(() -> t.zoomAt(4, TimelineViewModel.GUTTER));
        TimelineItem b = shotItem("s1-b");
        long length = b.range().duration();
        long duration = t.duration();
        double edge = t.xOf(b.range().end()) - 2;

        robot.drag(at(robot, edge, Lane.VIDEO), MouseButton.PRIMARY)
                .moveTo(at(robot, edge - 10 * t.pixelsPerFrame(), Lane.VIDEO));
        TimelineEditing.Drag drag = t.editing().dragProperty().get();
        assertThat(drag.kind()).isEqualTo(TimelineEditing.Drag.Kind.TRIM);
        assertThat(drag.edge()).isEqualTo(Edits.Edge.END);
        assertThat(drag.delta()).isBetween(-11L, -9L);
        robot.release(MouseButton.PRIMARY);

        assertThat(shotItem("s1-b").range().duration()).isEqualTo(length + drag.delta());
        assertThat(t.duration()).isEqualTo(duration + drag.delta());
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo Trim s1-b");
    }

    @Test
    void theTakeKeyAndTheTakeMenuSwapTheSelectedTake(FxRobot robot) {
        TimelineItem a = shotItem("s1-a");
        robot.clickOn(at(robot, vm.timeline().xOf(a.range().start() + a.range().duration() / 2.0), Lane.VIDEO));
        int subtitles = vm.timeline().items(Lane.SUBTITLES).size();

        robot.type(KeyCode.T);
        assertThat(((TakeShot) vm.episode().shot("s1-a").orElseThrow()).selected()).isEqualTo("t1");
        assertThat(message(robot)).isEqualTo("Take t1 for s1-a");

        // along the Take row into its submenu, not across the other items (which would close it)
        robot.clickOn("Edit").clickOn("#menu-take").moveBy(180, 0);
        robot.clickOn("t2 — clips/s1a_t2.mp4");
        assertThat(((TakeShot) vm.episode().shot("s1-a").orElseThrow()).selected()).isEqualTo("t2");
        assertThat(vm.timeline().items(Lane.SUBTITLES)).hasSize(subtitles);
        assertThat(robot.lookup("#" + InspectorView.fieldId("Selected take")).tryQuery()).isPresent();
    }

    @Test
    void doubleClickingTheSubtitleLaneWritesACueInPlace(FxRobot robot) {
        TimelineItem a = shotItem("s1-a");
        double x = vm.timeline().xOf(a.range().start() + 12);

        robot.doubleClickOn(at(robot, x, Lane.SUBTITLES));
        TextField field = robot.lookup("#cue-editor").queryAs(TextField.class);
        assertThat(field.isVisible()).isTrue();
        robot.write("Where is the keeper? | Gone.").type(KeyCode.ENTER);

        assertThat(field.isVisible()).isFalse();
        List<SubtitleCue> cues = vm.episode().shot("s1-a").orElseThrow().subtitles();
        assertThat(cues).extracting(SubtitleCue::text).containsExactly("Where is the keeper?\nGone.");
        assertThat(cues.get(0).duration()).isEqualTo(Rational.of(2));
        assertThat(vm.selectionProperty().get()).isEqualTo(Selection.subtitle("s1-a", 0));
        assertThat(robot.lookup("#inspector-title").queryAs(Label.class).getText()).isEqualTo("Subtitle of s1-a");
    }

    @Test
    void deleteThenUndoAndRedoByKeysAndMenu(FxRobot robot) {
        TimelineItem b = shotItem("s1-b");
        robot.clickOn(at(robot, vm.timeline().xOf(b.range().start() + b.range().duration() / 2.0), Lane.VIDEO));

        robot.type(KeyCode.DELETE);
        assertThat(shotsOf("s1")).containsExactly("s1-title", "s1-a", "s1-c");
        assertThat(vm.selectionProperty().get()).as("the next shot").isEqualTo(Selection.shot("s1-c"));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(shotsOf("s1")).containsExactly("s1-title", "s1-a", "s1-b", "s1-c");
        assertThat(vm.isDirty()).isFalse();

        robot.clickOn("Edit").clickOn("Redo Delete s1-b");
        assertThat(shotsOf("s1")).containsExactly("s1-title", "s1-a", "s1-c");
        robot.clickOn("Edit").clickOn("Undo Delete s1-b");
        assertThat(shotsOf("s1")).containsExactly("s1-title", "s1-a", "s1-b", "s1-c");
    }

    @Test
    void theInspectorEditsAFieldAndRefusesNonsenseNextToIt(FxRobot robot) {
        robot.interact(() -> vm.selectionProperty().set(Selection.shot("s1-title")));
        String id = "#" + InspectorView.fieldId("Duration");

        robot.doubleClickOn(id).eraseText(3).write("five").type(KeyCode.ENTER);
        assertThat(robot.lookup(id + "-error").queryAs(Label.class).getText())
                .startsWith("'five' is not a time: write seconds such as 2.5");
        assertThat(vm.canUndoProperty().get()).isFalse();

        robot.lookup(id).queryAs(TextField.class).clear();
        robot.clickOn(id).write("3").type(KeyCode.ENTER);
        assertThat(((Card) vm.episode().shot("s1-title").orElseThrow()).duration()).isEqualTo(Rational.of(3));
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo Set duration of s1-title");
    }
}
