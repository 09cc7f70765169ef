package io.cutroom.ui.timeline;

import static io.cutroom.testing.Projects.card;
import static io.cutroom.testing.Projects.project;
import static io.cutroom.testing.Projects.scene;
import static io.cutroom.testing.Projects.slate;
import static io.cutroom.testing.Projects.take;
import static io.cutroom.testing.Projects.withDialogue;
import static io.cutroom.testing.Projects.withSubtitle;
import static org.assertj.core.api.Assertions.assertThat;

import io.cutroom.model.Episode;
import io.cutroom.model.MusicCue;
import io.cutroom.model.Project;
import io.cutroom.model.Provenance;
import io.cutroom.model.Rational;
import io.cutroom.model.Shot;
import io.cutroom.model.SubtitleCue;
import io.cutroom.model.Take;
import io.cutroom.model.TakeShot;
import io.cutroom.model.Transition;
import io.cutroom.timeline.EditException;
import io.cutroom.timeline.Edits;
import io.cutroom.timeline.Resolver;
import io.cutroom.timeline.SourceDurations;
import io.cutroom.ui.Editing;
import io.cutroom.ui.Selection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The timeline's gestures and commands, in frames and pixels without drawing: drop index from x,
 * trim delta from a drag, snapping, and the edit each makes. Edits are applied at once, as the
 * editor does with a current-thread executor.
 */
class TimelineEditingTest {

    /** 600 pixels of frames for 120 frames: 5 px a frame. */
    private static final double WIDTH = TimelineViewModel.GUTTER + 600;
    private static final Path DIR = Path.of("/project");

    private final SimpleObjectProperty<Selection> selection = new SimpleObjectProperty<>();
    private final SimpleLongProperty playhead = new SimpleLongProperty();
    private final TimelineViewModel vm = new TimelineViewModel(selection, playhead);
    private final TimelineEditing editing = vm.editing();
    private final TimelineCommands commands = vm.commands();
    private final List<String> made = new ArrayList<>();
    private final List<String> reports = new ArrayList<>();
    private Project project;

    /**
     * Scene s1: shot a (takes t1 and t2, 2 s = frames 0-48, subtitles at 0 s and 1 s, a line of
     * dialogue at 0.5 s), card b (1 s, 48-72); scene s2: slate c (2 s, 72-120).
     */
    @BeforeEach
    void showThreeShots() {
        Shot a = take("a", "a.mp4", "0", "2");
        a = ((TakeShot) a).withTakes(List.of(((TakeShot) a).takes().get(0),
                new Take("t2", "a2.mp4", Rational.ZERO, Rational.of(3), Provenance.NONE)));
        a = withDialogue(withSubtitle(withSubtitle(a, "First", "0", "0.5"), "Second", "1", "0.5"), "line.wav", "0.5", "1");
        show(project(scene("s1", a, card("b", "Title", "1")), scene("s2", slate("c", "To do", "2"))));
        vm.setWidth(WIDTH);
        vm.setEditing(new Editing() {
            @Override
            public Optional<String> apply(String label, Edit edit) {
                try {
                    Project after = edit.apply(new Edits(DIR, SourceDurations.unknown()), project, "ep1");
                    show(after);
                } catch (EditException e) {
                    reports.add("Cannot " + label + ": " + e.getMessage());
                    return Optional.of(e.getMessage());
                }
                made.add(label);
                return Optional.empty();
            }

            @Override
            public void report(String message) {
                reports.add(message);
            }
        });
    }

    private void show(Project p) {
        project = p;
        vm.setCut(Resolver.check(p, "ep1", DIR, SourceDurations.unknown()).cut(), p.episodes().get(0), "");
    }

    private Episode episode() {
        return project.episodes().get(0);
    }

    private List<String> shots() {
        return episode().scenes().stream()
                .map(s -> s.id() + ":" + String.join(",", s.shots().stream().map(Shot::id).toList())).toList();
    }

    private TimelineItem video(int i) {
        return vm.items(Lane.VIDEO).get(i);
    }

    private static double y(Lane lane) {
        return lane.top() + lane.height() / 2;
    }

    // ---- moving shots

    @Test
    void theDropIndexFollowsTheHalfOfTheShotUnderThePointer() {
        assertThat(editing.dropAt(vm.xOf(10), "c")).isEqualTo(new TimelineEditing.Drop("s1", 0, 0));
        assertThat(editing.dropAt(vm.xOf(30), "c")).isEqualTo(new TimelineEditing.Drop("s1", 1, 48));
        assertThat(editing.dropAt(vm.xOf(65), "c")).as("end of scene s1, before s2").isEqualTo(
                new TimelineEditing.Drop("s1", 2, 72));
        assertThat(editing.dropAt(vm.xOf(55), "a")).as("before b is where a is").isNull();
        assertThat(editing.dropAt(vm.xOf(65), "a")).as("a counts out of its own scene").isEqualTo(
                new TimelineEditing.Drop("s1", 1, 72));
        assertThat(editing.dropAt(vm.xOf(80), "a")).isEqualTo(new TimelineEditing.Drop("s2", 0, 72));
        assertThat(editing.dropAt(vm.xOf(500), "a")).as("past the end").isEqualTo(new TimelineEditing.Drop("s2", 1, 120));
        assertThat(editing.dropAt(vm.xOf(30), "a")).as("where it is").isNull();
        assertThat(editing.dropAt(vm.xOf(50), "a")).as("just after itself").isNull();
    }

    @Test
    void draggingAShotMovesItToTheDropAndEscCancels() {
        double y = y(Lane.VIDEO);
        editing.press(vm.xOf(24), y);
        editing.drag(vm.xOf(24) + 2, false);
        assertThat(editing.dragProperty().get()).as("not yet: under the threshold").isNull();
        editing.drag(vm.xOf(110), false);
        assertThat(editing.dragProperty().get().kind()).isEqualTo(TimelineEditing.Drag.Kind.MOVE_SHOT);
        assertThat(editing.dragProperty().get().drop()).isEqualTo(new TimelineEditing.Drop("s2", 1, 120));
        editing.cancel();
        assertThat(editing.release()).isFalse();
        assertThat(shots()).containsExactly("s1:a,b", "s2:c");

        editing.press(vm.xOf(24), y);
        editing.drag(vm.xOf(110), false);
        assertThat(editing.release()).isTrue();

        assertThat(shots()).containsExactly("s1:b", "s2:c,a");
        assertThat(made).containsExactly("Move a");
        assertThat(vm.items(Lane.VIDEO)).extracting(i -> i.selection().id()).containsExactly("b", "c", "a");
        assertThat(vm.items(Lane.SUBTITLES)).as("its subtitles moved with it").extracting(i -> i.range().start())
                .containsExactly(72L, 96L);
    }

    // ---- trimming

    @Test
    void aPressNearAnEdgeTrimsElsewhereItMoves() {
        double y = y(Lane.VIDEO);
        assertThat(editing.hover(vm.xOf(48) - 2, y)).isEqualTo(TimelineEditing.Hover.TRIM);
        assertThat(editing.edgeAt(video(0), vm.xOf(48) - 2)).isEqualTo(Edits.Edge.END);
        assertThat(editing.edgeAt(video(1), vm.xOf(48) + 3)).isEqualTo(Edits.Edge.START);
        assertThat(editing.hover(vm.xOf(24), y)).isEqualTo(TimelineEditing.Hover.MOVE);
        assertThat(editing.hover(vm.xOf(24), y(Lane.SUBTITLES))).isEqualTo(TimelineEditing.Hover.MOVE);
        assertThat(editing.hover(vm.xOf(24), y(Lane.SCENES))).isEqualTo(TimelineEditing.Hover.NONE);
    }

    @Test
    void theTrimDeltaIsThePointersMoveInFramesSnappedAndKeepsAFrame() {
        TimelineItem a = video(0);
        assertThat(editing.trimDelta(a, Edits.Edge.END, 10, false)).as("10 px at 5 px a frame").isEqualTo(2);
        assertThat(editing.trimDelta(a, Edits.Edge.END, -12, false)).as("to the nearest frame").isEqualTo(-2);
        playhead.set(60);
        assertThat(editing.trimDelta(a, Edits.Edge.END, 53, false)).as("58.6 snaps to the playhead").isEqualTo(12);
        assertThat(editing.trimDelta(a, Edits.Edge.END, 53, true)).as("Shift: no snapping").isEqualTo(11);
        assertThat(editing.trimDelta(a, Edits.Edge.END, 118, false)).as("71.6 snaps to the cut at 72").isEqualTo(24);
        assertThat(editing.trimDelta(a, Edits.Edge.START, 1000, false)).as("keeps one frame").isEqualTo(47);
        assertThat(editing.trimDelta(a, Edits.Edge.END, -1000, false)).isEqualTo(-47);
    }

    @Test
    void draggingTheEndOfAShotRipplesTheRest() {
        double y = y(Lane.VIDEO);
        editing.press(vm.xOf(48) - 2, y);
        editing.drag(vm.xOf(48) - 2 - 60, true);
        TimelineEditing.Drag d = editing.dragProperty().get();
        assertThat(d.kind()).isEqualTo(TimelineEditing.Drag.Kind.TRIM);
        assertThat(d.delta()).isEqualTo(-12);
        assertThat(d.newLength()).isEqualTo(36);

        assertThat(editing.release()).isTrue();

        assertThat(made).containsExactly("Trim a");
        assertThat(((TakeShot) episode().shot("a").orElseThrow()).selectedTake().out()).isEqualTo(Rational.of(3, 2));
        assertThat(vm.items(Lane.VIDEO)).extracting(i -> i.range().start()).containsExactly(0L, 36L, 60L);
        assertThat(vm.duration()).isEqualTo(108);
    }

    @Test
    void aTrimThatIsRefusedChangesNothingAndSaysWhy() {
        editing.press(vm.xOf(0) + 2, y(Lane.VIDEO));
        editing.drag(vm.xOf(0) + 2 - 20, true);

        assertThat(editing.release()).isFalse();

        assertThat(reports).containsExactly("Cannot Trim a: scene s1 › shot a › take t1: cannot move the start 4"
                + " frames earlier: only 0 frames of 'a.mp4' come before it");
        assertThat(vm.duration()).isEqualTo(120);
    }

    @Test
    void snappingReachesThePlayheadAndCutsWithinEightPixels() {
        playhead.set(30);
        assertThat(editing.snapped(31.5, 0, false)).isEqualTo(30);
        assertThat(editing.snapped(28.6, 0, false)).isEqualTo(30);
        assertThat(editing.snapped(28.3, 0, false)).as("1.7 frames is 8.5 px: too far").isEqualTo(28);
        assertThat(editing.snapped(47, 0, false)).isEqualTo(48);
        assertThat(editing.snapped(47, 48, false)).as("not to where the drag began").isEqualTo(47);
        assertThat(editing.snapped(47, 0, true)).isEqualTo(47);
    }

    // ---- cues

    @Test
    void draggingASubtitleIntoTheNextShotReanchorsItThere() {
        TimelineItem second = vm.items(Lane.SUBTITLES).get(1);
        assertThat(second.range().start()).isEqualTo(24);
        editing.press(vm.xOf(26), y(Lane.SUBTITLES));
        editing.drag(vm.xOf(26) + 26 * 5, true);
        assertThat(editing.dragProperty().get().delta()).isEqualTo(26);

        assertThat(editing.release()).isTrue();

        assertThat(made).containsExactly("Move subtitle");
        assertThat(episode().shot("a").orElseThrow().subtitles()).extracting(SubtitleCue::text).containsExactly("First");
        assertThat(episode().shot("b").orElseThrow().subtitles()).containsExactly(
                new SubtitleCue("Second", Rational.of(1, 12), Rational.of(1, 2), null));
        assertThat(selection.get()).isEqualTo(Selection.subtitle("b", 0));
        assertThat(vm.items(Lane.SUBTITLES).get(1).range().start()).isEqualTo(50);
    }

    @Test
    void draggingDialogueKeepsItsExactOffset() {
        editing.press(vm.xOf(14), y(Lane.DIALOGUE));
        editing.drag(vm.xOf(14) + 5 * 5, true);

        assertThat(editing.release()).isTrue();

        assertThat(made).containsExactly("Move dialogue");
        assertThat(episode().shot("a").orElseThrow().dialogue().get(0).offset()).as("0.5 s + 5 frames")
                .isEqualTo(Rational.of(17, 24));
        assertThat(selection.get()).isEqualTo(Selection.dialogue("a", 0));
    }

    @Test
    void aNewSubtitleIsWrittenInPlaceAtThePlayhead() {
        commands.beginNewCue(50);
        TimelineCommands.CueEdit c = commands.cueEditProperty().get();
        assertThat(c).isEqualTo(new TimelineCommands.CueEdit(null, "b", Rational.of(1, 12), 50, 48, ""));

        assertThat(commands.commitCue("  ")).contains("scene s1 › shot b: a subtitle needs text");
        assertThat(commands.cueEditProperty().get()).as("still open to be fixed").isNotNull();
        assertThat(commands.commitCue("Hello | world")).isEmpty();

        assertThat(commands.cueEditProperty().get()).isNull();
        assertThat(episode().shot("b").orElseThrow().subtitles()).containsExactly(
                new SubtitleCue("Hello\nworld", Rational.of(1, 12), Rational.of(2), null));
        assertThat(selection.get()).isEqualTo(Selection.subtitle("b", 0));
        assertThat(made).containsExactly("Add subtitle");
    }

    @Test
    void doubleClickingACueRewritesItsTextAndEscDropsTheChange() {
        commands.beginCueAt(vm.xOf(26));
        assertThat(commands.cueEditProperty().get().text()).isEqualTo("Second");
        commands.cancelCue();
        assertThat(made).isEmpty();

        commands.beginCueAt(vm.xOf(26));
        assertThat(commands.commitCue("Second | line")).isEmpty();

        assertThat(episode().shot("a").orElseThrow().subtitles().get(1).text()).isEqualTo("Second\nline");
        assertThat(made).containsExactly("Edit subtitle");
        commands.beginCueAt(vm.xOf(26));
        assertThat(commands.cueEditProperty().get().text()).isEqualTo("Second | line");
    }

    @Test
    void draggingMusicReanchorsItToTheShotUnderItsNewStart() {
        MusicCue bed = new MusicCue("bed.m4a", "s1", Rational.of(1, 2), Rational.ZERO, Rational.of(1), null, -6,
                Rational.ZERO, Rational.ZERO, true);
        Project p = project;
        show(p.withEpisodes(List.of(episode().withMusic(List.of(bed)))));
        TimelineItem music = vm.items(Lane.MUSIC).get(0);
        assertThat(music.range().start()).isEqualTo(12);

        editing.press(vm.xOf(20), y(Lane.MUSIC));
        editing.drag(vm.xOf(20) + 70 * 5, true);
        assertThat(editing.release()).isTrue();

        MusicCue moved = episode().music().get(0);
        assertThat(moved.anchor()).isEqualTo("c");
        assertThat(moved.offset()).as("0.5 s + 70 frames − 72 frames").isEqualTo(Rational.of(5, 12));
        assertThat(vm.items(Lane.MUSIC).get(0).range().start()).isEqualTo(82);
        assertThat(made).containsExactly("Move music");
    }

    // ---- the Edit menu

    @Test
    void splitAtThePlayhead() {
        playhead.set(30);
        assertThat(commands.split()).isTrue();
        assertThat(shots()).containsExactly("s1:a,ab,b", "s2:c");
        assertThat(vm.items(Lane.VIDEO)).extracting(i -> i.range().duration()).containsExactly(30L, 18L, 24L, 48L);
        assertThat(made).containsExactly("Split a");

        playhead.set(48);
        assertThat(commands.split()).isFalse();
        assertThat(reports).containsExactly("The playhead is on the cut before b: move it into the shot to split it");
    }

    @Test
    void deletingAShotSelectsTheNextOneAndDeletingACueSelectsItsShot() {
        selection.set(Selection.shot("a"));
        assertThat(commands.deleteSelection()).isTrue();
        assertThat(shots()).containsExactly("s1:b", "s2:c");
        assertThat(selection.get()).isEqualTo(Selection.shot("b"));

        show(project(scene("s1", withSubtitle(card("x", "X", "1"), "Hi", "0", "0.5"))));
        selection.set(Selection.subtitle("x", 0));
        assertThat(commands.deleteSelection()).isTrue();
        assertThat(episode().shot("x").orElseThrow().subtitles()).isEmpty();
        assertThat(selection.get()).isEqualTo(Selection.shot("x"));
        assertThat(made).containsExactly("Delete a", "Delete subtitle");
    }

    @Test
    void swappingTakesKeepsTheSubtitlesOnTheShot() {
        selection.set(Selection.shot("a"));
        assertThat(commands.cycleTake(1)).isTrue();

        TakeShot a = (TakeShot) episode().shot("a").orElseThrow();
        assertThat(a.selected()).isEqualTo("t2");
        assertThat(vm.items(Lane.VIDEO).get(0).range().duration()).as("t2 is 3 s").isEqualTo(72);
        assertThat(vm.items(Lane.SUBTITLES)).extracting(TimelineItem::label, i -> i.range().start())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("First", 0L),
                        org.assertj.core.groups.Tuple.tuple("Second", 24L));
        assertThat(made).containsExactly("Take t2 for a");
        assertThat(commands.cycleTake(-1)).isTrue();
        assertThat(((TakeShot) episode().shot("a").orElseThrow()).selected()).isEqualTo("t1");

        selection.set(Selection.shot("b"));
        assertThat(commands.cycleTake(1)).isFalse();
        assertThat(reports).containsExactly("b is a card: it has no takes to swap");
    }

    @Test
    void aCardOrSlateGoesToTheCutNearestThePlayheadAndASceneAfterTheCurrentOne() {
        playhead.set(10);
        assertThat(commands.addCard("Later")).isTrue();
        assertThat(shots()).containsExactly("s1:s1-card,a,b", "s2:c");
        assertThat(selection.get()).isEqualTo(Selection.shot("s1-card"));

        playhead.set(200);
        assertThat(commands.addSlate("Storm")).isTrue();
        assertThat(shots()).containsExactly("s1:s1-card,a,b", "s2:c,s2-slate");

        selection.set(Selection.shot("a"));
        assertThat(commands.addScene("EXT. SEA - DAY")).isTrue();
        assertThat(shots()).containsExactly("s1:s1-card,a,b", "s3:", "s2:c,s2-slate");
        assertThat(selection.get()).isEqualTo(Selection.scene("s3"));

        selection.set(Selection.shot("c"));
        assertThat(commands.moveShotToScene("s3")).isTrue();
        assertThat(shots()).containsExactly("s1:s1-card,a,b", "s3:c", "s2:s2-slate");
        assertThat(made).containsExactly("Add card", "Add slate", "Add scene", "Move c");
    }

    @Test
    void aTransitionIsSetOnTheShot() {
        assertThat(commands.setTransition("b", new Transition(Transition.Type.CROSSFADE, Rational.of(1, 2)))).isTrue();
        assertThat(vm.items(Lane.VIDEO).get(1).range().start()).as("b starts 12 frames earlier").isEqualTo(36);
        assertThat(commands.setTransition("b", new Transition(Transition.Type.CROSSFADE, Rational.of(3)))).isFalse();
        assertThat(reports).singleElement().asString().startsWith("Cannot Transition of b: scene s1 › shot b: the crossfade of 3 s");
    }
}
