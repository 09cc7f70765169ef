package io.cutroom.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.cutroom.model.Episode;
import io.cutroom.model.MusicCue;
import io.cutroom.model.Project;
import io.cutroom.model.Provenance;
import io.cutroom.model.Rational;
import io.cutroom.model.Scene;
import io.cutroom.model.Shot;
import io.cutroom.model.Slate;
import io.cutroom.model.Take;
import io.cutroom.model.TakeShot;
import io.cutroom.timeline.Edits;
import io.cutroom.timeline.Resolver;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Re-importing a revised script keeps the work done on the cut and reports what changed. */
class ScriptUpdateTest {

    private static final Edits EDITS = new Edits(Path.of("."), source -> Optional.empty());

    private static Shot shot(Project p, String id) {
        return p.episodes().get(0).shot(id).orElseThrow();
    }

    /** The pilot, with takes generated for the lamp (s1-1) and the climb (s2-2), and music until the cliff. */
    private static Project worked() throws Exception {
        Project p = ScriptImportTest.imported("pilot.fountain", false);
        p = EDITS.addTake(p, "ep1", "s1-1", new Take("t1", "clips/lamp.mp4", Rational.ZERO, Rational.of(4), Provenance.NONE));
        p = EDITS.addTake(p, "ep1", "s2-1", new Take("t1", "clips/cliff.mp4", Rational.ZERO, Rational.of(3), Provenance.NONE));
        Episode e = p.episodes().get(0);
        return p.withEpisodes(List.of(e.withMusic(List.of(new MusicCue("music/theme.m4a", "s2-2", Rational.ZERO,
                Rational.ZERO, null, null, -8, Rational.ZERO, Rational.ZERO, true)))));
    }

    @Test
    void shotsWithTakesKeepThemNewBeatsBecomeSlatesRemovedOnesAreReported() throws Exception {
        Project revised = ScriptImportTest.imported("pilot-revised.fountain", false);

        ScriptUpdate.Result r = ScriptUpdate.update(worked(), revised);
        Project p = r.project();

        TakeShot lamp = (TakeShot) shot(p, "s1-1");
        assertThat(lamp.takes()).extracting(Take::source).containsExactly("clips/lamp.mp4");
        assertThat(lamp.subtitles().get(0).text()).isEqualTo("The light went out four nights ago.");
        Slate gull = (Slate) shot(p, "s1-2");
        assertThat(gull.description()).isEqualTo("A gull strikes the window.");
        assertThat(p.episodes().get(0).scenes().get(2).shots()).extracting(Shot::id).containsExactly("s2-1", "s2-2");
        assertThat(shot(p, "s2-1")).isInstanceOf(TakeShot.class);
        assertThat(((TakeShot) shot(p, "s2-1")).description()).isEqualTo("EXT. CLIFF - DAWN");
        assertThat(r.changes()).containsExactly(
                "updated the subtitles of shot s1-1 (1 take) 'The lamp is dark. Wind rattles the glass.' from the script",
                "new slate s1-2 'A gull strikes the window.'",
                "kept shot s2-1 (1 take) 'EXT. CLIFF - DAWN': its beat is no longer in the script");
        // the kept take is shorter than its old speech, so a subtitle runs past the end: a warning, no error
        assertThat(Resolver.check(p, "ep1", Path.of("."), source -> Optional.empty()).problems())
                .noneMatch(io.cutroom.timeline.Problem::isError);
    }

    @Test
    void slatesWhoseBeatIsGoneAreRemovedAndTheirMusicReAnchored() throws Exception {
        Project original = ScriptImportTest.imported("pilot.fountain", false);
        Project withMusic = original.withEpisodes(List.of(original.episodes().get(0).withMusic(List.of(
                new MusicCue("music/theme.m4a", "s2-1", Rational.ZERO, Rational.ZERO, null, "s3", -8, Rational.ZERO,
                        Rational.ZERO, true)))));
        Project revised = ScriptImportTest.imported("pilot-revised.fountain", false);

        ScriptUpdate.Result r = ScriptUpdate.update(withMusic, revised);

        assertThat(r.changes()).contains(
                "removed slate s2-1 'EXT. CLIFF - DAWN': its beat is no longer in the script",
                "music 'music/theme.m4a' was anchored to s2-1, which was removed: now to s2");
        assertThat(r.project().episodes().get(0).music().get(0).anchor()).isEqualTo("s2");
        assertThat(r.project().episodes().get(0).music().get(0).until()).isEqualTo("s3");
        assertThat(r.project().episodes().get(0).scenes().get(2).shots()).extracting(Shot::id).containsExactly("s2-2");
    }

    @Test
    void reImportingTheSameScriptChangesNothing() throws Exception {
        Project p = worked();

        ScriptUpdate.Result r = ScriptUpdate.update(p, ScriptImportTest.imported("pilot.fountain", false));

        assertThat(r.changes()).isEmpty();
        assertThat(r.project()).isEqualTo(p);
    }

    @Test
    void aSceneWhoseHeadingIsGoneIsKeptOnlyForItsWork() throws Exception {
        Project p = worked();
        Project revised = ScriptImportTest.imported("episodes.fountain", false);

        ScriptUpdate.Result r = ScriptUpdate.update(p, revised);

        assertThat(r.project().episodes().get(0).scenes()).extracting(Scene::id, Scene::heading).containsExactly(
                org.assertj.core.groups.Tuple.tuple("s1", "INT. LIGHTHOUSE - NIGHT"),
                org.assertj.core.groups.Tuple.tuple("s2", "EXT. CLIFF - DAWN"),
                org.assertj.core.groups.Tuple.tuple("s4", "Harbour"),
                org.assertj.core.groups.Tuple.tuple("s5", "INT. HARBOUR - NIGHT"),
                org.assertj.core.groups.Tuple.tuple("s6", "EXT. PIER - DAY"));
        assertThat(r.project().episodes().get(0).scenes().get(0).shots()).extracting(Shot::id).containsExactly("s1-1");
        assertThat(r.changes()).contains("new scene s5 'INT. HARBOUR - NIGHT'",
                "removed slate s2-2 'Mara climbs down to the water.': its beat is no longer in the script",
                "removed card s0-1 'The Last Signal written by Mara Quist': its beat is no longer in the script",
                "kept scene s1 'INT. LIGHTHOUSE - NIGHT' for its shots with takes or dialogue: it is no longer in the script",
                "removed scene s3 'INT. STAIRWELL - DAY': it is no longer in the script");
    }

    @Test
    void aRevisedBeatKeepsItsShotAndTakesTheNewText() throws Exception {
        String pilot = java.nio.file.Files.readString(ScriptImportTest.DIR.resolve("pilot.fountain"));
        String revisedText = pilot.replace("The lamp is dark. Wind rattles the glass.",
                "The lamp is dark; the wind rattles the glass.").replace("Mara climbs down to the water.",
                "Mara climbs down to the water's edge.");
        Project revised = new ScriptImport(io.cutroom.model.Format.HD_24, ReadingPace.DEFAULT)
                .toProject(FountainParser.parse(revisedText, "pilot-v3.fountain"), "pilot-v3.fountain", false);

        ScriptUpdate.Result r = ScriptUpdate.update(worked(), revised);
        Project p = r.project();

        TakeShot lamp = (TakeShot) shot(p, "s1-1");
        assertThat(lamp.takes()).extracting(Take::source).containsExactly("clips/lamp.mp4");
        assertThat(lamp.description()).isEqualTo("The lamp is dark; the wind rattles the glass.");
        assertThat(((Slate) shot(p, "s2-2")).description()).isEqualTo("Mara climbs down to the water's edge.");
        assertThat(p.episodes().get(0).scenes().get(1).shots()).extracting(Shot::id).containsExactly("s1-1");
        assertThat(r.changes()).containsExactly(
                "revised shot s1-1 (1 take) 'The lamp is dark. Wind rattles the glass.' to 'The lamp is dark; the"
                        + " wind rattles the glass.'",
                "revised slate s2-2 'Mara climbs down to the water.' to 'Mara climbs down to the water's edge.'");
    }

    @Test
    void likenessCountsSharedWordsAndCjkCharacters() {
        assertThat(ScriptUpdate.likeness("The lamp is dark.", "the LAMP is dark")).isEqualTo(1.0);
        assertThat(ScriptUpdate.likeness("Mara climbs down.", "A gull strikes the window.")).isZero();
        assertThat(ScriptUpdate.likeness("灯塔的光熄灭了", "灯塔的光熄灭了。")).isEqualTo(1.0);
        assertThat(ScriptUpdate.likeness("灯塔的光熄灭了", "海上有声音")).isZero();
        assertThat(ScriptUpdate.likeness("", "")).isZero();
    }
}
