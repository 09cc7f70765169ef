package io.cutroom.ui.bin;

import static io.cutroom.testing.Projects.card;
import static io.cutroom.testing.Projects.project;
import static io.cutroom.testing.Projects.scene;
import static io.cutroom.testing.Projects.take;
import static org.assertj.core.api.Assertions.assertThat;

import io.cutroom.media.MediaProbe;
import io.cutroom.media.ProbeCache;
import io.cutroom.model.Scene;
import io.cutroom.model.Shot;
import io.cutroom.model.TakeShot;
import io.cutroom.projectfile.ProjectFile;
import io.cutroom.testing.TestMedia;
import io.cutroom.ui.Selection;
import io.cutroom.ui.TaskExecutor;
import io.cutroom.ui.editor.EditorViewModel;
import io.cutroom.ui.editor.ProbingScanner;
import io.cutroom.ui.editor.RecentProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing clips as takes or as new shots, with work run at once and real probes. */
class MediaImportTest {

    static final ProbeCache PROBES = ProbeCache.inMemory();

    @TempDir
    static Path dir;

    private EditorViewModel vm;
    private MediaImport importer;

    @BeforeAll
    static void media() throws Exception {
        Path in = dir.resolve("in");
        TestMedia.clip(in.resolve("b.mp4"), "320x180", "24", 1, 0);
        Files.copy(in.resolve("b.mp4"), in.resolve("A.mp4"));
        Files.createDirectories(in.resolve("sub"));
        Files.copy(in.resolve("b.mp4"), in.resolve("sub/c d.mp4"));
        Files.createDirectories(in.resolve(".hidden"));
        Files.copy(in.resolve("b.mp4"), in.resolve(".hidden/e.mp4"));
        Files.writeString(in.resolve("notes.txt"), "not a clip\n");
        TestMedia.tone(in.resolve("tone.wav"), 440, 0.5);
        TestMedia.clip(dir.resolve("x.mp4"), "320x180", "24", 2, 0);
    }

    @BeforeEach
    void setUp() throws Exception {
        Path file = dir.resolve("pilot.cutroom.json");
        ProjectFile.write(project(scene("s1", take("b", "x.mp4", "0", null), card("k", "Later", "1"))), file);
        vm = new EditorViewModel(new EditorViewModel.Services(TaskExecutor.currentThread(),
                new ProbingScanner(Optional.empty(), PROBES), new RecentProjects(dir.resolve("recent"))));
        vm.open(file);
        importer = new MediaImport(vm, TaskExecutor.currentThread(), new MediaProbe(TestMedia.ffmpeg(), PROBES)::probe);
    }

    private List<Shot> shots() {
        Scene s = vm.projectProperty().get().episodes().get(0).scenes().get(0);
        return s.shots();
    }

    @Test
    void aFolderBecomesNewShotsInNameOrderAndWhatIsNoClipIsListedAsSkipped() {
        vm.selectionProperty().set(Selection.scene("s1"));

        importer.importFiles(List.of(dir.resolve("in")));

        assertThat(shots()).extracting(Shot::id).containsExactly("b", "k", "A", "b-2", "c-d");
        assertThat(shots().subList(2, 5)).extracting(s -> ((TakeShot) s).selectedTake().source())
                .containsExactly("in/A.mp4", "in/b.mp4", "in/sub/c d.mp4");
        MediaImport.Report report = importer.reportProperty().get();
        assertThat(report.summary()).isEqualTo("Imported 3 clips as 3 new shots at the end of scene s1; 2 files skipped");
        assertThat(report.skipped()).extracting(Object::toString).containsExactly(
                "notes.txt: not a media file ffprobe can read (Invalid data found when processing input)",
                "tone.wav: no picture (sound only); add sound as dialogue or music");
        assertThat(vm.cutProperty().get()).as("the new clips' lengths are known: the cut lays out").isNotNull();
        assertThat(vm.cutProperty().get().video()).hasSize(5);

        vm.undo();
        assertThat(shots()).extracting(Shot::id).containsExactly("b", "k");
    }

    @Test
    void withAShotSelectedClipsBecomeItsTakes() {
        vm.selectionProperty().set(Selection.take("b", "t1"));

        importer.importFiles(List.of(dir.resolve("in/b.mp4"), dir.resolve("in/A.mp4")));

        TakeShot shot = (TakeShot) shots().get(0);
        assertThat(shot.takes()).extracting(t -> t.id() + " " + t.source())
                .containsExactly("t1 x.mp4", "t2 in/b.mp4", "t3 in/A.mp4");
        assertThat(shot.selected()).as("the selection does not change").isEqualTo("t1");
        assertThat(importer.reportProperty().get().summary()).isEqualTo("Imported 2 clips as 2 takes of shot b");
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo Import 2 clips");
    }

    @Test
    void aClipsSidecarGivesItsTakeItsProvenanceAndAClipWithABrokenSidecarIsSkipped() throws Exception {
        Path side = dir.resolve("side");
        Files.createDirectories(side);
        Files.copy(dir.resolve("x.mp4"), side.resolve("lamp.mp4"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(side.resolve("lamp.mp4.json"), """
                { "prompt": "The lamp turns", "model": "veo-3", "seed": 1837463, "notes": "keep", "fps": 24 }
                """);
        Files.copy(dir.resolve("x.mp4"), side.resolve("sea.mp4"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(side.resolve("sea.json"), "{ \"model\": 3 }");
        vm.selectionProperty().set(Selection.shot("b"));

        importer.importFiles(List.of(side));

        TakeShot shot = (TakeShot) shots().get(0);
        assertThat(shot.takes().get(1).provenance())
                .isEqualTo(new io.cutroom.model.Provenance("The lamp turns", "veo-3", 1837463L, "keep"));
        MediaImport.Report report = importer.reportProperty().get();
        assertThat(report.summary()).isEqualTo("Imported 1 clip as 1 take of shot b; 1 file skipped");
        assertThat(report.skipped()).extracting(Object::toString)
                .containsExactly("sea.mp4: unreadable sidecar sea.json: model: expected text, got 3");
    }

    @Test
    void aCardTakesNoClipsAndNothingChanges() {
        vm.selectionProperty().set(Selection.shot("k"));

        importer.importFiles(List.of(dir.resolve("in/b.mp4")));

        assertThat(importer.reportProperty().get().summary())
                .isEqualTo("Could not import 1 clip as 1 take of shot k: scene s1 › shot k is a card: it has no takes");
        assertThat(vm.canUndoProperty().get()).isFalse();
    }

    @Test
    void withNothingSelectedClipsGoToTheEndOfTheLastScene() {
        assertThat(MediaImport.target(vm.episode(), null)).contains(new MediaImport.Target(true, "s1"));
        assertThat(MediaImport.target(vm.episode(), Selection.subtitle("b", 0))).contains(new MediaImport.Target(false, "b"));
    }

    @Test
    void idsComeFromFileNames() {
        assertThat(MediaImport.freshId(Set.of(), Path.of("harbour wide (v2).mp4"))).isEqualTo("harbour-wide-v2-");
        assertThat(MediaImport.freshId(Set.of("a", "a-2"), Path.of("a.mp4"))).isEqualTo("a-3");
        assertThat(MediaImport.freshId(Set.of(), Path.of("__.mp4"))).isEqualTo("shot");
    }
}
