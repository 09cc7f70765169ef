package io.cutroom.ui.bin;

import static io.cutroom.testing.Projects.project;
import static io.cutroom.testing.Projects.scene;
import static io.cutroom.testing.Projects.slate;
import static org.assertj.core.api.Assertions.assertThat;

import io.cutroom.media.MediaProbe;
import io.cutroom.media.ProbeCache;
import io.cutroom.model.TakeShot;
import io.cutroom.projectfile.ProjectFile;
import io.cutroom.render.Presets;
import io.cutroom.render.RenderCache;
import io.cutroom.testing.TestMedia;
import io.cutroom.ui.TaskExecutor;
import io.cutroom.ui.delivery.Delivery;
import io.cutroom.ui.editor.EditorViewModel;
import io.cutroom.ui.editor.MainWindow;
import io.cutroom.ui.editor.ProbingScanner;
import io.cutroom.ui.editor.RecentProjects;
import io.cutroom.ui.render.StandardRenderEngine;
import io.cutroom.ui.safety.Autosave;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File › Import Media by Name… in the editor's window, headless (Monocle): the item, the import, the report. */
@ExtendWith(ApplicationExtension.class)
class ImportByNameRobotTest {

    static final ProbeCache PROBES = ProbeCache.inMemory();

    @TempDir
    Path dir;

    private EditorViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        vm = new EditorViewModel(new EditorViewModel.Services(TaskExecutor.currentThread(),
                new ProbingScanner(Optional.empty(), PROBES), new RecentProjects(dir.resolve("recent"))));
        Delivery.Services services = new Delivery.Services(TaskExecutor.background("robot-import"),
                new StandardRenderEngine(Optional::empty, () -> new RenderCache(dir.resolve("cache"),
                        RenderCache.DEFAULT_LIMIT), PROBES),
                new Presets(dir.resolve("no-user-presets")), file -> { }, new MediaProbe(TestMedia.ffmpeg(), PROBES)::probe,
                new ProbingScanner(Optional.empty(), PROBES), Autosave.Timer.fx());
        window = new MainWindow(stage, vm, MainWindow.Providers.NONE, services);
        stage.show();
    }

    @Test
    void theFileMenuOffersItAfterImportFolderAndItsReportListsWhatWasNotPlaced(FxRobot robot) throws Exception {
        Path renders = dir.resolve("renders");
        TestMedia.clip(renders.resolve("S01_SH01_take1.mp4"), "320x180", "24", 1, 0);
        Files.copy(renders.resolve("S01_SH01_take1.mp4"), renders.resolve("S01_SH04.mp4"));
        Path file = dir.resolve("p.cutroom.json");
        ProjectFile.write(project(scene("s1", slate("a", "The lamp", "2"))), file);

        Menu fileMenu = ((MenuBar) robot.lookup(".menu-bar").query()).getMenus().get(0);
        MenuItem item = fileMenu.getItems().stream().filter(i -> "menu-import-by-name".equals(i.getId())).findFirst()
                .orElseThrow();
        assertThat(fileMenu.getItems().get(fileMenu.getItems().indexOf(item) - 1).getId()).isEqualTo("menu-import-folder");
        assertThat(item.getText()).isEqualTo("Import Media by Name…");
        assertThat(item.isDisable()).as("no project yet").isTrue();

        robot.interact(() -> vm.open(file));
        assertThat(item.isDisable()).isFalse();
        // the folder chooser is the platform's own dialog: the robot hands the folder over directly
        robot.interact(() -> window.importByName().importFolder(renders));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#import-by-name-lines").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#import-by-name-lines").queryAs(TextArea.class).getText()).isEqualTo("""
                S01_SH01_take1.mp4 -> scene 1 (s1) › shot 1 (a) › take t1, selected (was a slate); no provenance

                Not placed:
                • S01_SH04.mp4: shot 4 of scene 1 (s1) does not exist (it has 1 shot)""");
        assertThat(vm.projectProperty().get().episodes().get(0).shot("a").orElseThrow()).isInstanceOf(TakeShot.class);
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo Import Media by Name");
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != window.stage()).toList()
                .forEach(Window::hide));
    }
}
