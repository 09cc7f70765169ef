package io.cutroom.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cutroom.model.Card;
import io.cutroom.model.Episode;
import io.cutroom.model.Format;
import io.cutroom.model.Project;
import io.cutroom.model.Rational;
import io.cutroom.model.Scene;
import io.cutroom.model.Slate;
import io.cutroom.model.SubtitleCue;
import io.cutroom.model.Transition;
import io.cutroom.timeline.Resolver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A screenplay becomes an animatic: scenes, slates, cards and subtitles timed at a reading pace. */
class ScriptImportTest {

    static final Path DIR = Path.of("src/test/resources/io/cutroom/interchange/import");
    private static final ScriptImport IMPORT = new ScriptImport(Format.HD_24, ReadingPace.DEFAULT);

    static Project imported(String name, boolean bySection) throws Exception {
        return IMPORT.toProject(FountainParser.read(DIR.resolve(name)), name, bySection);
    }

    private static Rational frames(long n) {
        return Rational.of(n, 24);
    }

    @Test
    void theTitlePageIsAnOpeningCardAndEachHeadingAScene() throws Exception {
        Episode e = imported("pilot.fountain", false).episodes().get(0);

        assertThat(e.id()).isEqualTo("ep1");
        assertThat(e.title()).isEqualTo("The Last Signal");
        assertThat(e.scenes()).extracting(Scene::id, Scene::heading).containsExactly(
                org.assertj.core.groups.Tuple.tuple("s0", "The Last Signal"),
                org.assertj.core.groups.Tuple.tuple("s1", "INT. LIGHTHOUSE - NIGHT"),
                org.assertj.core.groups.Tuple.tuple("s2", "EXT. CLIFF - DAWN"),
                org.assertj.core.groups.Tuple.tuple("s3", "INT. STAIRWELL - DAY"));
        Card title = (Card) e.scenes().get(0).shots().get(0);
        assertThat(title.text()).isEqualTo("The Last Signal\n\nwritten by\nMara Quist");
        assertThat(title.duration()).isEqualTo(Rational.of(3));
        Card later = (Card) e.scenes().get(3).shots().get(0);
        assertThat(later.text()).isEqualTo("THREE YEARS LATER");
    }

    @Test
    void dialogueIsTimedAtAReadingPaceOnTheSlateOfItsBeat() throws Exception {
        Slate lamp = (Slate) imported("pilot.fountain", false).episodes().get(0).scenes().get(1).shots().get(0);

        assertThat(lamp.id()).isEqualTo("s1-1");
        assertThat(lamp.description()).isEqualTo("The lamp is dark. Wind rattles the glass.");
        assertThat(lamp.transition()).isEqualTo(new Transition(Transition.Type.DIP_TO_BLACK, Rational.of(1))); // FADE IN:
        // 36 characters at 15 a second: 2.4 s, 57.6 frames, rounded up to 58; "Nobody came." is held the least 1.5 s
        assertThat(lamp.subtitles()).containsExactly(
                new SubtitleCue("The light went out three nights ago.", Rational.ZERO, frames(58), "MARA"),
                new SubtitleCue("Nobody came.", frames(58), frames(36), "JON"),
                new SubtitleCue("– Run!\n– No, you run!", frames(94), frames(36), "MARA / JON"));
        // long enough for its three subtitles, longer than the 41 characters of action take to read (66 frames)
        assertThat(lamp.duration()).isEqualTo(frames(130));
    }

    @Test
    void aSpeechBeforeAnyActionGetsASlateOfTheHeadingAndALongOneIsSplit() throws Exception {
        Scene cliff = imported("pilot.fountain", false).episodes().get(0).scenes().get(2);
        Slate first = (Slate) cliff.shots().get(0);

        assertThat(first.description()).isEqualTo("EXT. CLIFF - DAWN");
        assertThat(first.transition()).isEqualTo(new Transition(Transition.Type.CROSSFADE, Rational.of(1)));
        assertThat(first.subtitles()).hasSize(3).allSatisfy(c -> {
            assertThat(c.text().length()).isLessThanOrEqualTo(84);
            assertThat(c.speaker()).isEqualTo("MARA");
        });
        assertThat(first.subtitles().get(0).text())
                .isEqualTo("I kept the logbook. Every ship, every night, every name. I wrote them all down.");
        assertThat(first.subtitles().get(0).offset()).as("after the crossfade").isEqualTo(Rational.of(1));
        SubtitleCue last = first.subtitles().get(2);
        assertThat(first.duration()).isEqualTo(last.offset().add(last.duration()));
        assertThat(((Slate) cliff.shots().get(1)).description()).isEqualTo("Mara climbs down to the water.");
    }

    @Test
    void theCutResolvesWithoutAnyMedia() throws Exception {
        Project p = imported("pilot.fountain", false);

        Resolver.Resolution r = Resolver.check(p, "ep1", Path.of("."), source -> Optional.empty());

        assertThat(r.problems()).isEmpty();
        assertThat(r.cut().subtitles()).hasSize(6);
    }

    @Test
    void topLevelSectionsCanSplitTheScriptIntoEpisodes() throws Exception {
        Project split = imported("episodes.fountain", true);

        assertThat(split.episodes()).extracting(Episode::id, Episode::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ep1", "Episode 1"),
                org.assertj.core.groups.Tuple.tuple("ep2", "Episode 2"));
        assertThat(((Card) split.episodes().get(1).scenes().get(0).shots().get(0)).text()).isEqualTo("Harbour\n\nEpisode 2");
        assertThat(split.episodes().get(1).scenes()).extracting(Scene::heading).containsExactly("Harbour", "EXT. PIER - DAY");
        assertThat(imported("episodes.fountain", false).episodes()).hasSize(1);
    }

    @Test
    void aScriptWithNothingToShowIsRefused(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("notes.fountain"), "# Act One\n\n[[ideas]]\n");

        assertThatThrownBy(() -> IMPORT.toProject(FountainParser.read(empty), "notes.fountain", false))
                .isInstanceOf(ScriptException.class)
                .hasMessage("notes.fountain: the script has no title page, scene, action or dialogue to import");
    }
}
