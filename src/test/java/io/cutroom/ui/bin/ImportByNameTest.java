package io.cutroom.ui.bin;

import static io.cutroom.testing.Projects.card;
import static io.cutroom.testing.Projects.project;
import static io.cutroom.testing.Projects.scene;
import static io.cutroom.testing.Projects.slate;
import static io.cutroom.testing.Projects.take;
import static io.cutroom.testing.Projects.withSubtitle;
import static org.assertj.core.api.Assertions.assertThat;

import io.cutroom.media.MediaProbe;
import io.cutroom.media.ProbeCache;
import io.cutroom.model.Provenance;
import io.cutroom.model.Shot;
import io.cutroom.model.Slate;
import io.cutroom.model.TakeShot;
import io.cutroom.projectfile.ProjectFile;
import io.cutroom.testing.TestMedia;
import io.cutroom.ui.TaskExecutor;
import io.cutroom.ui.editor.EditorViewModel;
import io.cutroom.ui.editor.ProbingScanner;
import io.cutroom.ui.editor.RecentProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import Media by Name in the editor, with work run at once and real probes. */
class ImportByNameTest {

    static final ProbeCache PROBES = ProbeCache.inMemory();

    @TempDir
    static Path dir;

    private EditorViewModel vm;
    private ImportByName importer;

    @BeforeAll
    static void media() throws Exception {
        Path clip = TestMedia.clip(dir.resolve("x.mp4"), "320x180", "24", 1, 0);
        Path renders = dir.resolve("renders");
        Files.createDirectories(renders);
        for (String name : new String[] {"S01_SH01_v2.mp4", "S01_SH02_take1.mp4", "S01_SH03.mp4", "S02_SH01.mp4"}) {
            Files.copy(clip, renders.resolve(name));
        }
        Files.writeString(renders.resolve("S01_SH02_take1.json"), "{ \"prompt\": \"The keeper\", \"seed\": 9 }");
    }

    @BeforeEach
    void setUp() throws Exception {
        Path file = dir.resolve("pilot.cutroom.json");
        ProjectFile.write(project(scene("s1", take("a", "x.mp4", "0", null),
                withSubtitle(slate("b", "The keeper climbs", "2"), "Who's there?", "0.5", "1"), card("k", "Later", "1"))),
                file);
        vm = new EditorViewModel(new EditorViewModel.Services(TaskExecutor.currentThread(),
                new ProbingScanner(Optional.empty(), PROBES), new RecentProjects(dir.resolve("recent"))));
        vm.open(file);
        importer = new ImportByName(vm, TaskExecutor.currentThread(), new MediaProbe(TestMedia.ffmpeg(), PROBES)::probe);
    }

    private Shot shot(String id) {
        return vm.projectProperty().get().episodes().get(0).shot(id).orElseThrow();
    }

    @Test
    void aFolderIsFiledIntoItsShotsAsOneUndoableEditAndWhatCannotBePlacedIsListed() {
        importer.importFolder(dir.resolve("renders"));

        ImportByName.Report report = importer.reportProperty().get();
        assertThat(report.summary()).isEqualTo("Placed 2 clips, 0 already there, 2 not placed");
        assertThat(report.placed()).containsExactly(
                "S01_SH01_v2.mp4 -> scene 1 (s1) › shot 1 (a) › take t2; no provenance",
                "S01_SH02_take1.mp4 -> scene 1 (s1) › shot 2 (b) › take t1, selected (was a slate); seed 9,"
                        + " prompt \"The keeper\"");
        assertThat(report.notPlaced()).containsExactly(
                "S01_SH03.mp4: scene s1 › shot k is a card: it has no takes",
                "S02_SH01.mp4: no scene 2 (episode ep1 has 1 scene)");
        TakeShot a = (TakeShot) shot("a");
        assertThat(a.takes()).extracting(t -> t.source()).containsExactly("x.mp4", "renders/S01_SH01_v2.mp4");
        assertThat(a.selected()).as("a new take of a shot with takes is not selected").isEqualTo("t1");
        TakeShot b = (TakeShot) shot("b");
        assertThat(b.selectedTake().provenance()).isEqualTo(new Provenance("The keeper", null, 9L, null));
        assertThat(b.subtitles()).extracting(c -> c.text()).containsExactly("Who's there?");
        assertThat(vm.cutProperty().get().video()).as("the new clips' lengths are known: the cut lays out").hasSize(3);
        assertThat(vm.messageProperty().get()).isEqualTo("Placed 2 clips, 0 already there, 2 not placed");
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo Import Media by Name");

        vm.undo();
        assertThat(shot("b")).isInstanceOf(Slate.class);
        assertThat(((TakeShot) shot("a")).takes()).hasSize(1);
        assertThat(vm.canUndoProperty().get()).isFalse();
    }

    @Test
    void importingTheSameFolderAgainAddsNothingAndNoUndoStep() {
        importer.importFolder(dir.resolve("renders"));
        var after = vm.projectProperty().get();

        importer.importFolder(dir.resolve("renders"));

        assertThat(vm.projectProperty().get()).isEqualTo(after);
        ImportByName.Report report = importer.reportProperty().get();
        assertThat(report.summary()).isEqualTo("Placed 0 clips, 2 already there, 2 not placed");
        assertThat(report.placed()).containsExactly(
                "S01_SH01_v2.mp4: already there, scene 1 (s1) › shot 1 (a) › take t2",
                "S01_SH02_take1.mp4: already there, scene 1 (s1) › shot 2 (b) › take t1");
        vm.undo();
        assertThat(vm.canUndoProperty().get()).as("one step for the first import, none for the second").isFalse();
    }

    @Test
    void aFolderThatIsNotThereIsReported() {
        importer.importFolder(dir.resolve("gone"));

        assertThat(importer.reportProperty().get().summary()).isEqualTo("Cannot import: " + dir.resolve("gone")
                + ": no such folder");
        assertThat(vm.canUndoProperty().get()).isFalse();
    }
}
