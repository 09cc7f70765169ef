package io.cutroom.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import io.cutroom.model.Project;
import io.cutroom.projectfile.ProjectFile;
import io.cutroom.timeline.Cut;
import io.cutroom.timeline.Resolver;
import io.cutroom.ui.Selection;
import io.cutroom.ui.inspector.InspectorViewModel.Row;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InspectorViewModelTest {

    static final Path EXAMPLE = Path.of("test-media/example/pilot.cutroom.json").toAbsolutePath();
    static InspectorViewModel.Context context;

    private final InspectorViewModel vm = new InspectorViewModel();

    @BeforeAll
    static void read() throws Exception {
        Project p = ProjectFile.read(EXAMPLE);
        // every open out point taken as 6 s: enough to resolve without probing
        Cut cut = Resolver.resolve(p, "ep1", EXAMPLE.getParent(), source -> Optional.of(io.cutroom.model.Rational.of(6)));
        context = new InspectorViewModel.Context(p.episodes().get(0), cut, Resolver.mediaRoot(EXAMPLE.getParent(), p), Map.of());
    }

    @Test
    void aCardShowsItsTextColoursAndPlace() {
        vm.show(Selection.shot("s1-title"), context);
        assertThat(vm.titleProperty().get()).isEqualTo("Card s1-title");
        assertThat(vm.rowsProperty().get()).containsExactly(
                new Row("Shot", "s1-title"),
                new Row("Text", "The Last Signal\nEpisode 1: Pilot"),
                new Row("Duration", "4 s"),
                new Row("Background", "#0B1D2E"),
                new Row("Colour", "#F4E9D8"),
                new Row("Transition", "cut"),
                new Row("Dialogue", "0"),
                new Row("Subtitles", "0"),
                new Row("Starts", "00:00:00:00 (frame 0)"),
                new Row("Length", "96 frames, 4 s"));
    }

    @Test
    void aSubtitleCueShowsItsTextSpeakerAndTiming() {
        vm.show(Selection.subtitle("s1-b", 0), context);
        assertThat(vm.titleProperty().get()).isEqualTo("Subtitle of s1-b");
        assertThat(vm.rowsProperty().get()).containsExactly(
                new Row("Shot", "s1-b"),
                new Row("Text", "The light went out three nights ago."),
                new Row("Speaker", "MARA"),
                new Row("Offset", "0.8 s after the shot starts"),
                new Row("Duration", "2.3 s"));
    }

    @Test
    void aTakeDialogueMusicAndSceneEachShowTheirFields() {
        vm.show(Selection.take("s1-a", "t1"), context);
        assertThat(vm.titleProperty().get()).isEqualTo("Take t1 of s1-a");
        assertThat(vm.rowsProperty().get()).contains(new Row("Take", "t1"), new Row("Out", "end of clip"),
                new Row("File", "not looked at yet"), new Row("Seed", "1837462"));

        vm.show(Selection.dialogue("s1-b", 0), context);
        assertThat(vm.rowsProperty().get()).contains(new Row("Source", "dialogue/01_mara_light.m4a"),
                new Row("Offset", "0.8 s after the shot starts"), new Row("Gain", "+0.0 dB"));

        vm.show(Selection.music(0), context);
        assertThat(vm.titleProperty().get()).isEqualTo("Music cue 1");
        assertThat(vm.rowsProperty().get()).contains(new Row("Anchor", "s1-title"), new Row("Runs", "until s4-c"),
                new Row("Gain", "-8.0 dB"), new Row("Fades", "in 2 s, out 3 s"));

        vm.show(Selection.scene("s2"), context);
        assertThat(vm.rowsProperty().get()).contains(new Row("Heading", "INT. LIGHTHOUSE - STAIRWELL - DAY"),
                new Row("Shots", "5"));
    }

    @Test
    void aSelectionThatIsGoneShowsNothing() {
        vm.show(Selection.shot("nope"), context);
        assertThat(vm.titleProperty().get()).isEqualTo("Nothing selected");
        assertThat(vm.rowsProperty().get()).isEmpty();
        vm.show(Selection.subtitle("s1-a", 4), context);
        assertThat(vm.rowsProperty().get()).isEmpty();
        vm.show(null, context);
        assertThat(vm.titleProperty().get()).isEqualTo("Nothing selected");
    }
}
