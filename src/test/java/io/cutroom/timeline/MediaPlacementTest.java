package io.cutroom.timeline;

import static io.cutroom.testing.Projects.card;
import static io.cutroom.testing.Projects.project;
import static io.cutroom.testing.Projects.scene;
import static io.cutroom.testing.Projects.slate;
import static io.cutroom.testing.Projects.take;
import static io.cutroom.testing.Projects.withDialogue;
import static io.cutroom.testing.Projects.withSubtitle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cutroom.model.Episode;
import io.cutroom.model.Project;
import io.cutroom.model.Provenance;
import io.cutroom.model.Rational;
import io.cutroom.model.Shot;
import io.cutroom.model.Slate;
import io.cutroom.model.TakeShot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Placing clips by name and sidecar: slates become shots, takes are added once, the rest is listed. */
class MediaPlacementTest {

    private static final Path DIR = Path.of("/work/film").toAbsolutePath();
    private static final MediaPlacement PLACEMENT = new MediaPlacement(DIR, source -> Optional.of(Rational.of(2)));
    private static final Provenance VEO = new Provenance("A lighthouse at dusk", "veo-3", 1837463L, null);
    private static final String VEO_TEXT = "model veo-3, seed 1837463, prompt \"A lighthouse at dusk\"";

    /** Scene 1: shot a (a take), slate b (with a line and a subtitle), card k; scene 2: slate c. */
    private static Project film() {
        return project(
                scene("s1", take("a", "clips/a.mp4", "0", "2"),
                        withSubtitle(withDialogue(slate("b", "The keeper climbs", "3"), "line.wav", "0.5", "1"),
                                "Who's there?", "0.25", "1"),
                        card("k", "Later", "1")),
                scene("s2", slate("c", "The lamp", "2")));
    }

    private static MediaPlacement.Clip clip(String name) {
        return new MediaPlacement.Clip(DIR.resolve("renders").resolve(name), name, Provenance.NONE, ShotAddress.NONE,
                null);
    }

    private static Shot shot(Project p, String id) {
        return p.episodes().get(0).shot(id).orElseThrow();
    }

    private static MediaPlacement.Result place(Project p, boolean select, MediaPlacement.Clip... clips)
            throws EditException {
        return PLACEMENT.place(p, "ep1", List.of(clips), select);
    }

    private static List<String> lines(MediaPlacement.Result r) {
        List<String> lines = new ArrayList<>();
        r.placed().forEach(p -> lines.add(p.toString()));
        r.skipped().forEach(s -> lines.add("not placed: " + s));
        return lines;
    }

    @Test
    void aSlateThatGetsATakeBecomesAShotKeepingItsLineSubtitleAndDescriptionAndTheTakeIsSelected() throws Exception {
        MediaPlacement.Result r = place(film(), false,
                new MediaPlacement.Clip(DIR.resolve("renders/S01_SH02_take3.mp4"), "S01_SH02_take3.mp4", VEO,
                        ShotAddress.NONE, null));

        assertThat(lines(r)).containsExactly(
                "S01_SH02_take3.mp4 -> scene 1 (s1) › shot 2 (b) › take t3, selected (was a slate); " + VEO_TEXT);
        TakeShot b = (TakeShot) shot(r.project(), "b");
        assertThat(b.selected()).isEqualTo("t3");
        assertThat(b.selectedTake().source()).isEqualTo("renders/S01_SH02_take3.mp4");
        assertThat(b.selectedTake().provenance()).isEqualTo(VEO);
        assertThat(b.subtitles()).extracting(c -> c.text()).containsExactly("Who's there?");
        assertThat(b.dialogue()).extracting(d -> d.source()).containsExactly("line.wav");
        assertThat(b.description()).isEqualTo("The keeper climbs");
        assertThat(r.added()).isEqualTo(1);
    }

    @Test
    void aNewTakeOfAShotWithTakesIsAddedAndSelectedOnlyWhenAsked() throws Exception {
        MediaPlacement.Result kept = place(film(), false, clip("S01_SH01_take2.mp4"));
        MediaPlacement.Result selected = place(film(), true, clip("S01_SH01_take2.mp4"));

        assertThat(lines(kept)).containsExactly("S01_SH01_take2.mp4 -> scene 1 (s1) › shot 1 (a) › take t2; no provenance");
        assertThat(((TakeShot) shot(kept.project(), "a")).selected()).isEqualTo("t1");
        assertThat(lines(selected))
                .containsExactly("S01_SH01_take2.mp4 -> scene 1 (s1) › shot 1 (a) › take t2, selected; no provenance");
        assertThat(((TakeShot) shot(selected.project(), "a")).selected()).isEqualTo("t2");
    }

    @Test
    void placingTheSameClipsAgainChangesNothingAndSaysTheyAreAlreadyThere() throws Exception {
        MediaPlacement.Clip[] clips = {clip("S01_SH01_take2.mp4"), clip("S01_SH02.mp4"), clip("S02_SH01_v1.mp4")};
        MediaPlacement.Result first = place(film(), true, clips);

        MediaPlacement.Result again = place(first.project(), true, clips);

        assertThat(again.project()).isEqualTo(first.project());
        assertThat(again.added()).isZero();
        assertThat(lines(again)).containsExactly(
                "S01_SH01_take2.mp4: already there, scene 1 (s1) › shot 1 (a) › take t2",
                "S01_SH02.mp4: already there, scene 1 (s1) › shot 2 (b) › take t1",
                "S02_SH01_v1.mp4: already there, scene 2 (s2) › shot 1 (c) › take t1");
    }

    @Test
    void aTakeNumberThatIsTakenGivesAFreshIdAndTakesComeInNaturalOrderSoTheLastSelectedIsTheNewest() throws Exception {
        MediaPlacement.Result r = place(film(), true,
                clip("S01_SH01_take10.mp4"), clip("S01_SH01_take1.mp4"), clip("S01_SH01_take9.mp4"));

        assertThat(lines(r)).containsExactly(
                "S01_SH01_take1.mp4 -> scene 1 (s1) › shot 1 (a) › take t2, selected; no provenance",
                "S01_SH01_take9.mp4 -> scene 1 (s1) › shot 1 (a) › take t9, selected; no provenance",
                "S01_SH01_take10.mp4 -> scene 1 (s1) › shot 1 (a) › take t10, selected; no provenance");
        TakeShot a = (TakeShot) shot(r.project(), "a");
        assertThat(a.takes()).extracting(t -> t.id()).containsExactly("t1", "t2", "t9", "t10");
        assertThat(a.selected()).isEqualTo("t10");
    }

    @Test
    void whatCannotBePlacedIsListedWithTheReasonAndTheRestIsPlaced() throws Exception {
        MediaPlacement.Result r = place(film(), false,
                clip("S07_SH01_take1.mp4"),
                clip("S01_SH09.mp4"),
                clip("S01_SH03_take1.mp4"),
                clip("lighthouse.mp4"),
                new MediaPlacement.Clip(DIR.resolve("renders/S02_SH01.mp4"), "S02_SH01.mp4", Provenance.NONE,
                        ShotAddress.NONE, "unreadable sidecar S02_SH01.json: seed: expected a whole number, got 12.5"),
                clip("S00_SH01.mp4"),
                clip("E2_S01_SH01.mp4"),
                clip("S01_SH01_take2.mp4"));

        assertThat(lines(r)).containsExactly(
                "S01_SH01_take2.mp4 -> scene 1 (s1) › shot 1 (a) › take t2; no provenance",
                "not placed: E2_S01_SH01.mp4: no episode 2 (the project has 1 episode)",
                "not placed: lighthouse.mp4: the name does not follow the convention (such as S03_SH02_take4.mp4)"
                        + " and no sidecar names its shot",
                "not placed: S00_SH01.mp4: no scene 0 (episode ep1 has 2 scenes)",
                "not placed: S01_SH03_take1.mp4: scene s1 › shot k is a card: it has no takes",
                "not placed: S01_SH09.mp4: shot 9 of scene 1 (s1) does not exist (it has 3 shots)",
                "not placed: S02_SH01.mp4: unreadable sidecar S02_SH01.json: seed: expected a whole number, got 12.5",
                "not placed: S07_SH01_take1.mp4: no scene 7 (episode ep1 has 2 scenes)");
        assertThat(shot(r.project(), "c")).isInstanceOf(Slate.class);
    }

    @Test
    void aSidecarPlacesAClipWhoseNameDoesNotAndMustAgreeWithANameThatDoes() throws Exception {
        MediaPlacement.Clip byNumbers = new MediaPlacement.Clip(DIR.resolve("renders/gen_0042.mp4"), "gen_0042.mp4", VEO,
                new ShotAddress(null, 2, null, 1, null, null), null);
        MediaPlacement.Clip byId = new MediaPlacement.Clip(DIR.resolve("renders/gen_0043.mp4"), "gen_0043.mp4", VEO,
                new ShotAddress(null, null, null, null, "a", null), null);
        MediaPlacement.Clip agreeing = new MediaPlacement.Clip(DIR.resolve("renders/S01_SH02.mp4"), "S01_SH02.mp4", VEO,
                new ShotAddress(null, null, "s1", null, "b", null), null);
        MediaPlacement.Clip disagreeing = new MediaPlacement.Clip(DIR.resolve("renders/S01_SH01_v3.mp4"), "S01_SH01_v3.mp4",
                VEO, new ShotAddress(null, 2, null, 1, null, null), null);
        MediaPlacement.Clip wrongScene = new MediaPlacement.Clip(DIR.resolve("renders/gen_0044.mp4"), "gen_0044.mp4", VEO,
                new ShotAddress(null, 2, null, null, "a", null), null);
        MediaPlacement.Clip noShot = new MediaPlacement.Clip(DIR.resolve("renders/gen_0045.mp4"), "gen_0045.mp4", VEO,
                new ShotAddress(null, null, null, null, "zz", null), null);
        MediaPlacement.Clip silent = new MediaPlacement.Clip(DIR.resolve("renders/gen_0046.mp4"), "gen_0046.mp4", VEO,
                ShotAddress.NONE, null);

        MediaPlacement.Result r = place(film(), false, byNumbers, byId, agreeing, disagreeing, wrongScene, noShot, silent);

        assertThat(lines(r)).containsExactly(
                "gen_0042.mp4 -> scene 2 (s2) › shot 1 (c) › take t1, selected (was a slate); " + VEO_TEXT,
                "gen_0043.mp4 -> scene 1 (s1) › shot 1 (a) › take t2; " + VEO_TEXT,
                "S01_SH02.mp4 -> scene 1 (s1) › shot 2 (b) › take t1, selected (was a slate); " + VEO_TEXT,
                "not placed: gen_0044.mp4: its sidecar says scene 2 › shot a: shot a is not in scene 2 (s2)"
                        + " but in scene 1 (s1)",
                "not placed: gen_0045.mp4: its sidecar says shot zz: episode ep1: no shot zz",
                "not placed: gen_0046.mp4: the name does not follow the convention (such as S03_SH02_take4.mp4)"
                        + " and no sidecar names its shot",
                "not placed: S01_SH01_v3.mp4: its name says scene 1 (s1) › shot 1 (a) but its sidecar says"
                        + " scene 2 (s2) › shot 1 (c)");
    }

    @Test
    void anEpisodeInTheNameWinsOverTheDefaultAndTheEpisodeIsNamedWhenThereAreSeveral() throws Exception {
        Project one = film();
        Episode second = new Episode("ep2", "Two", List.of(scene("t1", slate("x", "X", "2"))), List.of());
        Project two = one.withEpisodes(List.of(one.episodes().get(0), second));

        MediaPlacement.Result r = PLACEMENT.place(two, "ep2", List.of(clip("E01_S02_SH01.mp4"), clip("S01_SH01.mp4")), false);

        assertThat(lines(r)).containsExactly(
                "E01_S02_SH01.mp4 -> episode ep1 › scene 2 (s2) › shot 1 (c) › take t1, selected (was a slate);"
                        + " no provenance",
                "S01_SH01.mp4 -> episode ep2 › scene 1 (t1) › shot 1 (x) › take t1, selected (was a slate); no provenance");
        assertThatThrownBy(() -> PLACEMENT.place(two, "ep9", List.of(), false))
                .isInstanceOf(EditException.class).hasMessage("there is no episode ep9 (episodes: ep1, ep2)");
    }

    @Test
    void aClipOutsideTheMediaRootKeepsAnAbsolutePathOnlyWhenNoRelativeOneExists() {
        assertThat(MediaPlacement.source(film(), DIR, DIR.resolve("../elsewhere/S01_SH01.mp4")))
                .isEqualTo("../elsewhere/S01_SH01.mp4");
        assertThat(MediaPlacement.source(film(), DIR, DIR.resolve("renders/x.mp4"))).isEqualTo("renders/x.mp4");
    }

    @Test
    void provenanceIsDescribedInOneLineWithLongTextsCut() {
        assertThat(MediaPlacement.describe(Provenance.NONE)).isEqualTo("no provenance");
        assertThat(MediaPlacement.describe(new Provenance("A lighthouse at dusk,\n slow push in, waves crashing below the rocks",
                null, -3L, "ok"))).isEqualTo("seed -3, prompt \"A lighthouse at dusk, slow push in, wav…\", notes \"ok\"");
    }

    @Test
    void namesCompareNaturally() {
        List<String> names = new ArrayList<>(List.of("S1_SH10", "s1_sh2", "S1_SH1_take10", "S1_SH1_take9", "S10_SH1",
                "S01_SH1_take009"));
        names.sort(MediaPlacement::compareNaturally);
        assertThat(names).containsExactly("S01_SH1_take009", "S1_SH1_take9", "S1_SH1_take10", "s1_sh2", "S1_SH10",
                "S10_SH1");
    }

    @Test
    void aScriptsNumberingWinsOverPositionsTheTitleSceneS0AndABeatInsertedLaterDoNotCount() throws Exception {
        // as import-script numbers them, after an --update inserted s1-3 between s1-1 and s1-2
        Project script = project(scene("s0", card("s0-1", "The Last Signal", "3")),
                scene("s1", slate("s1-1", "The lamp is dark", "2"), slate("s1-3", "A gull strikes", "2"),
                        slate("s1-2", "Mara climbs", "2")));

        MediaPlacement.Result r = place(script, false, clip("S01_SH02_take1.mp4"), clip("S01_SH03.mp4"));

        assertThat(lines(r)).containsExactly(
                "S01_SH02_take1.mp4 -> scene 2 (s1) › shot 3 (s1-2) › take t1, selected (was a slate); no provenance",
                "S01_SH03.mp4 -> scene 2 (s1) › shot 2 (s1-3) › take t1, selected (was a slate); no provenance");
    }
}
