package io.cutroom.timeline;

import static io.cutroom.testing.Projects.card;
import static io.cutroom.testing.Projects.project;
import static io.cutroom.testing.Projects.s;
import static io.cutroom.testing.Projects.scene;
import static io.cutroom.testing.Projects.slate;
import static io.cutroom.testing.Projects.withSubtitle;
import static org.assertj.core.api.Assertions.assertThat;

import io.cutroom.model.Format;
import io.cutroom.model.FrameRate;
import io.cutroom.model.Project;
import io.cutroom.model.Rational;
import io.cutroom.model.Shot;
import io.cutroom.model.SubtitleCue;
import io.cutroom.model.Transition;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubtitleAnchoringTest {

    private static final Path DIR = Path.of("/p");

    /** a: 2 s, b: 3 s crossfading 0.5 s into a (starts at 1.5 s), scene 2 › c: 4 s from 4.5 s; 8.5 s in all. */
    private static Project project3() {
        Shot b = slate("b", "B", "3").withTransition(new Transition(Transition.Type.CROSSFADE, s("0.5")));
        return project(scene("s1", card("a", "A", "2"), b), scene("s2", withSubtitle(slate("c", "C", "4"), "old", "1", "1")));
    }

    private static SubtitleCue at(String text, String start, String duration) {
        return new SubtitleCue(text, s(start), s(duration), null);
    }

    private static Cut cut(Project p) throws TimelineException {
        return Resolver.resolve(p, "ep1", DIR, SourceDurations.unknown());
    }

    private static List<SubtitleCue> subtitlesOf(Project p, String shotId) {
        return p.episodes().get(0).scenes().stream().flatMap(sc -> sc.shots().stream())
                .filter(sh -> sh.id().equals(shotId)).findFirst().orElseThrow().subtitles();
    }

    @Test
    void eachCueGoesToTheShotAtItsFirstFrameWithItsExactOffset() throws Exception {
        Project p = project3();

        SubtitleAnchoring.Result r = SubtitleAnchoring.anchor(p, cut(p), List.of(
                at("one", "0.5", "1"), at("two", "2", "1.5"), at("three", "5.25", "2")), false);

        assertThat(r.anchored()).isEqualTo(3);
        assertThat(r.shots()).containsExactly("a", "b", "c");
        assertThat(r.problems()).isEmpty();
        assertThat(subtitlesOf(r.project(), "a")).containsExactly(at("one", "0.5", "1"));
        assertThat(subtitlesOf(r.project(), "b")).containsExactly(at("two", "0.5", "1.5"));
        assertThat(subtitlesOf(r.project(), "c")).containsExactly(at("three", "0.75", "2"), at("old", "1", "1"));
        // and they resolve to where the file put them
        assertThat(cut(r.project()).subtitles()).extracting(e -> e.text() + "@" + e.range().start())
                .containsExactly("one@12", "two@48", "three@126", "old@132");
    }

    @Test
    void duringACrossfadeTheIncomingShotTakesTheCue() throws Exception {
        Project p = project3();

        SubtitleAnchoring.Result r = SubtitleAnchoring.anchor(p, cut(p), List.of(at("fading", "1.75", "1")), false);

        assertThat(subtitlesOf(r.project(), "b")).containsExactly(at("fading", "0.25", "1"));
        assertThat(subtitlesOf(r.project(), "a")).isEmpty();
    }

    @Test
    void replacingRemovesTheEpisodesSubtitlesFirst() throws Exception {
        Project p = project3();

        SubtitleAnchoring.Result r = SubtitleAnchoring.anchor(p, cut(p), List.of(at("new", "5", "1")), true);

        assertThat(subtitlesOf(r.project(), "c")).containsExactly(at("new", "0.5", "1"));
    }

    @Test
    void cuesAtTheSameMomentAsAnExistingOneFollowIt() throws Exception {
        Project p = project3();

        SubtitleAnchoring.Result r = SubtitleAnchoring.anchor(p, cut(p), List.of(at("same", "5.5", "1")), false);

        assertThat(subtitlesOf(r.project(), "c")).extracting(SubtitleCue::text).containsExactly("old", "same");
    }

    @Test
    void aCuePastTheEndGoesToTheLastShotWithAWarningAndABlankOneIsLeftOut() throws Exception {
        Project p = project3();

        SubtitleAnchoring.Result r = SubtitleAnchoring.anchor(p, cut(p), List.of(
                at("  ", "1", "1"), at("late", "10", "1")), false);

        assertThat(r.anchored()).isEqualTo(1);
        assertThat(subtitlesOf(r.project(), "c")).contains(at("late", "5.5", "1"));
        assertThat(r.problems()).extracting(Problem::toString).containsExactly(
                "warning: episode ep1 › subtitle 1 at 00:00:01.000: it has no text; left out",
                "warning: episode ep1 › subtitle 2 at 00:00:10.000: it starts after the episode ends (at 00:00:08.500);"
                        + " anchored to the last shot, c, it will not show");
    }

    @Test
    void offsetsStayExactAtNtscRates() throws Exception {
        Project p = project(new Format(320, 180, new FrameRate(30000, 1001), 48000), List.of(),
                scene("s1", card("a", "A", "1001/1000"), slate("b", "B", "10")));
        Rational start = Rational.of(5_345, 1000);

        SubtitleAnchoring.Result r = SubtitleAnchoring.anchor(p, cut(p), List.of(new SubtitleCue("x", start, s("1"), "Ann")), false);

        // b starts at frame 30 = 1.001 s; the cue keeps its millisecond time exactly
        assertThat(subtitlesOf(r.project(), "b")).containsExactly(new SubtitleCue("x", Rational.of(4_344, 1000), s("1"), "Ann"));
        assertThat(r.problems()).isEmpty();
        assertThat(cut(r.project()).subtitles().get(0).range().start())
                .isEqualTo(new FrameRate(30000, 1001).toFrames(start));
    }
}
