package io.cutroom.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import io.cutroom.model.Card;
import io.cutroom.model.Color;
import io.cutroom.model.FitMode;
import io.cutroom.model.Project;
import io.cutroom.model.Rational;
import io.cutroom.model.SubtitleCue;
import io.cutroom.model.TakeShot;
import io.cutroom.model.Transition;
import io.cutroom.projectfile.ProjectFile;
import io.cutroom.timeline.Cut;
import io.cutroom.timeline.EditException;
import io.cutroom.timeline.Edits;
import io.cutroom.timeline.Resolver;
import io.cutroom.timeline.SourceDurations;
import io.cutroom.ui.Editing;
import io.cutroom.ui.Selection;
import io.cutroom.ui.inspector.InspectorViewModel.Row;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the inspector shows of each kind of selection, and how its fields edit the project. */
class InspectorViewModelTest {

    static final Path EXAMPLE = Path.of("test-media/example/pilot.cutroom.json").toAbsolutePath();
    /** Every open out point taken as 6 s: enough to resolve without probing. */
    static final SourceDurations SIX_SECONDS = source -> Optional.of(Rational.of(6));

    private final InspectorViewModel vm = new InspectorViewModel();
    private final List<String> made = new ArrayList<>();
    private Project project;
    private Selection shown;

    @BeforeEach
    void read() throws Exception {
        project = ProjectFile.read(EXAMPLE);
        Edits edits = new Edits(EXAMPLE.getParent(), SIX_SECONDS);
        vm.setEditing(new Editing() {
            @Override
            public Optional<String> apply(String label, Edit edit) {
                try {
                    project = edit.apply(edits, project, "ep1");
                } catch (EditException | IllegalArgumentException e) {
                    return Optional.of(e.getMessage());
                }
                made.add(label);
                show(shown);
                return Optional.empty();
            }

            @Override
            public void report(String message) {
            }
        });
    }

    private void show(Selection s) {
        shown = s;
        Cut cut = Resolver.check(project, "ep1", EXAMPLE.getParent(), SIX_SECONDS).cut();
        vm.show(s, new InspectorViewModel.Context(project.episodes().get(0), cut,
                Resolver.mediaRoot(EXAMPLE.getParent(), project), Map.of()));
    }

    /** The rows as {@code label: value}, with a {@code *} after the label of those that can be edited. */
    private List<String> rows() {
        return vm.rowsProperty().get().stream().map(r -> r.label() + (r.editable() ? "*" : "") + ": " + r.value()).toList();
    }

    private Optional<String> commit(String label, String value) {
        Row row = vm.rowsProperty().get().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
        return row.field().commit().apply(value);
    }

    private <T> T shot(String id, Class<T> type) {
        return type.cast(project.episodes().get(0).shot(id).orElseThrow());
    }

    @Test
    void aCardShowsItsTextColoursAndPlace() {
        show(Selection.shot("s1-title"));
        assertThat(vm.titleProperty().get()).isEqualTo("Card s1-title");
        assertThat(rows()).containsExactly(
                "Shot: s1-title",
                "Text*: The Last Signal\nEpisode 1: Pilot",
                "Duration*: 4 s",
                "Background*: #0B1D2E",
                "Colour*: #F4E9D8",
                "Transition*: cut",
                "Dialogue: 0",
                "Subtitles: 0",
                "Starts: 00:00:00:00 (frame 0)",
                "Length: 96 frames, 4 s");
        assertThat(vm.rowsProperty().get().get(1).field().kind()).isEqualTo(InspectorViewModel.Field.Kind.LONG_TEXT);
    }

    @Test
    void aSubtitleCueShowsWhatTheReadingChecksSayAboutIt() {
        show(Selection.subtitle("s1-b", 0));
        assertThat(commit("Duration", "1")).isEmpty();

        assertThat(rows()).endsWith(
                "Duration*: 1 s",
                "Check: reads at 36.0 characters per second (at most 17; CJK counts 2): show it longer or say less");
    }

    @Test
    void aSubtitleCueShowsItsTextSpeakerAndTiming() {
        show(Selection.subtitle("s1-b", 0));
        assertThat(vm.titleProperty().get()).isEqualTo("Subtitle of s1-b");
        assertThat(rows()).containsExactly(
                "Shot: s1-b",
                "Text*: The light went out three nights ago.",
                "Speaker*: MARA",
                "Offset*: 0.8 s",
                "Duration*: 2.3 s");
    }

    @Test
    void aTakeDialogueMusicAndSceneEachShowTheirFields() {
        show(Selection.take("s1-a", "t1"));
        assertThat(vm.titleProperty().get()).isEqualTo("Take t1 of s1-a");
        assertThat(rows()).contains("Take: t1", "In*: 0 s", "Out*: end of clip", "File: not looked at yet",
                "Seed: 1837462");

        show(Selection.dialogue("s1-b", 0));
        assertThat(rows()).contains("Source: dialogue/01_mara_light.m4a", "Offset*: 0.8 s", "Gain*: +0.0 dB");

        show(Selection.music(0));
        assertThat(vm.titleProperty().get()).isEqualTo("Music cue 1");
        assertThat(rows()).contains("Anchor: s1-title", "Runs: until s4-c", "Gain*: -8.0 dB", "Fade in*: 2 s",
                "Fade out*: 3 s", "Ducks under dialogue*: on");

        show(Selection.scene("s2"));
        assertThat(rows()).contains("Heading*: INT. LIGHTHOUSE - STAIRWELL - DAY", "Shots: 5");

        show(Selection.shot("s1-a"));
        assertThat(rows()).contains("Description*: ", "Fit*: fit", "Clip audio*: on", "Clip gain*: +0.0 dB", "Selected take*: t2",
                "Transition*: crossfade", "Transition length*: 1 s");
        Row take = vm.rowsProperty().get().stream().filter(r -> r.label().equals("Selected take")).findFirst().orElseThrow();
        assertThat(take.field().choices()).containsExactly("t1", "t2");
    }

    @Test
    void aSelectionThatIsGoneShowsNothing() {
        show(Selection.shot("nope"));
        assertThat(vm.titleProperty().get()).isEqualTo("Nothing selected");
        assertThat(vm.rowsProperty().get()).isEmpty();
        show(Selection.subtitle("s1-a", 4));
        assertThat(vm.rowsProperty().get()).isEmpty();
        show(null);
        assertThat(vm.titleProperty().get()).isEqualTo("Nothing selected");
    }

    @Test
    void eachFieldOfAShotIsOneEdit() {
        show(Selection.shot("s1-a"));

        assertThat(commit("Description", "Wide: the lighthouse at dusk")).isEmpty();
        assertThat(commit("Fit", "fill")).isEmpty();
        assertThat(commit("Clip audio", "off")).isEmpty();
        assertThat(commit("Clip gain", "-3.5 dB")).isEmpty();
        assertThat(commit("Selected take", "t1")).isEmpty();
        assertThat(commit("Transition", "dip to white")).isEmpty();
        assertThat(commit("Transition length", "0.5")).isEmpty();

        TakeShot s = shot("s1-a", TakeShot.class);
        assertThat(s.description()).isEqualTo("Wide: the lighthouse at dusk");
        assertThat(s.fit()).isEqualTo(FitMode.FILL);
        assertThat(s.clipAudio()).isFalse();
        assertThat(s.gain()).isEqualTo(-3.5);
        assertThat(s.selected()).isEqualTo("t1");
        assertThat(s.transition()).isEqualTo(new Transition(Transition.Type.DIP_TO_WHITE, Rational.of(1, 2)));
        assertThat(made).containsExactly("Set description of s1-a", "Set fit of s1-a", "Set clip audio of s1-a", "Set clip gain of s1-a",
                "Take of s1-a", "Transition of s1-a", "Transition of s1-a");
        assertThat(rows()).contains("Description*: Wide: the lighthouse at dusk", "Selected take*: t1", "Transition*: dip to white", "Transition length*: 0.5 s");
    }

    @Test
    void theTakesInAndOutPointsAreEdited() {
        show(Selection.shot("s1-a"));

        assertThat(commit("In", "1")).isEmpty();
        assertThat(commit("Out", "5")).isEmpty();

        TakeShot s = shot("s1-a", TakeShot.class);
        assertThat(s.selectedTake().in()).isEqualTo(Rational.of(1));
        assertThat(s.selectedTake().out()).isEqualTo(Rational.of(5));
        assertThat(commit("Out", "0.5")).contains("take 't2': out (0.5) must be after in (1)");
        assertThat(shot("s1-a", TakeShot.class).selectedTake().out()).as("unchanged").isEqualTo(Rational.of(5));
    }

    @Test
    void aCardsTextColoursAndDurationAreEdited() {
        show(Selection.shot("s1-title"));

        assertThat(commit("Text", "THE LAST SIGNAL")).isEmpty();
        assertThat(commit("Background", "#102030")).isEmpty();
        assertThat(commit("Duration", "3")).isEmpty();

        Card c = shot("s1-title", Card.class);
        assertThat(c.text()).isEqualTo("THE LAST SIGNAL");
        assertThat(c.background()).isEqualTo(Color.parse("#102030"));
        assertThat(c.duration()).isEqualTo(Rational.of(3));
    }

    @Test
    void invalidInputIsRefusedWithAMessageAndChangesNothing() {
        show(Selection.shot("s1-title"));
        Project before = project;

        assertThat(commit("Duration", "three")).contains("'three' is not a time: write seconds such as 2.5, a fraction"
                + " such as 1001/24000, or a clock time such as 01:02.5");
        assertThat(commit("Background", "navy")).contains("'navy' is not a colour: expected #RRGGBB or #RRGGBBAA");
        assertThat(commit("Duration", "0")).contains("card 's1-title': duration must be positive, got 0");
        show(Selection.dialogue("s1-b", 0));
        assertThat(commit("Gain", "loud")).contains(
                "'loud' is not a gain: write decibels from -60 to +60, such as -6 or +3.5");
        show(Selection.subtitle("s1-b", 0));
        assertThat(commit("Text", "  ")).contains("scene s1 › shot s1-b: a subtitle needs text");

        assertThat(project).isSameAs(before);
        assertThat(made).isEmpty();
    }

    @Test
    void subtitleDialogueMusicAndSceneFieldsAreEdited() {
        show(Selection.subtitle("s1-b", 0));
        assertThat(commit("Text", "The light went out | three nights ago.")).isEmpty();
        assertThat(commit("Speaker", "")).isEmpty();
        assertThat(commit("Duration", "2")).isEmpty();
        assertThat(shot("s1-b", TakeShot.class).subtitles().get(0)).isEqualTo(
                new SubtitleCue("The light went out | three nights ago.", Rational.of(4, 5), Rational.of(2), null));

        show(Selection.dialogue("s1-b", 0));
        assertThat(commit("Gain", "-2")).isEmpty();
        assertThat(shot("s1-b", TakeShot.class).dialogue().get(0).gain()).isEqualTo(-2);

        show(Selection.music(0));
        assertThat(commit("Fade out", "4")).isEmpty();
        assertThat(commit("Ducks under dialogue", "off")).isEmpty();
        assertThat(project.episodes().get(0).music().get(0).fadeOut()).isEqualTo(Rational.of(4));
        assertThat(project.episodes().get(0).music().get(0).duck()).isFalse();

        show(Selection.scene("s2"));
        assertThat(commit("Heading", "INT. LIGHTHOUSE - STAIRS - DAY")).isEmpty();
        assertThat(commit("Chapter", "The stairs")).isEmpty();
        assertThat(project.episodes().get(0).scene("s2").orElseThrow().chapterTitle()).isEqualTo("The stairs");
        assertThat(made).containsExactly("Edit subtitle", "Edit subtitle", "Edit subtitle", "Edit dialogue",
                "Edit music", "Edit music", "Set heading of s2", "Set chapter of s2");
    }
}
