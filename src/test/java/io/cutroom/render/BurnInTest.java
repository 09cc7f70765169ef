package io.cutroom.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.cutroom.media.MediaProbe;
import io.cutroom.media.ProbeCache;
import io.cutroom.model.Card;
import io.cutroom.model.Color;
import io.cutroom.model.Episode;
import io.cutroom.model.Format;
import io.cutroom.model.FrameRate;
import io.cutroom.model.Project;
import io.cutroom.model.Rational;
import io.cutroom.model.Scene;
import io.cutroom.model.Style;
import io.cutroom.model.SubtitleCue;
import io.cutroom.model.SubtitleStyle;
import io.cutroom.model.Transition;
import io.cutroom.testing.TestMedia;
import io.cutroom.timeline.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BurnInTest {

    /** 10 px a character at size 20, lines 24 px apart (PlannerTest's font). */
    private static final TextLayout FONT = PlannerTest.TEXT;
    private static final Color GOLD = Color.parse("#FFD700");
    private static final SubtitleStyle STYLE = new SubtitleStyle(null, 20, Color.WHITE, Color.BLACK, 2, false,
            Color.BLACK, SubtitleStyle.Position.BOTTOM, 10, 0.8, Map.of("ANNA", GOLD), 0, Color.BLACK);

    @TempDir
    Path dir;

    @Test
    void wrapsToTheSafeAreaAndSitsTheMarginAboveItsBottom() {
        // 1000 × 500: safe area 800 × 400 from (100, 50); 80 characters a line
        BurnIn.Placement at = BurnIn.place(STYLE, 1000, 500, FONT, "word ".repeat(30).strip(), null);

        assertThat(at.safeArea()).isEqualTo(new BurnIn.Area(100, 50, 800, 400));
        assertThat(at.lines()).hasSize(2).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
        assertThat(at.lines().get(0).length()).isEqualTo(at.lines().get(1).length()); // balanced
        assertThat(at.top()).isEqualTo(450 - 10 - 2 * 24);
        assertThat(at.color()).isEqualTo(Color.WHITE);
        assertThat(at.fitsWidth()).isTrue();
    }

    @Test
    void italicAndBoldTagsAreLeftOutOfTheDrawnText() {
        assertThat(BurnIn.place(STYLE, 1000, 500, FONT, "<i>Who's <b>there</b>?</i>", null).lines())
                .containsExactly("Who's there?");
    }

    @Test
    void atTheTopStartsTheMarginBelowTheSafeAreasTop() {
        SubtitleStyle top = new SubtitleStyle(null, 20, Color.WHITE, Color.BLACK, 2, false, Color.BLACK,
                SubtitleStyle.Position.TOP, 10, 0.8, Map.of(), 0, Color.BLACK);

        assertThat(BurnIn.place(top, 1000, 500, FONT, "Hi", null).top()).isEqualTo(50 + 10);
    }

    @Test
    void aSpeakerWithAColourGetsItOthersTheStyles() {
        assertThat(BurnIn.place(STYLE, 1000, 500, FONT, "Hi", "ANNA").color()).isEqualTo(GOLD);
        assertThat(BurnIn.place(STYLE, 1000, 500, FONT, "Hi", "BO").color()).isEqualTo(Color.WHITE);
    }

    @Test
    void rightToLeftLinesAreDrawnInVisualOrderAfterWrapping() {
        BurnIn.Placement at = BurnIn.place(STYLE, 1000, 500, FONT, "שלום עולם\nHello", null);

        assertThat(at.lines()).containsExactly("םלוע םולש", "Hello");
    }

    @Test
    void aWordLongerThanTheSafeAreaDoesNotFit() {
        assertThat(BurnIn.place(STYLE, 1000, 500, FONT, "x".repeat(90), null).fitsWidth()).isFalse();
    }

    private static Project cardWith(SubtitleCue... cues) {
        Card card = new Card("c", "", Rational.of(10), Color.BLACK, Color.WHITE, Transition.CUT, List.of(), List.of(cues));
        return new Project(new Format(640, 360, FrameRate.of(24), 48000), ".", Style.DEFAULT,
                List.of(new Episode("ep1", "", List.of(new Scene("s1", "INT. X", null, List.of(card))), List.of())));
    }

    private Preflight.Report check(Project project, boolean burn) {
        return Preflight.check(project, dir, "ep1", new MediaProbe(TestMedia.ffmpeg(), ProbeCache.none()), burn);
    }

    @Test
    void checkRefusesToBurnAScriptItCannotOrderAndNamesTheCue() {
        Project syriac = cardWith(new SubtitleCue("ܫܠܡܐ ܥܠܡܐ", Rational.of(1), Rational.of(2), null));

        assertThat(check(syriac, true).problems()).extracting(Problem::toString).contains(
                "error: episode ep1 › scene s1 › shot c › subtitle \"ܫܠܡܐ ܥܠܡܐ\": Syriac cannot be drawn: the bundled"
                        + " FFmpeg has no FriBidi to join and order its letters");
        assertThat(check(syriac, false).hasErrors()).isFalse();
    }

    @Test
    void checkWarnsWhenABurnedInCueTakesThreeLines() {
        String text = "This subtitle says far too much for anyone to read it in time, and it goes on and on about"
                + " things that nobody asked about at all";
        Preflight.Report report = check(cardWith(new SubtitleCue(text, Rational.of(1), Rational.of(5), null)), false);

        assertThat(report.problems()).extracting(Problem::toString).containsExactly(
                "warning: episode ep1 › scene s1 › shot c › subtitle 1: burned in, it takes 3 lines at 640×360 (at"
                        + " most 2): say less or split it");
    }
}
