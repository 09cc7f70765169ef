package io.cutroom.timeline;

import static io.cutroom.testing.Projects.card;
import static io.cutroom.testing.Projects.project;
import static io.cutroom.testing.Projects.s;
import static io.cutroom.testing.Projects.scene;
import static io.cutroom.testing.Projects.slate;
import static io.cutroom.testing.Projects.take;
import static io.cutroom.testing.Projects.withDialogue;
import static io.cutroom.testing.Projects.withSubtitle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cutroom.model.Card;
import io.cutroom.model.Dialogue;
import io.cutroom.model.Episode;
import io.cutroom.model.FitMode;
import io.cutroom.model.Format;
import io.cutroom.model.FrameRange;
import io.cutroom.model.FrameRate;
import io.cutroom.model.MusicCue;
import io.cutroom.model.Project;
import io.cutroom.model.Provenance;
import io.cutroom.model.Rational;
import io.cutroom.model.Scene;
import io.cutroom.model.Shot;
import io.cutroom.model.Slate;
import io.cutroom.model.SubtitleCue;
import io.cutroom.model.Take;
import io.cutroom.model.TakeShot;
import io.cutroom.model.Transition;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each edit on small projects, checked on the model and through {@link Resolver#resolve}. */
class EditsTest {

    private static final Path DIR = Path.of("/projects/pilot");
    private static final Edits EDITS = new Edits(DIR, SourceDurations.unknown());

    /** s1: a (2 s), b (1 s); s2: c (3 s) at 24 fps = 48, 24, 72 frames. */
    private static Project abc() {
        return project(
                scene("s1", take("a", "a.mp4", "0", "2"), take("b", "b.mp4", "1", "2")),
                scene("s2", take("c", "c.mp4", "0", "3")));
    }

    private static Cut cut(Project p) throws TimelineException {
        return Resolver.resolve(p, "ep1", DIR, SourceDurations.unknown());
    }

    private static List<String> order(Project p) throws TimelineException {
        return cut(p).video().stream().map(v -> v.origin().sceneId() + "/" + v.origin().shotId()).toList();
    }

    private static List<FrameRange> ranges(Project p) throws TimelineException {
        return cut(p).video().stream().map(VideoEvent::range).toList();
    }

    private static Episode ep(Project p) {
        return p.episode("ep1").orElseThrow();
    }

    private static Shot shot(Project p, String id) {
        return ep(p).shot(id).orElseThrow();
    }

    private static Take selected(Project p, String id) {
        return ((TakeShot) shot(p, id)).selectedTake();
    }

    private static FrameRange subtitleRange(Project p, String text) throws TimelineException {
        return cut(p).subtitles().stream().filter(e -> e.text().equals(text)).findFirst().orElseThrow().range();
    }

    private static Project replaceShot(Project p, Shot s) throws EditException {
        return EDITS.replaceShot(p, "ep1", s);
    }

    @Nested
    class MoveShot {

        @Test
        void withinAScene() throws Exception {
            Project p = EDITS.moveShot(abc(), "ep1", "a", "s1", 1);

            assertThat(order(p)).containsExactly("s1/b", "s1/a", "s2/c");
            assertThat(ranges(p)).containsExactly(new FrameRange(0, 24), new FrameRange(24, 48), new FrameRange(72, 72));
        }

        @Test
        void acrossScenesWithItsSubtitlesAndDialogue() throws Exception {
            Project p = replaceShot(abc(), withDialogue(withSubtitle(shot(abc(), "a"), "Hi", "0.5", "1"), "hi.wav",
                    "0.25", "1"));

            Project moved = EDITS.moveShot(p, "ep1", "a", "s2", 1);

            assertThat(order(moved)).containsExactly("s1/b", "s2/c", "s2/a");
            assertThat(subtitleRange(moved, "Hi")).isEqualTo(new FrameRange(24 + 72 + 12, 24));
            AudioEvent line = cut(moved).audio().stream().filter(a -> a.kind() == AudioEvent.Kind.DIALOGUE)
                    .findFirst().orElseThrow();
            assertThat(line.start()).isEqualTo(96 * 2000 + 12000);
            assertThat(line.origin().shotId()).isEqualTo("a");
        }

        @Test
        void toTheEndAndToTheStartOfAnotherScene() throws Exception {
            assertThat(order(EDITS.moveShot(abc(), "ep1", "c", "s1", 0))).containsExactly("s1/c", "s1/a", "s1/b");
            assertThat(order(EDITS.moveShot(abc(), "ep1", "c", "s1", 2))).containsExactly("s1/a", "s1/b", "s1/c");
        }

        @Test
        void aCrossfadeMovedToTheStartOfTheEpisodeBecomesACut() throws Exception {
            Project p = EDITS.setTransition(abc(), "ep1", "b", new Transition(Transition.Type.CROSSFADE, s("0.5")));

            Project moved = EDITS.moveShot(p, "ep1", "b", "s1", 0);

            assertThat(shot(moved, "b").transition()).isEqualTo(Transition.CUT);
            assertThat(ranges(moved)).containsExactly(new FrameRange(0, 24), new FrameRange(24, 48), new FrameRange(72, 72));
        }

        @Test
        void refusals() {
            assertThatThrownBy(() -> EDITS.moveShot(abc(), "ep1", "x", "s1", 0))
                    .isInstanceOf(EditException.class).hasMessage("episode ep1: no shot x");
            assertThatThrownBy(() -> EDITS.moveShot(abc(), "ep1", "a", "s9", 0))
                    .hasMessage("episode ep1: no scene s9");
            assertThatThrownBy(() -> EDITS.moveShot(abc(), "ep1", "a", "s1", 2))
                    .hasMessage("scene s1 (without shot a) has 1 shot: a shot can go at positions 0 to 1, not 2");
            assertThatThrownBy(() -> EDITS.moveShot(abc(), "ep9", "a", "s1", 0))
                    .hasMessage("there is no episode ep9 (episodes: ep1)");
        }

        @Test
        void aCrossfadeThatNoLongerFitsIsRefusedWithTheResolversReason() throws Exception {
            Project ba = EDITS.moveShot(abc(), "ep1", "b", "s1", 0);
            Project p = EDITS.setTransition(ba, "ep1", "c", new Transition(Transition.Type.CROSSFADE, s("1.5")));

            assertThatThrownBy(() -> EDITS.moveShot(p, "ep1", "c", "s1", 1))
                    .hasMessage("scene s1 › shot c: the crossfade of 1.5 s (36 frames) must be at least 1 frame and no"
                            + " longer than this shot (72 frames) or what is left of the shot before it (24 frames)");
        }
    }

    @Nested
    class Trim {

        @Test
        void endEdgeRipplesLaterShotsByExactlyTheFrames() throws Exception {
            Project p = EDITS.trim(abc(), "ep1", "a", Edits.Edge.END, -12);

            assertThat(selected(p, "a").out()).isEqualTo(s("1.5"));
            assertThat(ranges(p)).containsExactly(new FrameRange(0, 36), new FrameRange(36, 24), new FrameRange(60, 72));
        }

        @Test
        void startEdgeMovesTheInPointAndKeepsSubtitlesOnTheirPictureMoment() throws Exception {
            Shot a = withSubtitle(withSubtitle(withSubtitle(shot(abc(), "a"), "early", "0.25", "0.5"), "late", "1", "0.5"),
                    "gone", "0", "0.25");
            a = withDialogue(withDialogue(a, "lead.wav", "-0.5", "1"), "line.wav", "0.25", "1");
            Project p = replaceShot(abc(), a);

            Project trimmed = EDITS.trim(p, "ep1", "a", Edits.Edge.START, 12);

            assertThat(selected(trimmed, "a").in()).isEqualTo(s("0.5"));
            assertThat(ranges(trimmed)).containsExactly(new FrameRange(0, 36), new FrameRange(36, 24), new FrameRange(60, 72));
            assertThat(shot(trimmed, "a").subtitles()).containsExactly(
                    new SubtitleCue("early", s("0"), s("0.25"), null),
                    new SubtitleCue("late", s("0.5"), s("0.5"), null),
                    new SubtitleCue("gone", s("0"), s("0.25"), null));
            assertThat(shot(trimmed, "a").dialogue()).extracting(Dialogue::offset).containsExactly(s("-0.5"), s("0"));
        }

        @Test
        void extendingTheStartEarlierMovesAnchoredItemsLater() throws Exception {
            Project p = replaceShot(abc(), withSubtitle(shot(abc(), "b"), "Hi", "0.5", "0.25"));

            Project trimmed = EDITS.trim(p, "ep1", "b", Edits.Edge.START, -24);

            assertThat(selected(trimmed, "b").in()).isEqualTo(s("0"));
            assertThat(shot(trimmed, "b").subtitles().get(0).offset()).isEqualTo(s("1.5"));
            assertThat(subtitleRange(trimmed, "Hi")).isEqualTo(subtitleRange(p, "Hi").shift(24));
        }

        @Test
        void cardsAndSlatesChangeTheirDuration() throws Exception {
            Project p = project(scene("s1", card("t", "Title", "2"), slate("x", "A door", "1")));

            Project q = EDITS.trim(EDITS.trim(p, "ep1", "t", Edits.Edge.START, 6), "ep1", "x", Edits.Edge.END, 3);

            assertThat(((Card) shot(q, "t")).duration()).isEqualTo(s("1.75"));
            assertThat(((Slate) shot(q, "x")).duration()).isEqualTo(s("1.125"));
            assertThat(ranges(q)).containsExactly(new FrameRange(0, 42), new FrameRange(42, 27));
        }

        @Test
        void atNtscRatesEveryFrameIsExactAfterManyTrims() throws Exception {
            Format ntsc = new Format(320, 180, new FrameRate(30000, 1001), 48000);
            Project p = project(ntsc, List.of(), scene("s1", take("a", "a.mp4", "0", "2"), take("b", "b.mp4", "0", "1")));
            long before = cut(p).video().get(1).range().start();

            for (int i = 0; i < 300; i++) {
                p = EDITS.trim(p, "ep1", "a", Edits.Edge.END, 1);
            }

            assertThat(cut(p).video().get(1).range().start()).isEqualTo(before + 300);
            assertThat(selected(p, "a").out()).isEqualTo(s("2").add(Rational.of(300 * 1001, 30000)));
        }

        @Test
        void refusals() {
            assertThatThrownBy(() -> EDITS.trim(abc(), "ep1", "b", Edits.Edge.END, -24))
                    .hasMessage("scene s1 › shot b: cannot shorten it by 24 frames: it is 24 frames long and must keep"
                            + " at least one");
            assertThatThrownBy(() -> EDITS.trim(abc(), "ep1", "b", Edits.Edge.START, -30))
                    .hasMessage("scene s1 › shot b › take t1: cannot move the start 30 frames earlier: only 24 frames"
                            + " of 'b.mp4' come before it");
            Edits known = new Edits(DIR, src -> src.endsWith("b.mp4") ? Optional.of(s("2.5")) : Optional.empty());
            assertThatThrownBy(() -> known.trim(abc(), "ep1", "b", Edits.Edge.END, 13))
                    .hasMessage("scene s1 › shot b › take t1: cannot move the end 13 frames later: only 12 frames of"
                            + " 'b.mp4' come after it");
            Project open = project(scene("s1", take("a", "a.mp4", "0", null)));
            assertThatThrownBy(() -> EDITS.trim(open, "ep1", "a", Edits.Edge.END, 1))
                    .hasMessage("scene s1 › shot a › take t1: the length of 'a.mp4' is unknown: give the take an out"
                            + " point");
            assertThatThrownBy(() -> EDITS.trim(abc(), "ep1", "s1-9", Edits.Edge.END, 1))
                    .hasMessage("episode ep1: no shot s1-9");
        }

        @Test
        void anOpenOutPointIsTrimmedFromTheKnownLength() throws Exception {
            Edits known = new Edits(DIR, src -> Optional.of(s("4")));
            Project open = project(scene("s1", take("a", "a.mp4", "0", null)));

            Project p = known.trim(open, "ep1", "a", Edits.Edge.END, -24);

            assertThat(selected(p, "a").out()).isEqualTo(s("3"));
            assertThat(known.trim(p, "ep1", "a", Edits.Edge.END, 24)).isNotNull();
            assertThatThrownBy(() -> known.trim(p, "ep1", "a", Edits.Edge.END, 25))
                    .hasMessageContaining("only 24 frames of 'a.mp4' come after it");
        }

        @Test
        void aShotThatWasAlreadyWrongCanBeFixedStepByStep() throws Exception {
            Shot b = shot(abc(), "b").withTransition(new Transition(Transition.Type.CROSSFADE, s("1.5")));
            Project broken = project(scene("s1", take("a", "a.mp4", "0", "2"), b));
            assertThat(Resolver.check(broken, "ep1", DIR, SourceDurations.unknown()).cut()).isNull();

            Project better = EDITS.trim(broken, "ep1", "b", Edits.Edge.START, -6);
            Project fixed = EDITS.trim(better, "ep1", "b", Edits.Edge.START, -6);

            assertThat(ranges(fixed)).containsExactly(new FrameRange(0, 48), new FrameRange(12, 36));
        }

        @Test
        void aTrimThatLeavesNoRoomForACrossfadeIsRefused() throws Exception {
            Project p = EDITS.setTransition(abc(), "ep1", "b", new Transition(Transition.Type.CROSSFADE, s("0.5")));

            assertThatThrownBy(() -> EDITS.trim(p, "ep1", "b", Edits.Edge.END, -14))
                    .hasMessage("scene s1 › shot b: the crossfade of 0.5 s (12 frames) must be at least 1 frame and no"
                            + " longer than this shot (10 frames) or what is left of the shot before it (48 frames)");
        }
    }

    @Nested
    class Split {

        @Test
        void makesTwoShotsWithTheSameTakesAndSplitsAnchoredItems() throws Exception {
            TakeShot a = new TakeShot("a", List.of(
                    new Take("t1", "a1.mp4", s("1"), s("3"), Provenance.NONE),
                    new Take("t2", "a2.mp4", s("0"), null, Provenance.NONE),
                    new Take("t3", "a3.mp4", s("0"), s("0.25"), Provenance.NONE)),
                    "t1", FitMode.FILL, -3, false, new Transition(Transition.Type.DIP_TO_BLACK, s("0.5")),
                    List.of(new Dialogue("x.wav", s("0.25"), s("0"), s("1"), 0),
                            new Dialogue("y.wav", s("0.5"), s("0"), s("1"), -2)),
                    List.of(new SubtitleCue("before", s("0"), s("1"), null),
                            new SubtitleCue("at", s("0.5"), s("1"), "ANA")));
            Project p = replaceShot(abc(), a);

            Project split = EDITS.split(p, "ep1", "a", 12);

            assertThat(order(split)).containsExactly("s1/a", "s1/ab", "s1/b", "s2/c");
            assertThat(ranges(split)).startsWith(new FrameRange(0, 12), new FrameRange(12, 36), new FrameRange(48, 24));
            TakeShot first = (TakeShot) shot(split, "a");
            TakeShot second = (TakeShot) shot(split, "ab");
            assertThat(first.takes()).containsExactly(
                    new Take("t1", "a1.mp4", s("1"), s("1.5"), Provenance.NONE),
                    new Take("t2", "a2.mp4", s("0"), s("0.5"), Provenance.NONE),
                    new Take("t3", "a3.mp4", s("0"), s("0.25"), Provenance.NONE));
            assertThat(second.takes()).containsExactly(
                    new Take("t1", "a1.mp4", s("1.5"), s("3"), Provenance.NONE),
                    new Take("t2", "a2.mp4", s("0.5"), null, Provenance.NONE),
                    new Take("t3", "a3.mp4", s("0"), s("0.25"), Provenance.NONE));
            assertThat(first.transition().type()).isEqualTo(Transition.Type.DIP_TO_BLACK);
            assertThat(second.transition()).isEqualTo(Transition.CUT);
            assertThat(List.of(second.selected(), second.fit(), second.gain(), second.clipAudio()))
                    .containsExactly("t1", FitMode.FILL, -3.0, false);
            assertThat(first.dialogue()).extracting(Dialogue::source).containsExactly("x.wav");
            assertThat(second.dialogue()).containsExactly(new Dialogue("y.wav", s("0"), s("0"), s("1"), -2));
            assertThat(first.subtitles()).extracting(SubtitleCue::text).containsExactly("before");
            assertThat(second.subtitles()).containsExactly(new SubtitleCue("at", s("0"), s("1"), "ANA"));
            assertThat(subtitleRange(split, "at")).isEqualTo(subtitleRange(p, "at"));
        }

        @Test
        void cardsAndSlatesSplitTheirDurationAndIdsStayUnique() throws Exception {
            Project p = project(scene("s1", card("t", "Title", "2"), slate("tb", "A door", "1")));

            Project split = EDITS.split(EDITS.split(p, "ep1", "t", 6), "ep1", "t", 3);

            assertThat(order(split)).containsExactly("s1/t", "s1/td", "s1/tc", "s1/tb");
            assertThat(((Card) shot(split, "t")).duration()).isEqualTo(s("0.125"));
            assertThat(((Card) shot(split, "td")).duration()).isEqualTo(s("0.125"));
            assertThat(((Card) shot(split, "tc")).duration()).isEqualTo(s("1.75"));
            assertThat(ranges(split)).extracting(FrameRange::duration).containsExactly(3L, 3L, 42L, 24L);
        }

        @Test
        void refusesToSplitAtAnEdge() {
            assertThatThrownBy(() -> EDITS.split(abc(), "ep1", "b", 24))
                    .hasMessage("scene s1 › shot b: cannot split at frame 24: a shot of 24 frames splits at frames 1"
                            + " to 23");
            assertThatThrownBy(() -> EDITS.split(abc(), "ep1", "b", 0)).hasMessageContaining("cannot split at frame 0");
        }
    }

    @Nested
    class Delete {

        @Test
        void deletingAShotRipplesAndReanchorsItsMusicToTheNextShot() throws Exception {
            MusicCue onB = new MusicCue("m.wav", "b", s("0.5"), s("0"), s("1"), null, 0, s("0"), s("0"), true);
            Project p = project(new Format(320, 180, FrameRate.of(24), 48000), List.of(onB, music("a", "b")),
                    scene("s1", take("a", "a.mp4", "0", "2"), take("b", "b.mp4", "1", "2")),
                    scene("s2", take("c", "c.mp4", "0", "3")));
            long musicStart = cut(p).music().get(0).start();

            Project q = EDITS.deleteShot(p, "ep1", "b");

            assertThat(order(q)).containsExactly("s1/a", "s2/c");
            assertThat(ep(q).music().get(0).anchor()).isEqualTo("c");
            assertThat(cut(q).music().get(0).start()).isEqualTo(musicStart);
            assertThat(ep(q).music().get(1).anchor()).isEqualTo("a");
            assertThat(ep(q).music().get(1).until()).isEqualTo("c");
            assertThat(cut(q).music().get(1).length()).isEqualTo(48 * 2000);
        }

        @Test
        void refusesToLeaveMusicWithNothingToStartAt() {
            Project p = project(new Format(320, 180, FrameRate.of(24), 48000), List.of(music("c", null)),
                    scene("s1", take("a", "a.mp4", "0", "2")), scene("s2", take("c", "c.mp4", "0", "3")));

            assertThatThrownBy(() -> EDITS.deleteShot(p, "ep1", "c"))
                    .hasMessage("scene s2 › shot c is the last shot of the episode and music 'm.wav' starts there:"
                            + " move or remove the music first");
            assertThatThrownBy(() -> EDITS.deleteScene(p, "ep1", "s2"))
                    .hasMessage("scene s2 is the last scene with shots and music 'm.wav' starts there: move or remove"
                            + " the music first");
        }

        @Test
        void refusesToDeleteTheLastShot() {
            Project p = project(scene("s1", take("a", "a.mp4", "0", "2")));

            assertThatThrownBy(() -> EDITS.deleteShot(p, "ep1", "a")).hasMessage("episode ep1: the episode has no shots");
        }

        @Test
        void deletingTheFirstShotTurnsAnOrphanCrossfadeIntoACut() throws Exception {
            Project p = EDITS.setTransition(abc(), "ep1", "b", new Transition(Transition.Type.CROSSFADE, s("0.5")));

            Project q = EDITS.deleteShot(p, "ep1", "a");

            assertThat(shot(q, "b").transition()).isEqualTo(Transition.CUT);
            assertThat(ranges(q)).containsExactly(new FrameRange(0, 24), new FrameRange(24, 72));
        }

        @Test
        void deletingASceneReanchorsMusicToTheNextSceneWithShots() throws Exception {
            Project p = project(new Format(320, 180, FrameRate.of(24), 48000), List.of(music("a", "s1")),
                    scene("s0", take("z", "z.mp4", "0", "1")), scene("s1", take("a", "a.mp4", "0", "2")),
                    new Scene("empty", "EXT. NOWHERE", null, List.of()), scene("s2", take("c", "c.mp4", "0", "3")));

            Project q = EDITS.deleteScene(p, "ep1", "s1");

            assertThat(order(q)).containsExactly("s0/z", "s2/c");
            assertThat(ep(q).scenes()).extracting(Scene::id).containsExactly("s0", "empty", "s2");
            assertThat(ep(q).music().get(0).anchor()).isEqualTo("s2");
            assertThat(ep(q).music().get(0).until()).isEqualTo("s2");
            assertThatThrownBy(() -> EDITS.deleteScene(p, "ep1", "nope")).hasMessage("episode ep1: no scene nope");
        }

        private MusicCue music(String anchor, String until) {
            return new MusicCue("m.wav", anchor, s("0"), s("0"), null, until, 0, s("0"), s("0"), true);
        }
    }

    @Nested
    class ScenesCardsSlatesTransitions {

        @Test
        void addSceneAfterAnotherOrAtTheStartWithFreshIds() throws Exception {
            Project p = EDITS.addScene(abc(), "ep1", "s1", "  EXT. ROOF - NIGHT ");
            p = EDITS.addScene(p, "ep1", null, "INT. HALL - DAY");

            assertThat(ep(p).scenes()).extracting(Scene::id).containsExactly("s4", "s1", "s3", "s2");
            assertThat(ep(p).scene("s3").orElseThrow().heading()).isEqualTo("EXT. ROOF - NIGHT");
            assertThat(ep(p).scene("s3").orElseThrow().shots()).isEmpty();
            assertThatThrownBy(() -> EDITS.addScene(abc(), "ep1", "s1", " "))
                    .hasMessage("a scene needs a heading, such as INT. KITCHEN - NIGHT");
        }

        @Test
        void headingChapterAndSceneOrder() throws Exception {
            Project p = EDITS.setHeading(abc(), "ep1", "s2", "INT. CAR - DAY");
            p = EDITS.setChapter(p, "ep1", "s2", "The drive");
            p = EDITS.moveScene(p, "ep1", "s2", 0);

            Scene s2 = ep(p).scenes().get(0);
            assertThat(List.of(s2.id(), s2.heading(), s2.chapterTitle())).containsExactly("s2", "INT. CAR - DAY", "The drive");
            assertThat(order(p)).containsExactly("s2/c", "s1/a", "s1/b");
            assertThat(ep(EDITS.setChapter(p, "ep1", "s2", "")).scene("s2").orElseThrow().chapter()).isNull();
            assertThatThrownBy(() -> EDITS.moveScene(abc(), "ep1", "s2", 2))
                    .hasMessage("episode ep1: scene s2 can go at positions 0 to 1, not 2");
        }

        @Test
        void addCardAndSlateWithDefaultDuration() throws Exception {
            Project p = EDITS.addCard(abc(), "ep1", "s1", 0, "Three years later");
            p = EDITS.addSlate(p, "ep1", "s2", 1, "The car drives off");
            p = EDITS.addCard(p, "ep1", "s1", 3, "End");

            assertThat(order(p)).containsExactly("s1/s1-card", "s1/a", "s1/b", "s1/s1-card-2", "s2/c", "s2/s2-slate");
            assertThat(ranges(p).get(0)).isEqualTo(new FrameRange(0, 72));
            assertThat(((Slate) shot(p, "s2-slate")).description()).isEqualTo("The car drives off");
            assertThatThrownBy(() -> EDITS.addCard(abc(), "ep1", "s2", 5, "x"))
                    .hasMessage("scene s2 has 1 shot: a shot can go at positions 0 to 1, not 5");
        }

        @Test
        void setTransitionDipAndRefusalOfOneThatDoesNotFit() throws Exception {
            Project p = EDITS.setTransition(abc(), "ep1", "c", new Transition(Transition.Type.DIP_TO_WHITE, s("1")));

            VideoEvent c = cut(p).video().get(2);
            assertThat(c.fadeIn().frames()).isEqualTo(12);
            assertThatThrownBy(() -> EDITS.setTransition(abc(), "ep1", "a",
                    new Transition(Transition.Type.CROSSFADE, s("1"))))
                    .hasMessage("scene s1 › shot a: the first shot of the episode cannot crossfade: there is nothing"
                            + " before it");
        }

        @Test
        void replaceShotKeepsItsPlaceAndModelErrorsBecomeRefusals() throws Exception {
            TakeShot a = (TakeShot) shot(abc(), "a");
            Project p = replaceShot(abc(), new TakeShot("a", a.takes(), null, FitMode.STRETCH, -6, false, a.transition(),
                    a.dialogue(), a.subtitles()));

            assertThat(((TakeShot) shot(p, "a")).fit()).isEqualTo(FitMode.STRETCH);
            assertThat(order(p)).containsExactly("s1/a", "s1/b", "s2/c");
            assertThatThrownBy(() -> EDITS.updateSubtitle(abc(), "ep1", "a", 0, new SubtitleCue("x", s("0"), s("1"), null)))
                    .hasMessage("scene s1 › shot a: no subtitle 0 (it has 0, numbered from 0)");
        }
    }

    @Nested
    class Takes {

        private Project twoTakes() throws EditException {
            Shot b = withSubtitle(withDialogue(shot(abc(), "b"), "line.wav", "0.5", "1"), "Hello", "0.5", "0.5");
            Project p = replaceShot(abc(), b);
            return EDITS.addTake(p, "ep1", "b", new Take("t1", "b2.mp4", s("0"), s("3"), Provenance.NONE));
        }

        @Test
        void swappingATakeRipplesAndKeepsAnchoredItemsOnTheShot() throws Exception {
            Project p = twoTakes();
            assertThat(((TakeShot) shot(p, "b")).takes()).extracting(Take::id).containsExactly("t1", "t2");

            Project swapped = EDITS.selectTake(p, "ep1", "b", "t2");

            assertThat(ranges(swapped)).containsExactly(new FrameRange(0, 48), new FrameRange(48, 72), new FrameRange(120, 72));
            assertThat(subtitleRange(swapped, "Hello")).isEqualTo(new FrameRange(48 + 12, 12));
            assertThat(shot(swapped, "b").dialogue()).isEqualTo(shot(p, "b").dialogue());
        }

        @Test
        void cycleTakeWrapsBothWays() throws Exception {
            Project p = EDITS.addTake(twoTakes(), "ep1", "b", new Take("t9", "b3.mp4", s("0"), s("1"), Provenance.NONE));

            assertThat(selected(EDITS.cycleTake(p, "ep1", "b", 1), "b").id()).isEqualTo("t2");
            assertThat(selected(EDITS.cycleTake(p, "ep1", "b", -1), "b").id()).isEqualTo("t9");
            assertThat(selected(EDITS.cycleTake(p, "ep1", "b", 3), "b").id()).isEqualTo("t1");
        }

        @Test
        void removeTakeSelectsTheNextOne() throws Exception {
            Project p = EDITS.removeTake(twoTakes(), "ep1", "b", "t1");

            assertThat(selected(p, "b").id()).isEqualTo("t2");
            assertThatThrownBy(() -> EDITS.removeTake(p, "ep1", "b", "t2"))
                    .hasMessage("scene s1 › shot b: cannot remove take t2, the shot's only take; delete the shot instead");
        }

        @Test
        void aSlateBecomesAShotWhenItGetsATake() throws Exception {
            Project p = project(scene("s1", withSubtitle(slate("x", "A door", "1"), "Knock", "0", "1")));

            Project q = EDITS.addTake(p, "ep1", "x", new Take("g1", "door.mp4", s("0"), s("2"), Provenance.NONE));

            TakeShot x = (TakeShot) shot(q, "x");
            assertThat(x.selected()).isEqualTo("g1");
            assertThat(x.description()).isEqualTo("A door");
            assertThat(x.subtitles()).extracting(SubtitleCue::text).containsExactly("Knock");
            assertThat(ranges(q)).containsExactly(new FrameRange(0, 48));

            Project r = EDITS.addTake(q, "ep1", "x", new Take("g2", "door2.mp4", s("0"), s("2"), Provenance.NONE));
            Project split = EDITS.split(EDITS.removeTake(r, "ep1", "x", "g1"), "ep1", "x", 24);
            assertThat(((TakeShot) shot(split, "x")).description()).isEqualTo("A door");
            assertThat(split.episodes().get(0).scenes().get(0).shots()).extracting(sh -> ((TakeShot) sh).description())
                    .containsExactly("A door", "A door");
        }

        @Test
        void refusals() throws Exception {
            Project p = project(scene("s1", card("t", "Title", "1"), take("a", "a.mp4", "0", "1")));
            assertThatThrownBy(() -> EDITS.selectTake(p, "ep1", "t", "t1")).hasMessage("scene s1 › shot t is a card: it has no takes");
            assertThatThrownBy(() -> EDITS.addTake(p, "ep1", "t", new Take("t1", "x.mp4", s("0"), null, Provenance.NONE)))
                    .hasMessage("scene s1 › shot t is a card: it has no takes");
            assertThatThrownBy(() -> EDITS.selectTake(p, "ep1", "a", "t7")).hasMessage("scene s1 › shot a: no take t7 (takes: t1)");
        }
    }

    @Nested
    class SubtitlesDialogueMusic {

        @Test
        void subtitlesAreAddedInOrderUpdatedMovedAndRemoved() throws Exception {
            Project p = EDITS.addSubtitle(abc(), "ep1", "a", s("1"), s("0.5"), "second");
            p = EDITS.addSubtitle(p, "ep1", "a", s("0"), s("0.5"), "first");
            assertThat(shot(p, "a").subtitles()).extracting(SubtitleCue::text).containsExactly("first", "second");

            p = EDITS.updateSubtitle(p, "ep1", "a", 1, new SubtitleCue("Second!", s("1"), s("0.75"), "BO"));
            assertThat(subtitleRange(p, "Second!")).isEqualTo(new FrameRange(24, 18));

            p = EDITS.moveSubtitle(p, "ep1", "a", 1, "c", s("0.5"));
            assertThat(shot(p, "c").subtitles()).containsExactly(new SubtitleCue("Second!", s("0.5"), s("0.75"), "BO"));
            assertThat(subtitleRange(p, "Second!")).isEqualTo(new FrameRange(72 + 12, 18));

            p = EDITS.removeSubtitle(p, "ep1", "a", 0);
            assertThat(shot(p, "a").subtitles()).isEmpty();
            assertThatThrownBy(() -> EDITS.addSubtitle(abc(), "ep1", "a", s("0"), s("1"), "  "))
                    .hasMessage("scene s1 › shot a: a subtitle needs text");
            assertThatThrownBy(() -> EDITS.addSubtitle(abc(), "ep1", "a", s("0"), s("0"), "Hi"))
                    .hasMessage("subtitle 'Hi': duration must be positive, got 0");
        }

        @Test
        void dialogueIsMovedBetweenShotsAndItsGainUpdated() throws Exception {
            Project p = EDITS.addDialogue(abc(), "ep1", "a", new Dialogue("line.wav", s("0.5"), s("0"), s("1"), 0));
            p = EDITS.updateDialogue(p, "ep1", "a", 0, new Dialogue("line.wav", s("0.5"), s("0"), s("1"), -4.5));
            p = EDITS.moveDialogue(p, "ep1", "a", 0, "b", s("0.25"));

            assertThat(shot(p, "a").dialogue()).isEmpty();
            assertThat(shot(p, "b").dialogue()).containsExactly(new Dialogue("line.wav", s("0.25"), s("0"), s("1"), -4.5));
            AudioEvent line = cut(p).audio().stream().filter(a -> a.kind() == AudioEvent.Kind.DIALOGUE).findFirst().orElseThrow();
            assertThat(line.start()).isEqualTo(48 * 2000 + 12000);
            assertThat(line.gain()).isEqualTo(-4.5);
            assertThat(shot(EDITS.removeDialogue(p, "ep1", "b", 0), "b").dialogue()).isEmpty();
            assertThatThrownBy(() -> EDITS.moveDialogue(abc(), "ep1", "a", 2, "b", s("0")))
                    .hasMessage("scene s1 › shot a: no dialogue line 2 (it has 0, numbered from 0)");
        }

        @Test
        void musicIsAddedMovedUpdatedAndRemoved() throws Exception {
            MusicCue cue = new MusicCue("m.wav", "s1", s("0"), s("0"), s("2"), null, 0, s("0"), s("0"), true);
            Project p = EDITS.addMusic(abc(), "ep1", cue);

            p = EDITS.moveMusic(p, "ep1", 0, "b", s("0.5"));
            assertThat(cut(p).music().get(0).start()).isEqualTo((48 + 12) * 2000);

            MusicCue quieter = new MusicCue("m.wav", "b", s("0.5"), s("0"), s("2"), null, -10, s("1"), s("0"), false);
            p = EDITS.updateMusic(p, "ep1", 0, quieter);
            assertThat(cut(p).music().get(0).gain()).isEqualTo(-10);
            assertThat(ep(EDITS.removeMusic(p, "ep1", 0)).music()).isEmpty();

            Project q = p;
            assertThatThrownBy(() -> EDITS.moveMusic(q, "ep1", 0, "zz", s("0")))
                    .hasMessage("episode ep1 › music 'm.wav': no shot or scene zz to anchor it to");
            assertThatThrownBy(() -> EDITS.removeMusic(q, "ep1", 3))
                    .hasMessage("episode ep1: no music cue 3 (it has 1, numbered from 0)");
        }
    }

    @Nested
    class Relink {

        @Test
        void relativeSourcesStayRelativeAndAbsoluteOnesAbsolute() throws Exception {
            Project p = project(scene("s1", take("a", "clips/a.mp4", "0", "1"), take("b", "/old/b.mp4", "0", "1"),
                    withDialogue(take("c", "clips/c.mp4", "0", "1"), "vo/line.wav", "0", "1")));

            Project q = EDITS.relink(p, Map.of(
                    DIR.resolve("clips/a.mp4"), Path.of("/projects/footage/a.mp4"),
                    Path.of("/old/b.mp4"), Path.of("/new/b.mp4"),
                    DIR.resolve("vo/line.wav"), DIR.resolve("audio/line.wav")));

            assertThat(selected(q, "a").source()).isEqualTo("../footage/a.mp4");
            assertThat(selected(q, "b").source()).isEqualTo("/new/b.mp4");
            assertThat(selected(q, "c").source()).isEqualTo("clips/c.mp4");
            assertThat(shot(q, "c").dialogue().get(0).source()).isEqualTo("audio/line.wav");
            assertThat(((VideoEvent.Clip) cut(q).video().get(0)).source()).isEqualTo(Path.of("/projects/footage/a.mp4"));
        }

        @Test
        void relinksMusicAcrossTheMediaRoot() throws Exception {
            MusicCue cue = new MusicCue("music/m.wav", "s1", s("0"), s("0"), null, null, 0, s("0"), s("0"), true);
            Project p = new Project(Format.HD_24, "media", io.cutroom.model.Style.DEFAULT, List.of(new Episode("ep1", "T",
                    List.of(scene("s1", take("a", "a.mp4", "0", "1"))), List.of(cue))));

            Project q = EDITS.relink(p, path -> path.getFileName().toString().equals("m.wav")
                    ? DIR.resolve("media/score/m.wav") : null);

            assertThat(ep(q).music().get(0).source()).isEqualTo("score/m.wav");
            assertThat(selected(q, "a").source()).isEqualTo("a.mp4");
        }
    }

    @Nested
    class LocatorTest {

        @Test
        void findsTheShotAtAFrameAndAShotsRange() throws Exception {
            Project p = EDITS.setTransition(abc(), "ep1", "c", new Transition(Transition.Type.CROSSFADE, s("0.5")));
            Locator locator = Locator.of(cut(p));

            assertThat(locator.at(0).orElseThrow().shotId()).isEqualTo("a");
            assertThat(locator.at(47).orElseThrow().shotId()).isEqualTo("a");
            Locator.Location b = locator.at(48).orElseThrow();
            assertThat(List.of(b.sceneId(), b.shotId(), b.range(), b.sceneRange(), b.index()))
                    .containsExactly("s1", "b", new FrameRange(48, 24), new FrameRange(0, 60), 1);
            assertThat(locator.at(60).orElseThrow().shotId()).isEqualTo("c");
            assertThat(locator.at(65).orElseThrow().frameInShot(65)).isEqualTo(5);
            assertThat(locator.at(131).orElseThrow().shotId()).isEqualTo("c");
            assertThat(locator.at(132)).isEmpty();
            assertThat(locator.at(-1)).isEmpty();
            assertThat(locator.shot("c").orElseThrow().range()).isEqualTo(new FrameRange(60, 72));
            assertThat(locator.scene("s2")).contains(new FrameRange(60, 72));
            assertThat(locator.shot("zz")).isEmpty();
        }
    }

    @Test
    void aThousandShotEpisodeRipplesToItsLastFrame() throws Exception {
        List<Scene> scenes = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            List<Shot> shots = new java.util.ArrayList<>();
            for (int j = 0; j < 20; j++) {
                shots.add(take("s" + i + "-" + j, "c" + j + ".mp4", "0", "1"));
            }
            scenes.add(new Scene("s" + i, "INT. ROOM " + i, null, shots));
        }
        Project p = new Project(Format.HD_24, ".", io.cutroom.model.Style.DEFAULT,
                List.of(new Episode("ep1", "Long", scenes, List.of())));

        Project q = EDITS.trim(p, "ep1", "s0-0", Edits.Edge.END, 5);
        q = EDITS.moveShot(q, "ep1", "s49-19", "s0", 0);
        q = EDITS.split(q, "ep1", "s25-10", 7);

        Cut cut = cut(q);
        assertThat(cut.video()).hasSize(1001);
        assertThat(cut.durationFrames()).isEqualTo(1000 * 24 + 5);
        assertThat(cut.video().get(0).origin().shotId()).isEqualTo("s49-19");
    }

    @Test
    void editsAreAllOrNothingThroughUndoAndRedo() throws Exception {
        History history = new History(abc());
        Project split = history.apply("Split a", EDITS.split(history.current(), "ep1", "a", 24));
        Project trimmed = history.apply("Trim ab", EDITS.trim(split, "ep1", "ab", Edits.Edge.END, -12));
        assertThat(ranges(trimmed)).extracting(FrameRange::duration).containsExactly(24L, 12L, 24L, 72L);

        assertThat(history.undo()).isEqualTo(split);
        assertThat(ranges(history.current())).extracting(FrameRange::duration).containsExactly(24L, 24L, 24L, 72L);
        assertThat(history.undo()).isEqualTo(abc());
        assertThat(history.redo()).isEqualTo(split);
        assertThat(history.redo()).isEqualTo(trimmed);

        Project before = history.current();
        assertThatThrownBy(() -> EDITS.trim(before, "ep1", "b", Edits.Edge.END, -100)).isInstanceOf(EditException.class);
        assertThat(history.current()).isSameAs(before);
    }
}
