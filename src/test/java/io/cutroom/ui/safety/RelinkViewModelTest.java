package io.cutroom.ui.safety;

import static io.cutroom.testing.Projects.project;
import static io.cutroom.testing.Projects.scene;
import static io.cutroom.testing.Projects.take;
import static org.assertj.core.api.Assertions.assertThat;

import io.cutroom.media.ProbeCache;
import io.cutroom.model.TakeShot;
import io.cutroom.projectfile.ProjectFile;
import io.cutroom.testing.TestMedia;
import io.cutroom.ui.SourceState;
import io.cutroom.ui.TaskExecutor;
import io.cutroom.ui.editor.EditorViewModel;
import io.cutroom.ui.editor.MediaScanner;
import io.cutroom.ui.editor.ProbingScanner;
import io.cutroom.ui.editor.RecentProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Relinking offline media from a folder, with work run at once. */
class RelinkViewModelTest {

    static final MediaScanner SCANNER = new ProbingScanner(Optional.empty(), ProbeCache.inMemory());

    @TempDir
    static Path media;
    @TempDir
    Path dir;

    private EditorViewModel vm;
    private RelinkViewModel relink;

    @BeforeAll
    static void clips() throws Exception {
        TestMedia.clip(media.resolve("moved/clips/a.mp4"), "320x180", "24", 1, 0);
        Files.createDirectories(media.resolve("moved/old"));
        Files.copy(media.resolve("moved/clips/a.mp4"), media.resolve("moved/old/a.mp4"));
    }

    @BeforeEach
    void setUp() throws Exception {
        Path file = dir.resolve("pilot.cutroom.json");
        ProjectFile.write(project(scene("s1", take("a", "clips/a.mp4", "0", "1"), take("b", "clips/b.mp4", "0", "1"))), file);
        vm = new EditorViewModel(new EditorViewModel.Services(TaskExecutor.currentThread(), SCANNER,
                new RecentProjects(dir.resolve("recent"))));
        vm.open(file);
        relink = new RelinkViewModel(vm, TaskExecutor.currentThread(), SCANNER);
    }

    private String source(String shot) {
        return vm.projectProperty().get().episodes().get(0).scenes().get(0).shots().stream()
                .filter(s -> s.id().equals(shot)).map(s -> ((TakeShot) s).selectedTake().source()).findFirst().orElseThrow();
    }

    @Test
    void theOfflineFilesAreListed() {
        relink.show();

        assertThat(relink.matchesProperty().get()).extracting(RelinkViewModel.Match::missing)
                .containsExactly(dir.resolve("clips/a.mp4"), dir.resolve("clips/b.mp4"));
        assertThat(relink.messageProperty().get())
                .isEqualTo("2 media files offline. Choose a folder to search, with its subfolders.");
    }

    @Test
    void aMovedFileIsFoundByNameTheClosestFolderWinsAndRelinkIsOneUndoableEdit() {
        relink.show();
        Path moved = media.resolve("moved");

        relink.search(moved);

        assertThat(relink.matchesProperty().get()).extracting(RelinkViewModel.Match::describe).containsExactly(
                "a.mp4 → " + moved.resolve("clips/a.mp4") + " (the closest of 2 of that name)", "b.mp4: not found");
        assertThat(relink.messageProperty().get()).isEqualTo("Found 1 of 2 in " + moved
                + ". Relink applies them as one edit (Edit › Undo takes it back).");

        relink.relink();

        assertThat(source("a")).isEqualTo(dir.relativize(moved.resolve("clips/a.mp4")).toString());
        assertThat(source("b")).isEqualTo("clips/b.mp4");
        assertThat(vm.mediaProperty().get().get(moved.resolve("clips/a.mp4")).status()).isEqualTo(SourceState.Status.READY);
        assertThat(relink.messageProperty().get()).isEqualTo("Relinked 1 media file; 1 still offline.");
        assertThat(relink.matchesProperty().get()).extracting(RelinkViewModel.Match::missing)
                .containsExactly(dir.resolve("clips/b.mp4"));
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo Relink 1 media file");

        vm.undo();
        assertThat(source("a")).isEqualTo("clips/a.mp4");
        relink.show();
        assertThat(relink.matchesProperty().get()).hasSize(2);
    }

    @Test
    void aFolderWithoutTheFilesFindsNothingAndRelinkChangesNothing() throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        relink.show();
        relink.search(dir.resolve("empty"));
        relink.relink();

        assertThat(relink.messageProperty().get()).isEqualTo("Nothing to relink: no offline file was found.");
        assertThat(vm.canUndoProperty().get()).isFalse();
    }

    @Test
    void commonTailCountsTheTrailingFoldersTwoPathsShare() {
        assertThat(RelinkViewModel.commonTail(Path.of("/a/clips/x.mp4"), Path.of("/b/clips/x.mp4"))).isEqualTo(2);
        assertThat(RelinkViewModel.commonTail(Path.of("/a/clips/x.mp4"), Path.of("/b/other/x.mp4"))).isEqualTo(1);
    }
}
