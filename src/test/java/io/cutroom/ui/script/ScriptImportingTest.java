package io.cutroom.ui.script;

import static org.assertj.core.api.Assertions.assertThat;

import io.cutroom.media.ProbeCache;
import io.cutroom.model.Project;
import io.cutroom.model.Provenance;
import io.cutroom.model.Rational;
import io.cutroom.model.Shot;
import io.cutroom.model.Slate;
import io.cutroom.model.Take;
import io.cutroom.model.TakeShot;
import io.cutroom.ui.TaskExecutor;
import io.cutroom.ui.editor.EditorViewModel;
import io.cutroom.ui.editor.ProbingScanner;
import io.cutroom.ui.editor.RecentProjects;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** New from Screenplay and Update from Screenplay in the editor, with work run at once. */
class ScriptImportingTest {

    static final String SCRIPT = """
            Title: The Last Signal

            INT. LIGHTHOUSE - NIGHT

            The lamp is dark. Wind rattles the glass.

            MARA
            Who's there?

            EXT. CLIFF - DAWN

            Mara walks to the edge.
            """;

    @TempDir
    Path dir;

    private EditorViewModel vm;
    private ScriptImporting scripts;

    @BeforeEach
    void setUp() {
        vm = new EditorViewModel(new EditorViewModel.Services(TaskExecutor.currentThread(),
                new ProbingScanner(Optional.empty(), ProbeCache.inMemory()), new RecentProjects(dir.resolve("recent"))));
        scripts = new ScriptImporting(vm, TaskExecutor.currentThread());
    }

    private Path script(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private List<Shot> shots() {
        return vm.episode().scenes().stream().flatMap(s -> s.shots().stream()).toList();
    }

    @Test
    void aScreenplayBecomesANewUntitledProjectThatIsNotSavedYet() throws Exception {
        scripts.newFrom(script("pilot.fountain", SCRIPT));

        assertThat(vm.fileProperty().get()).isNull();
        assertThat(vm.dirtyProperty().get()).as("closing it asks to save it").isTrue();
        assertThat(vm.episode().scenes()).extracting(s -> s.heading())
                .containsExactly("The Last Signal", "INT. LIGHTHOUSE - NIGHT", "EXT. CLIFF - DAWN");
        assertThat(shots()).filteredOn(s -> s instanceof Slate).extracting(s -> ((Slate) s).description())
                .containsExactly("The lamp is dark. Wind rattles the glass.", "Mara walks to the edge.");
        assertThat(shots().get(1).subtitles()).extracting(c -> c.speaker() + ": " + c.text())
                .containsExactly("MARA: Who's there?");
        assertThat(vm.messageProperty().get()).isEqualTo(
                "New project from pilot.fountain: 3 scenes, 3 shots, 1 subtitle — save it to keep it");
        assertThat(vm.cutProperty().get()).as("it plays at once").isNotNull();
    }

    @Test
    void aRevisedScreenplayUpdatesTheProjectAsOneUndoableEditKeepingTakes() throws Exception {
        scripts.newFrom(script("pilot.fountain", SCRIPT));
        Slate beat = (Slate) shots().get(1);
        Project p = vm.projectProperty().get();
        vm.edit("Add take", (edits, project, ep) -> edits.addTake(project, ep, beat.id(),
                new Take("t1", "clips/lamp.mp4", Rational.ZERO, Rational.of(3), Provenance.NONE)));
        assertThat(vm.saveAs(dir.resolve("pilot.cutroom.json"))).isTrue();

        scripts.update(script("pilot-v2.fountain", SCRIPT.replace("Mara walks to the edge.",
                "Mara walks to the edge.\n\nA gull strikes the window.")));

        TakeShot kept = (TakeShot) shots().get(1);
        assertThat(kept.takes()).extracting(Take::source).containsExactly("clips/lamp.mp4");
        assertThat(shots()).filteredOn(s -> s instanceof Slate).extracting(s -> ((Slate) s).description())
                .containsExactly("Mara walks to the edge.", "A gull strikes the window.");
        ScriptImporting.Report report = scripts.reportProperty().get();
        assertThat(report.failed()).isFalse();
        assertThat(report.lines()).anyMatch(l -> l.startsWith("new slate") && l.contains("A gull strikes the window."));
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo Update from pilot-v2.fountain");

        vm.undo();
        assertThat(shots()).filteredOn(s -> s instanceof Slate).hasSize(1);
        assertThat(p.format()).isEqualTo(vm.projectProperty().get().format());
    }

    @Test
    void aScriptThatCannotBeReadChangesNothingAndSaysWhy() throws Exception {
        scripts.newFrom(script("pilot.fountain", SCRIPT));
        Project before = vm.projectProperty().get();
        Path bad = dir.resolve("latin1.fountain");
        Files.write(bad, "INT. CAF\u00c9 - DAY\n\nDrinks.\n".getBytes(StandardCharsets.ISO_8859_1));

        scripts.update(bad);

        assertThat(vm.projectProperty().get()).isSameAs(before);
        ScriptImporting.Report report = scripts.reportProperty().get();
        assertThat(report.failed()).isTrue();
        assertThat(report.lines()).containsExactly("latin1.fountain: is not UTF-8 text; save the script as UTF-8");
        assertThat(vm.messageProperty().get())
                .isEqualTo("Could not import the screenplay: latin1.fountain: is not UTF-8 text; save the script as UTF-8");
    }
}
