package io.cutroom.ui.safety;

import static io.cutroom.testing.Projects.project;
import static io.cutroom.testing.Projects.scene;
import static io.cutroom.testing.Projects.take;
import static org.assertj.core.api.Assertions.assertThat;

import io.cutroom.model.Episode;
import io.cutroom.model.Project;
import io.cutroom.model.Rational;
import io.cutroom.model.Scene;
import io.cutroom.projectfile.ProjectFile;
import io.cutroom.projectfile.Recovery;
import io.cutroom.ui.SourceState;
import io.cutroom.ui.TaskExecutor;
import io.cutroom.ui.editor.EditorViewModel;
import io.cutroom.ui.editor.ProjectEdit;
import io.cutroom.ui.editor.RecentProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Autosave and the offer of recovery copies, with work run at once and a timer the test fires. */
class AutosaveTest {

    @TempDir
    Path dir;

    private final ManualTimer timer = new ManualTimer();
    private final List<Path> untitledCopies = new ArrayList<>();
    private Path file;
    private EditorViewModel vm;
    private Autosave autosave;

    /** Runs what is scheduled when the test says. */
    static final class ManualTimer implements Autosave.Timer {
        final List<Runnable> due = new ArrayList<>();
        final List<Duration> delays = new ArrayList<>();

        @Override
        public Runnable schedule(Duration delay, Runnable action) {
            due.add(action);
            delays.add(delay);
            return () -> due.remove(action);
        }

        void fire() {
            for (Runnable r : List.copyOf(due)) {
                due.remove(r);
                r.run();
            }
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        file = dir.resolve("pilot.cutroom.json");
        ProjectFile.write(project(scene("s1", take("a", "a.mp4", "0", "1"), take("b", "b.mp4", "0", "2"))), file);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
        vm = editor();
        autosave = new Autosave(vm, TaskExecutor.currentThread(), timer);
    }

    @AfterEach
    void removeUntitledCopies() throws Exception {
        autosave.close();
        for (Path copy : untitledCopies) {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(copy.resolveSibling(copy.getFileName().toString().replace(".cutroom.json", ".lock")));
        }
    }

    private EditorViewModel editor() {
        return new EditorViewModel(new EditorViewModel.Services(TaskExecutor.currentThread(), files -> {
            Map<Path, SourceState> states = new LinkedHashMap<>();
            files.forEach(f -> states.put(f, SourceState.ready(f, Rational.of(5))));
            return states;
        }, new RecentProjects(dir.resolve("recent"))));
    }

    private static ProjectEdit heading(String text) {
        return p -> {
            Episode e = p.episodes().get(0);
            List<Scene> scenes = new ArrayList<>(e.scenes());
            Scene s = scenes.get(0);
            scenes.set(0, new Scene(s.id(), text, s.chapter(), s.shots()));
            return p.withEpisodes(List.of(e.withScenes(scenes)));
        };
    }

    @Test
    void aCopyIsWrittenAfterTheLastOfQuickEditsAndSavingDeletesIt() throws Exception {
        vm.open(file);
        Path copy = Recovery.copyFor(file);

        vm.apply("Rename scene", heading("EXT. PIER - DAWN"));
        vm.apply("Rename scene", heading("EXT. PIER - DUSK"));
        assertThat(copy).as("nothing is written while edits come quickly").doesNotExist();
        assertThat(timer.due).as("the first wait was cancelled by the second edit").hasSize(1);
        assertThat(timer.delays).containsOnly(Duration.ofSeconds(2));

        timer.fire();
        assertThat(copy).exists();
        assertThat(ProjectFile.read(copy)).isEqualTo(vm.projectProperty().get());

        assertThat(vm.save()).isTrue();
        assertThat(copy).doesNotExist();
    }

    @Test
    void undoingBackToTheSavedProjectDeletesTheCopy() {
        vm.open(file);
        vm.apply("Rename scene", heading("EXT. PIER - DAWN"));
        timer.fire();
        assertThat(Recovery.copyFor(file)).exists();

        vm.undo();

        assertThat(Recovery.copyFor(file)).doesNotExist();
        timer.fire();
        assertThat(Recovery.copyFor(file)).as("a clean project has no copy").doesNotExist();
    }

    @Test
    void afterACrashOpeningTheProjectOffersTheCopyAndRestoreBringsTheEditsBackUnsaved() {
        vm.open(file);
        vm.apply("Rename scene", heading("EXT. PIER - DAWN"));
        timer.fire();
        Project edited = vm.projectProperty().get();
        // the editor dies here: no save, no close

        EditorViewModel next = editor();
        Autosave after = new Autosave(next, TaskExecutor.currentThread(), timer);
        next.open(file);

        Recovery.Found offer = after.offerProperty().get();
        assertThat(offer).isNotNull();
        assertThat(offer.copy()).isEqualTo(Recovery.copyFor(file));
        assertThat(offer.projectFile()).isEqualTo(file);

        after.restore();

        assertThat(after.offerProperty().get()).isNull();
        assertThat(next.projectProperty().get()).isEqualTo(edited);
        assertThat(next.isDirty()).isTrue();
        assertThat(next.undoTextProperty().get()).isEqualTo("Undo Restore unsaved changes");
        assertThat(next.titleProperty().get()).isEqualTo("*pilot.cutroom.json — Cutroom");
    }

    @Test
    void discardingTheOfferDeletesTheCopyAndKeepsTheProjectFile() throws Exception {
        Project saved = ProjectFile.read(file);
        Recovery.Session crashed = Recovery.start(file);
        crashed.write(heading("EXT. GONE").apply(saved));

        vm.open(file);
        assertThat(autosave.offerProperty().get()).isNotNull();
        autosave.discardOffer();

        assertThat(autosave.offerProperty().get()).isNull();
        assertThat(Recovery.copyFor(file)).doesNotExist();
        assertThat(vm.projectProperty().get()).isEqualTo(saved);
        assertThat(vm.isDirty()).isFalse();
    }

    @Test
    void closingTheWindowAfterDontSaveDeletesTheCopy() {
        vm.open(file);
        vm.apply("Rename scene", heading("EXT. PIER - DAWN"));
        timer.fire();

        autosave.close();

        assertThat(Recovery.copyFor(file)).doesNotExist();
    }

    @Test
    void anUntitledProjectLeftByACrashIsOfferedOnStartWithItsMediaPathsIntact() throws Exception {
        Files.createDirectories(dir.resolve("clips"));
        Project untitled = project(scene("s1", take("a", dir.resolve("clips/a.mp4").toString(), "0", "1")));
        Recovery.Session crashed = Recovery.startUntitled(dir);
        crashed.write(untitled);
        untitledCopies.add(crashed.copy());
        crashed.close(); // the process ended without discarding: its lock is gone, its copy stays

        vm.newProject();
        autosave.offerUntitled();
        Recovery.Found offer = autosave.offerProperty().get();
        assertThat(offer).isNotNull();
        assertThat(offer.copy()).isEqualTo(crashed.copy());
        assertThat(offer.isUntitled()).isTrue();

        autosave.restore();

        assertThat(vm.fileProperty().get()).isNull();
        assertThat(vm.projectProperty().get().episodes().get(0).scenes().get(0).shots()).hasSize(1);
        assertThat(vm.isDirty()).isTrue();
        assertThat(crashed.copy()).as("the restored copy is taken over by this window's own").doesNotExist();
    }
}
