package io.cutroom.ui.editor;

import static io.cutroom.testing.Projects.project;
import static io.cutroom.testing.Projects.scene;
import static io.cutroom.testing.Projects.take;
import static org.assertj.core.api.Assertions.assertThat;

import io.cutroom.media.ProbeCache;
import io.cutroom.model.Episode;
import io.cutroom.model.Project;
import io.cutroom.model.Scene;
import io.cutroom.projectfile.ProjectFile;
import io.cutroom.testing.TestMedia;
import io.cutroom.ui.Selection;
import io.cutroom.ui.SourceState;
import io.cutroom.ui.TaskExecutor;
import io.cutroom.ui.bin.BinNode;
import io.cutroom.ui.inspector.InspectorViewModel;
import io.cutroom.ui.timeline.Lane;
import io.cutroom.ui.viewer.Picture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's document handling, with work run at once on the test's thread. */
class EditorViewModelTest {

    static final Path EXAMPLE = Path.of("test-media/example/pilot.cutroom.json").toAbsolutePath();
    /** Probes are kept for the whole class: the example's 30 files are probed once. */
    static final MediaScanner SCANNER = new ProbingScanner(Optional.empty(), ProbeCache.inMemory());

    @TempDir
    Path dir;

    private final List<String> errors = new ArrayList<>();
    private EditorViewModel vm;

    @BeforeEach
    void setUp() {
        vm = editor(TaskExecutor.currentThread());
    }

    private EditorViewModel editor(TaskExecutor tasks) {
        EditorViewModel e = new EditorViewModel(new EditorViewModel.Services(tasks, SCANNER,
                new RecentProjects(dir.resolve("config/cutroom/recent-projects"))));
        e.setErrorHandler(errors::add);
        return e;
    }

    /** A rename of the first scene's heading: an edit, as timeline's operations will be. */
    private static ProjectEdit renameFirstScene(String heading) {
        return p -> {
            Episode e = p.episodes().get(0);
            List<Scene> scenes = new ArrayList<>(e.scenes());
            Scene s = scenes.get(0);
            scenes.set(0, new Scene(s.id(), heading, s.chapter(), s.shots()));
            return p.withEpisodes(List.of(e.withScenes(scenes)));
        };
    }

    @Test
    void openingTheExampleShowsItsCutBinAndMedia() {
        vm.open(EXAMPLE);

        assertThat(vm.fileProperty().get()).isEqualTo(EXAMPLE);
        assertThat(vm.cutProperty().get()).isNotNull();
        assertThat(vm.cutProperty().get().video()).hasSize(16);
        assertThat(vm.timeline().items(Lane.SCENES)).hasSize(4);
        assertThat(vm.timeline().isFitted()).isTrue();
        assertThat(vm.mediaProperty().get()).hasSize(30)
                .allSatisfy((path, state) -> assertThat(state.status()).isEqualTo(SourceState.Status.READY));
        assertThat(vm.messageProperty().get()).isEqualTo("30 media files read");
        assertThat(vm.titleProperty().get()).isEqualTo("pilot.cutroom.json — Cutroom");
        assertThat(vm.isDirty()).isFalse();
        assertThat(vm.canUndoProperty().get()).isFalse();
        List<BinNode> scenes = vm.bin().scenesProperty().get();
        assertThat(scenes).extracting(BinNode::title).containsExactly("s1 · EXT. HARBOUR - DAWN",
                "s2 · INT. LIGHTHOUSE - STAIRWELL - DAY", "s3 · INT. LIGHTHOUSE - LAMP ROOM - NIGHT", "s4 · EXT. CLIFF PATH - NIGHT");
        assertThat(scenes.get(0).children().get(1).children()).extracting(BinNode::title, BinNode::selected)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("t1 · clips/s1a_t1.mp4", false),
                        org.assertj.core.groups.Tuple.tuple("t2 · clips/s1a_t2.mp4", true));
        assertThat(vm.bin().offlineProperty().get()).isZero();
    }

    @Test
    void theProjectShowsBeforeItsMediaIsProbedAndTheCutFollows() {
        List<Runnable> later = new ArrayList<>();
        TaskExecutor deferScans = new TaskExecutor() {
            @Override
            public <T> void execute(Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
                if (vmProjectOpen()) {
                    later.add(() -> TaskExecutor.currentThread().execute(work, done, failed));
                } else {
                    TaskExecutor.currentThread().execute(work, done, failed);
                }
            }
        };
        vm = editor(deferScans);
        vm.open(EXAMPLE);

        assertThat(vm.projectProperty().get()).isNotNull();
        assertThat(vm.scanningProperty().get()).isTrue();
        assertThat(vm.bin().scenesProperty().get()).hasSize(4);
        assertThat(vm.cutProperty().get()).as("open out points wait for the probes").isNull();
        assertThat(vm.timeline().noticeProperty().get()).isEqualTo("Reading the media files …");

        later.forEach(Runnable::run);
        assertThat(vm.scanningProperty().get()).isFalse();
        assertThat(vm.cutProperty().get()).isNotNull();
        assertThat(vm.timeline().noticeProperty().get()).isEmpty();
    }

    private boolean vmProjectOpen() {
        return vm != null && vm.projectProperty().get() != null;
    }

    @Test
    void aMissingFileIsMarkedOfflineInTheBinAndTheInspector() throws Exception {
        Path media = Files.createDirectories(dir.resolve("media"));
        TestMedia.clip(media.resolve("here.mp4"), "160x90", "24", 1, 0);
        Project p = project(scene("s1", take("a", "here.mp4", "0", "1"), take("b", "gone.mp4", "0", "1")));
        p = new Project(p.format(), "media", p.style(), p.episodes());
        Path file = dir.resolve("p.cutroom.json");
        ProjectFile.write(p, file);

        vm.open(file);

        Path gone = media.resolve("gone.mp4");
        assertThat(vm.mediaProperty().get().get(gone).status()).isEqualTo(SourceState.Status.MISSING);
        assertThat(vm.messageProperty().get()).isEqualTo("2 media files read: 1 offline (missing on disk)");
        assertThat(vm.cutProperty().get()).as("out points are given, so the cut resolves").isNotNull();
        assertThat(vm.bin().offlineProperty().get()).isEqualTo(1);
        BinNode goneTake = vm.bin().scenesProperty().get().get(0).children().get(1).children().get(0);
        assertThat(goneTake.status()).isEqualTo("source missing on disk");
        vm.selectionProperty().set(Selection.shot("b"));
        assertThat(vm.inspector().rowsProperty().get()).contains(new InspectorViewModel.Row("File", "source missing on disk"));
        vm.selectionProperty().set(Selection.shot("a"));
        assertThat(vm.inspector().rowsProperty().get()).contains(new InspectorViewModel.Row("File", "on disk, 1 s"));
    }

    @Test
    void aFileThatCannotBeOpenedIsReportedInWordsAndChangesNothing() throws Exception {
        vm.open(EXAMPLE);
        Path broken = dir.resolve("broken.cutroom.json");
        Files.writeString(broken, "{ \"cutroom\": 1, \"format\": ");

        vm.open(broken);

        assertThat(vm.fileProperty().get()).isEqualTo(EXAMPLE);
        assertThat(errors).singleElement().asString().startsWith("Cannot open broken.cutroom.json: " + broken)
                .endsWith(":1:27: malformed JSON: unexpected end-of-input within/between Object entries");
        assertThat(vm.messageProperty().get()).isEqualTo(errors.get(0));

        vm.open(dir.resolve("nope.cutroom.json"));
        assertThat(errors.get(1)).isEqualTo("Cannot open nope.cutroom.json: " + dir.resolve("nope.cutroom.json") + ": no such file");
    }

    @Test
    void anEditMakesTheProjectDirtyAndUndoRedoFollowTheHistory() {
        vm.open(EXAMPLE);

        assertThat(vm.apply("Rename scene", renameFirstScene("EXT. PIER - DAWN"))).isTrue();
        assertThat(vm.isDirty()).isTrue();
        assertThat(vm.titleProperty().get()).isEqualTo("*pilot.cutroom.json — Cutroom");
        assertThat(vm.canUndoProperty().get()).isTrue();
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo Rename scene");
        assertThat(vm.timeline().items(Lane.SCENES).get(0).label()).isEqualTo("EXT. PIER - DAWN");

        vm.undo();
        assertThat(vm.isDirty()).as("back where it was saved").isFalse();
        assertThat(vm.canRedoProperty().get()).isTrue();
        assertThat(vm.redoTextProperty().get()).isEqualTo("Redo Rename scene");
        assertThat(vm.timeline().items(Lane.SCENES).get(0).label()).isEqualTo("EXT. HARBOUR - DAWN");
        assertThat(vm.messageProperty().get()).isEqualTo("Undid Rename scene");

        vm.redo();
        assertThat(vm.isDirty()).isTrue();
        assertThat(vm.timeline().items(Lane.SCENES).get(0).label()).isEqualTo("EXT. PIER - DAWN");
        assertThat(vm.canRedoProperty().get()).isFalse();
    }

    @Test
    void aRejectedEditChangesNothingAndSaysWhy() {
        vm.open(EXAMPLE);
        Project before = vm.projectProperty().get();

        boolean made = vm.apply("Trim shot", p -> {
            throw new IllegalArgumentException("shot 's1-a' would be shorter than one frame");
        });

        assertThat(made).isFalse();
        assertThat(vm.projectProperty().get()).isSameAs(before);
        assertThat(vm.canUndoProperty().get()).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("Cannot trim shot: shot 's1-a' would be shorter than one frame");
    }

    @Test
    void saveAsElsewhereKeepsTheMediaFoundAndSaveWritesTheEdit() throws Exception {
        vm.open(EXAMPLE);
        Path target = Files.createDirectories(dir.resolve("copies")).resolve("pilot-copy.cutroom.json");

        assertThat(vm.saveAs(target)).isTrue();

        assertThat(vm.fileProperty().get()).isEqualTo(target);
        Project saved = ProjectFile.read(target);
        Path example = EXAMPLE.getParent();
        assertThat(target.getParent().resolve(saved.mediaRoot()).normalize()).isEqualTo(example.resolve("media"));
        assertThat(vm.cutProperty().get()).as("the media is still found from the new folder").isNotNull();
        assertThat(vm.messageProperty().get()).isEqualTo("Saved " + target);

        vm.apply("Rename scene", renameFirstScene("EXT. PIER - DAWN"));
        assertThat(vm.save()).isTrue();
        assertThat(vm.isDirty()).isFalse();
        assertThat(Files.readString(target)).isEqualTo(ProjectFile.toJson(vm.projectProperty().get()))
                .contains("EXT. PIER - DAWN");
        assertThat(vm.recentProperty().get()).startsWith(target, EXAMPLE);
    }

    @Test
    void aTimelineEditIsOneUndoStepAndTheSelectionStaysOnWhatExists() {
        vm.open(EXAMPLE);
        vm.selectionProperty().set(Selection.shot("s1-a"));

        assertThat(vm.timeline().commands().cycleTake(1)).isTrue();

        assertThat(((io.cutroom.model.TakeShot) vm.episode().shot("s1-a").orElseThrow()).selected()).isEqualTo("t1");
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo Take t1 for s1-a");
        assertThat(vm.messageProperty().get()).isEqualTo("Take t1 for s1-a");
        assertThat(vm.isDirty()).isTrue();

        long cut = vm.timeline().items(Lane.VIDEO).get(3).range().start();
        vm.playheadProperty().set(cut + 10);
        assertThat(vm.timeline().commands().split()).isTrue();
        vm.selectionProperty().set(Selection.shot("s1-cb"));
        assertThat(vm.timeline().items(Lane.VIDEO)).hasSize(17);

        vm.undo();
        assertThat(vm.timeline().items(Lane.VIDEO)).hasSize(16);
        assertThat(vm.selectionProperty().get()).as("the second half is gone").isNull();
        assertThat(vm.messageProperty().get()).isEqualTo("Undid Split s1-c");
        vm.undo();
        assertThat(vm.isDirty()).isFalse();
        assertThat(((io.cutroom.model.TakeShot) vm.episode().shot("s1-a").orElseThrow()).selected()).isEqualTo("t2");
        vm.redo();
        vm.redo();
        assertThat(vm.timeline().items(Lane.VIDEO)).hasSize(17);
        assertThat(vm.canRedoProperty().get()).isFalse();
    }

    @Test
    void aRefusedTimelineEditIsShownAsItsMessageAndChangesNothing() {
        vm.open(EXAMPLE);
        Project before = vm.projectProperty().get();

        var refused = vm.edit("Trim s1-b", (edits, p, ep) -> edits.trim(p, ep, "s1-b",
                io.cutroom.timeline.Edits.Edge.START, -30));

        assertThat(refused).contains("scene s1 › shot s1-b › take t1: cannot move the start 30 frames earlier: only 0"
                + " frames of 'clips/s1b_t1.mp4' come before it");
        assertThat(vm.messageProperty().get()).isEqualTo("Cannot trim s1-b: " + refused.get());
        assertThat(vm.projectProperty().get()).isSameAs(before);
        assertThat(vm.canUndoProperty().get()).isFalse();
    }

    @Test
    void saveAsElsewhereKeepsTheUndoHistoryWithPathsForTheNewFolder() throws Exception {
        vm.open(EXAMPLE);
        vm.apply("Rename scene", renameFirstScene("EXT. PIER - DAWN"));
        Path target = Files.createDirectories(dir.resolve("copies")).resolve("pilot-copy.cutroom.json");

        assertThat(vm.saveAs(target)).isTrue();

        assertThat(vm.isDirty()).isFalse();
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo Rename scene");
        vm.undo();
        assertThat(vm.isDirty()).isTrue();
        assertThat(vm.timeline().items(Lane.SCENES).get(0).label()).isEqualTo("EXT. HARBOUR - DAWN");
        assertThat(target.getParent().resolve(vm.projectProperty().get().mediaRoot()).normalize())
                .as("the state before the edit names the media from the new folder too")
                .isEqualTo(EXAMPLE.getParent().resolve("media"));
        assertThat(vm.cutProperty().get()).isNotNull();
    }

    @Test
    void aSaveThatFailsSaysWhyAndKeepsTheChanges() {
        vm.open(EXAMPLE);
        vm.apply("Rename scene", renameFirstScene("EXT. PIER - DAWN"));
        Path nowhere = dir.resolve("no/such/folder/p.cutroom.json");

        assertThat(vm.saveAs(nowhere)).isFalse();

        assertThat(vm.isDirty()).isTrue();
        assertThat(vm.fileProperty().get()).isEqualTo(EXAMPLE);
        assertThat(errors).singleElement().asString().startsWith("Cannot save: " + nowhere + ": cannot save");
    }

    @Test
    void aNewProjectIsUntitledAndNeedsAFileToBeSaved() {
        vm.newProject();

        assertThat(vm.titleProperty().get()).isEqualTo("Untitled — Cutroom");
        assertThat(vm.fileProperty().get()).isNull();
        assertThat(vm.cutProperty().get()).isNull();
        assertThat(vm.timeline().noticeProperty().get()).isEqualTo("The episode has no shots yet.");
        assertThat(vm.save()).as("Save asks for a file first").isFalse();
        Path target = dir.resolve("new.cutroom.json");
        assertThat(vm.saveAs(target)).isTrue();
        assertThat(Files.isRegularFile(target)).isTrue();
        assertThat(vm.titleProperty().get()).isEqualTo("new.cutroom.json — Cutroom");
    }

    @Test
    void recentProjectsAreRememberedNewestFirstAndAMissingOneIsForgotten() throws Exception {
        Path other = dir.resolve("other.cutroom.json");
        ProjectFile.write(project(scene("s1", take("a", "a.mp4", "0", "1"))), other);
        vm.open(EXAMPLE);
        vm.open(other);
        vm.open(EXAMPLE);

        assertThat(vm.recentProperty().get()).containsExactly(EXAMPLE, other);
        assertThat(editor(TaskExecutor.currentThread()).recentProperty().get()).as("kept on disk")
                .containsExactly(EXAMPLE, other);

        Files.delete(other);
        vm.open(other);
        assertThat(vm.recentProperty().get()).containsExactly(EXAMPLE);
        vm.clearRecent();
        assertThat(vm.recentProperty().get()).isEmpty();
    }

    @Test
    void thePlayheadDrivesTheViewerAndTheSelectionTheInspector() {
        vm.open(EXAMPLE);
        var subtitle = vm.cutProperty().get().subtitles().get(0);

        vm.playheadProperty().set(subtitle.range().start() + 2);

        assertThat(vm.viewer().subtitleProperty().get()).isEqualTo("The light went out three nights ago.");
        Picture picture = vm.viewer().pictureProperty().get();
        assertThat(picture.kind()).isEqualTo(Picture.Kind.CLIP);
        assertThat(picture.text()).isEqualTo("s1-b · take t1");
        vm.playheadProperty().set(0);
        assertThat(vm.viewer().pictureProperty().get().text()).isEqualTo("The Last Signal\nEpisode 1: Pilot");
        assertThat(vm.viewer().timecodeProperty().get()).isEqualTo("00:00:00:00");

        vm.selectionProperty().set(Selection.shot("s1-a"));
        assertThat(vm.inspector().titleProperty().get()).isEqualTo("Shot s1-a");
        assertThat(vm.inspector().rowsProperty().get()).extracting(r -> r.label() + ": " + r.value()).contains(
                "Selected take: t2", "Model: Veo 3", "Seed: 1837463", "Transition: crossfade", "Transition length: 1 s");
    }

    @Test
    void openingAnotherProjectClearsTheSelectionAndPlayhead() {
        vm.open(EXAMPLE);
        vm.selectionProperty().set(Selection.shot("s1-a"));
        vm.playheadProperty().set(100);

        vm.open(EXAMPLE);

        assertThat(vm.selectionProperty().get()).isNull();
        assertThat(vm.playheadProperty().get()).isZero();
        assertThat(vm.inspector().titleProperty().get()).isEqualTo("Nothing selected");
    }

    @Test
    void theListOfRecentProjectsFollowsXdgConfigHome() {
        assertThat(RecentProjects.defaultFile(Map.of("XDG_CONFIG_HOME", "/cfg"), Path.of("/home/u")))
                .isEqualTo(Path.of("/cfg/cutroom/recent-projects"));
        assertThat(RecentProjects.defaultFile(Map.of(), Path.of("/home/u")))
                .isEqualTo(Path.of("/home/u/.config/cutroom/recent-projects"));
    }
}
