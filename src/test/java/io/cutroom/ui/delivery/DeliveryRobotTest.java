package io.cutroom.ui.delivery;

import static io.cutroom.testing.Projects.project;
import static io.cutroom.testing.Projects.scene;
import static io.cutroom.testing.Projects.take;
import static org.assertj.core.api.Assertions.assertThat;

import io.cutroom.media.MediaProbe;
import io.cutroom.media.ProbeCache;
import io.cutroom.model.Episode;
import io.cutroom.model.Project;
import io.cutroom.model.Scene;
import io.cutroom.model.TakeShot;
import io.cutroom.projectfile.ProjectFile;
import io.cutroom.projectfile.Recovery;
import io.cutroom.render.Presets;
import io.cutroom.render.RenderCache;
import io.cutroom.testing.TestMedia;
import io.cutroom.ui.TaskExecutor;
import io.cutroom.ui.editor.EditorViewModel;
import io.cutroom.ui.editor.MainWindow;
import io.cutroom.ui.editor.ProbingScanner;
import io.cutroom.ui.editor.RecentProjects;
import io.cutroom.ui.render.RenderViewModel;
import io.cutroom.ui.render.StandardRenderEngine;
import io.cutroom.ui.safety.Autosave;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The File menu's Render…, Relink Missing Media… and the recovery offer, driven by a robot,
 * headless (Monocle), with the real render engine.
 */
@ExtendWith(ApplicationExtension.class)
class DeliveryRobotTest {

    static final ProbeCache PROBES = ProbeCache.inMemory();

    @TempDir
    static Path media;
    @TempDir
    Path dir;

    private EditorViewModel vm;
    private MainWindow window;

    @BeforeAll
    static void clips() {
        // long and large enough that a 1080p render is still running when the robot cancels it
        TestMedia.clip(media.resolve("long.mp4"), "640x360", "25", 20, 440);
    }

    @Start
    void start(Stage stage) throws Exception {
        Path cache = media.resolve("render-cache");
        vm = new EditorViewModel(new EditorViewModel.Services(TaskExecutor.currentThread(),
                new ProbingScanner(Optional.empty(), PROBES), new RecentProjects(media.resolve("recent"))));
        Delivery.Services services = new Delivery.Services(TaskExecutor.background("robot-delivery"),
                new StandardRenderEngine(Optional::empty, () -> new RenderCache(cache, RenderCache.DEFAULT_LIMIT), PROBES),
                new Presets(media.resolve("no-user-presets")), file -> { }, new MediaProbe(TestMedia.ffmpeg(), PROBES)::probe,
                new ProbingScanner(Optional.empty(), PROBES), Autosave.Timer.fx());
        window = new MainWindow(stage, vm, MainWindow.Providers.NONE, services);
        stage.setWidth(1400);
        stage.setHeight(860);
        stage.show();
    }

    @AfterEach
    void closeWindows(FxRobot robot) {
        robot.interact(() -> {
            window.delivery().autosave().close();
            if (window.delivery().renderView() != null) {
                window.delivery().render().cancel();
                window.delivery().renderView().stage().hide();
            }
            if (window.delivery().relinkView() != null) {
                window.delivery().relinkView().stage().hide();
            }
        });
    }

    private Path write(Project p, String name) throws Exception {
        Path file = dir.resolve(name);
        ProjectFile.write(p, file);
        return file;
    }

    private static void waitFor(String what, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void startingAndCancellingARenderLeavesNoFile(FxRobot robot) throws Exception {
        Files.copy(media.resolve("long.mp4"), dir.resolve("long.mp4"));
        Path file = write(project(scene("s1", take("a", "long.mp4", "0", null))), "p.cutroom.json");
        robot.interact(() -> vm.open(file));

        robot.clickOn("File").clickOn("Render…");

        RenderViewModel render = window.delivery().render();
        assertThat(robot.lookup("#render-output").queryAs(TextField.class).getText()).isEqualTo(dir.resolve("p.mp4").toString());
        robot.clickOn("#render-start");
        waitFor("the render runs", () -> render.stateProperty().get() == RenderViewModel.State.RENDERING
                && render.progressProperty().get() > 0);
        assertThat(robot.lookup("#render-message").queryAs(Label.class).getText()).isEqualTo("Rendering p.mp4 …");
        assertThat(robot.lookup("#render-detail").queryAs(Label.class).getText()).isNotEmpty();

        robot.clickOn("#render-cancel");
        waitFor("the render stops", () -> render.stateProperty().get() == RenderViewModel.State.CANCELLED);

        assertThat(robot.lookup("#render-message").queryAs(Label.class).getText())
                .isEqualTo("Cancelled: nothing was written at p.mp4");
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList()).as("no output, partial file or work folder")
                    .containsExactly("long.mp4", "p.cutroom.json");
        }
    }

    @Test
    void afterACrashOpeningTheProjectOffersItsRecoveryCopy(FxRobot robot) throws Exception {
        Project saved = project(scene("s1", take("a", "a.mp4", "0", "1")));
        Path file = write(saved, "r.cutroom.json");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
        Episode e = saved.episodes().get(0);
        Scene s = e.scenes().get(0);
        Project edited = saved.withEpisodes(List.of(e.withScenes(List.of(new Scene(s.id(), "EXT. PIER - DAWN", null,
                s.shots())))));
        Recovery.start(file).write(edited); // what the autosave left when the editor died

        robot.interact(() -> vm.open(file));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("Restore the unsaved changes to r.cutroom.json?").tryQuery()).isPresent();
        robot.clickOn("Restore");

        assertThat(vm.projectProperty().get()).isEqualTo(edited);
        assertThat(window.stage().getTitle()).isEqualTo("*r.cutroom.json — Cutroom");
    }

    @Test
    void relinkFindsAMovedFile(FxRobot robot) throws Exception {
        Path moved = dir.resolve("moved/clips");
        Files.createDirectories(moved);
        Files.copy(media.resolve("long.mp4"), moved.resolve("m.mp4"));
        Path file = write(project(scene("s1", take("a", "clips/m.mp4", "0", "2"))), "m.cutroom.json");
        robot.interact(() -> vm.open(file));

        robot.clickOn("File").clickOn("Relink Missing Media…");
        assertThat(robot.lookup("#relink-message").queryAs(Label.class).getText())
                .isEqualTo("1 media file offline. Choose a folder to search, with its subfolders.");
        // the folder chooser is the platform's own dialog: the robot hands the folder over directly
        robot.interact(() -> window.delivery().relink().search(dir.resolve("moved")));
        waitFor("the search ends", () -> window.delivery().relink().messageProperty().get().startsWith("Found"));
        @SuppressWarnings("unchecked")
        ListView<Object> list = robot.lookup("#relink-matches").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(1);

        robot.clickOn("#relink-apply");
        waitFor("the relink is made", () -> window.delivery().relink().messageProperty().get().startsWith("Relinked"));

        TakeShot shot = (TakeShot) vm.projectProperty().get().episodes().get(0).scenes().get(0).shots().get(0);
        assertThat(shot.selectedTake().source()).isEqualTo("moved/clips/m.mp4");
        assertThat(robot.lookup("#relink-message").queryAs(Label.class).getText())
                .isEqualTo("Relinked 1 media file; no media is offline now.");
        assertThat(vm.cutProperty().get()).as("the relinked clip's length is known").isNotNull();
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo Relink 1 media file");
    }
}
