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

import io.cutroom.model.Format;
import io.cutroom.model.FrameRange;
import io.cutroom.model.FrameRate;
import io.cutroom.model.MusicCue;
import io.cutroom.model.Project;
import io.cutroom.model.Provenance;
import io.cutroom.model.Rational;
import io.cutroom.model.Scene;
import io.cutroom.model.Shot;
import io.cutroom.model.Take;
import io.cutroom.model.TakeShot;
import io.cutroom.model.Transition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResolverTest {

    private static final Path DIR = Path.of("/projects/pilot");

    private static Cut resolve(Project p) throws TimelineException {
        return Resolver.resolve(p, "ep1", DIR, SourceDurations.unknown());
    }

    @Test
    void positionsAreDerivedFromOrderAndSelectedTakes() throws Exception {
        Cut cut = resolve(project(
                scene("s1", take("a", "a.mp4", "0", "2"), card("b", "Title", "1.5")),
                scene("s2", slate("c", "A door opens", "3"))));

        assertThat(cut.video()).extracting(VideoEvent::range).containsExactly(
                new FrameRange(0, 48), new FrameRange(48, 36), new FrameRange(84, 72));
        assertThat(cut.durationFrames()).isEqualTo(156);
        assertThat(cut.scenes()).extracting(SceneSpan::range).containsExactly(
                new FrameRange(0, 84), new FrameRange(84, 72));
        VideoEvent.Clip clip = (VideoEvent.Clip) cut.video().get(0);
        assertThat(clip.source()).isEqualTo(Path.of("/projects/pilot/a.mp4"));
        assertThat(clip.origin().describe()).isEqualTo("episode ep1 › scene s1 › shot a › take t1");
    }

    @Test
    void swappingATakeRipplesLaterShotsAndAnchoredItemsMoveWithTheirShot() throws Exception {
        TakeShot first = new TakeShot("a", List.of(
                new Take("short", "a1.mp4", s("0"), s("2"), Provenance.NONE),
                new Take("long", "a2.mp4", s("1"), s("5"), Provenance.NONE)),
                "short", io.cutroom.model.FitMode.FIT, 0, true, Transition.CUT, List.of(), List.of());
        Shot second = withSubtitle(withDialogue(take("b", "b.mp4", "0", "3"), "line.wav", "0.5", "1"),
                "Hello", "0.5", "1");

        Cut before = resolve(project(scene("s1", first, second)));
        Cut after = resolve(project(scene("s1", first.withSelected("long"), second)));

        assertThat(before.subtitles().get(0).range()).isEqualTo(new FrameRange(48 + 12, 24));
        assertThat(after.subtitles().get(0).range()).isEqualTo(new FrameRange(96 + 12, 24));
        AudioEvent dialogueAfter = after.audio().stream().filter(a -> a.kind() == AudioEvent.Kind.DIALOGUE)
                .findFirst().orElseThrow();
        assertThat(dialogueAfter.start()).isEqualTo(4 * 48000 + 24000);
        assertThat(((VideoEvent.Clip) after.video().get(0)).sourceIn()).isEqualTo(Rational.of(1));
    }

    @Test
    void crossfadeOverlapsAndShortensTheEpisodeAndBelongsToTheLaterScene() throws Exception {
        Shot b = take("b", "b.mp4", "0", "2").withTransition(new Transition(Transition.Type.CROSSFADE, s("0.5")));
        Cut cut = resolve(project(scene("s1", take("a", "a.mp4", "0", "2")), scene("s2", b)));

        assertThat(cut.video().get(1).range()).isEqualTo(new FrameRange(36, 48));
        assertThat(cut.video().get(1).crossfadeIn()).isEqualTo(12);
        assertThat(cut.durationFrames()).isEqualTo(84);
        assertThat(cut.scenes()).extracting(SceneSpan::range)
                .containsExactly(new FrameRange(0, 36), new FrameRange(36, 48));
        // the clip audio crossfades over the same overlap
        assertThat(cut.audio().get(0).fadeOut()).isEqualTo(12 * 2000);
        assertThat(cut.audio().get(1).fadeIn()).isEqualTo(12 * 2000);
    }

    @Test
    void dipFadesOutOverTheFirstHalfAndInOverTheSecond() throws Exception {
        Shot b = take("b", "b.mp4", "0", "2").withTransition(new Transition(Transition.Type.DIP_TO_WHITE, s("1")));
        Cut cut = resolve(project(scene("s1", take("a", "a.mp4", "0", "2"), b)));

        assertThat(cut.video().get(0).fadeOut()).isEqualTo(new Fade(12, io.cutroom.model.Color.WHITE));
        assertThat(cut.video().get(1).fadeIn()).isEqualTo(new Fade(12, io.cutroom.model.Color.WHITE));
        assertThat(cut.durationFrames()).isEqualTo(96);
    }

    @Test
    void fiveHundredShotsAtNtscFilmRateAddUpToTheExactFrame() throws Exception {
        FrameRate rate = new FrameRate(24000, 1001);
        List<Scene> scenes = new ArrayList<>();
        long expectedFrames = 0;
        for (int sc = 0; sc < 25; sc++) {
            List<Shot> shots = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                // lengths like generator output: 3.003 s, 4.1 s, 5 s, 1001/240 s ...
                Rational len = switch ((sc * 20 + i) % 4) {
                    case 0 -> s("3.003");
                    case 1 -> s("4.1");
                    case 2 -> s("5");
                    default -> Rational.of(1001, 240);
                };
                expectedFrames += rate.toFrames(len);
                shots.add(take("sh" + sc + "-" + i, "c" + i + ".mp4", "0.5", s("0.5").add(len).toString()));
            }
            scenes.add(scene("s" + sc, shots.toArray(Shot[]::new)));
        }
        Project p = project(new Format(320, 180, rate, 48000), List.of(), scenes.toArray(Scene[]::new));

        Cut cut = resolve(p);

        assertThat(cut.video()).hasSize(500);
        assertThat(cut.durationFrames()).isEqualTo(expectedFrames);
        assertThat(cut.video().get(499).range().end()).isEqualTo(expectedFrames);
        assertThat(cut.scenes().stream().mapToLong(sp -> sp.range().duration()).sum()).isEqualTo(expectedFrames);
        // clip audio tiles the sample axis exactly: no gaps, no overlaps, ends with the picture
        long next = 0;
        for (AudioEvent a : cut.audio()) {
            assertThat(a.start()).isEqualTo(next);
            next = a.end();
        }
        assertThat(next).isEqualTo(cut.durationSamples());
        assertThat(cut.durationSamples()).isEqualTo(Rational.of(expectedFrames).multiply(Rational.of(48000 * 1001L, 24000)).floor());
    }

    @Test
    void musicRunsUntilAnotherShotOrForADurationAndNeverPastTheFile() throws Exception {
        Scene s1 = scene("s1", take("a", "a.mp4", "0", "2"), take("b", "b.mp4", "0", "2"));
        Scene s2 = scene("s2", take("c", "c.mp4", "0", "4"));
        List<MusicCue> music = List.of(
                new MusicCue("m1.m4a", "a", s("0.5"), Rational.ZERO, null, "c", -6, s("1"), s("1"), true),
                new MusicCue("m2.m4a", "s2", Rational.ZERO, s("10"), s("2"), null, 0, Rational.ZERO, Rational.ZERO, false),
                new MusicCue("m3.m4a", "b", Rational.ZERO, s("1"), null, null, 0, Rational.ZERO, Rational.ZERO, true));
        Project p = project(new Format(320, 180, FrameRate.of(24), 48000), music, s1, s2);
        SourceDurations files = path -> path.endsWith("m3.m4a") ? Optional.of(s("3")) : Optional.empty();

        Cut cut = Resolver.resolve(p, "ep1", DIR, files);

        assertThat(cut.music()).extracting(MusicEvent::start, MusicEvent::length).containsExactly(
                org.assertj.core.groups.Tuple.tuple(24000L, 4 * 48000L - 24000L),
                org.assertj.core.groups.Tuple.tuple(4 * 48000L, 2 * 48000L),
                org.assertj.core.groups.Tuple.tuple(2 * 48000L, 2 * 48000L));
        assertThat(cut.music().get(0).fadeIn()).isEqualTo(48000);
    }

    @Test
    void openOutPointsTakeTheFileLengthFromTheCaller() throws Exception {
        Project p = project(scene("s1", take("a", "a.mp4", "1", null)));
        Cut cut = Resolver.resolve(p, "ep1", DIR, path -> Optional.of(s("5")));
        assertThat(cut.durationFrames()).isEqualTo(96);
    }

    @Test
    void reportsEveryProblemAtOnceNamingWhereItIs() {
        Shot first = take("a", "a.mp4", "0", null).withTransition(new Transition(Transition.Type.CROSSFADE, s("0.5")));
        Shot tooLong = take("b", "b.mp4", "0", "1").withTransition(new Transition(Transition.Type.CROSSFADE, s("2")));
        Shot ok = take("c", "c.mp4", "0", "1");
        Scene empty = new Scene("s2", "EXT. NOWHERE", null, List.of());
        List<MusicCue> music = List.of(new MusicCue("m.m4a", "nope", Rational.ZERO, Rational.ZERO, null, null, 0,
                Rational.ZERO, Rational.ZERO, true));
        Project p = project(new Format(320, 180, FrameRate.of(24), 48000), music,
                scene("s1", ok, first, tooLong), empty);

        Resolver.Resolution r = Resolver.check(p, "ep1", DIR, SourceDurations.unknown());

        assertThat(r.cut()).isNull();
        assertThat(r.problems()).extracting(Problem::toString).containsExactly(
                "error: episode ep1 › scene s1 › shot a › take t1: the length of 'a.mp4' is unknown: give the take an out point",
                "error: episode ep1 › scene s1 › shot b: the crossfade of 2 s (48 frames) must be at least 1 frame"
                        + " and no longer than this shot (24 frames) or what is left of the shot before it (24 frames)",
                "warning: episode ep1 › scene s2: the scene has no shots; it is left out");
        assertThatThrownBy(() -> resolve(p)).isInstanceOf(TimelineException.class)
                .hasMessageStartingWith("error: episode ep1 › scene s1 › shot a › take t1");
    }

    @Test
    void unknownAnchorsAreErrors() {
        List<MusicCue> music = List.of(new MusicCue("m.m4a", "nope", Rational.ZERO, Rational.ZERO, null, null, 0,
                Rational.ZERO, Rational.ZERO, true));
        Project p = project(new Format(320, 180, FrameRate.of(24), 48000), music, scene("s1", take("a", "a.mp4", "0", "1")));

        assertThat(Resolver.check(p, "ep1", DIR, SourceDurations.unknown()).problems()).extracting(Problem::toString)
                .containsExactly("error: episode ep1 › music 'm.m4a': its anchor 'nope' is not a shot or scene of this episode");
        assertThat(Resolver.check(p, "ep9", DIR, SourceDurations.unknown()).problems()).extracting(Problem::message)
                .containsExactly("there is no episode 'ep9' (episodes: ep1)");
    }

    @Test
    void dialogueBeforeTheStartIsTrimmedAndMediaRootIsRelativeToTheProjectFile() throws Exception {
        Shot a = withDialogue(take("a", "a.mp4", "0", "2"), "vo/l.wav", "-0.5", "1");
        Project p = new Project(new Format(320, 180, FrameRate.of(24), 48000), "../media",
                io.cutroom.model.Style.DEFAULT,
                List.of(new io.cutroom.model.Episode("ep1", "", List.of(scene("s1", a)), List.of())));
        Cut cut = resolve(p);
        AudioEvent d = cut.audio().get(1);
        assertThat(d.source()).isEqualTo(Path.of("/projects/media/vo/l.wav"));
        assertThat(d.start()).isZero();
        assertThat(d.length()).isEqualTo(24000);
        assertThat(d.sourceIn()).isEqualTo(s("0.5"));
    }
}
