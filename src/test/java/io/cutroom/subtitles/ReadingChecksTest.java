package io.cutroom.subtitles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadingChecksTest {

    private static List<String> check(Cue... cues) {
        return ReadingChecks.check(List.of(cues), ReadingChecks.Rules.DEFAULT).stream()
                .map(f -> f.index() + " " + f.kind() + ": " + f.message()).toList();
    }

    @Test
    void aComfortableCueHasNothingToSay() {
        assertThat(check(new Cue(0, 2_000, "Where were you last night?", null))).isEmpty();
    }

    @Test
    void readingSpeedCountsColumnsWithoutLineBreaks() {
        // 32 characters in 1.5 s: 21.3 per second
        assertThat(check(new Cue(0, 1_500, "Where were you\nlast night, Anna?!", null)))
                .containsExactly("1 READING_SPEED: reads at 21.3 characters per second (at most 17; CJK counts 2):"
                        + " show it longer or say less");
    }

    @Test
    void cjkCountsTwiceForSpeedAndLineWidth() {
        // 22 Chinese characters: 44 columns on one line, 44 columns in 2 s
        assertThat(check(new Cue(0, 2_000, "我们明天早上八点在车站见面然后一起去机场接她", null))).containsExactly(
                "1 LINE_WIDTH: its line is 44 characters wide (at most 42; CJK counts 2)",
                "1 READING_SPEED: reads at 22.0 characters per second (at most 17; CJK counts 2): show it longer or say less");
    }

    @Test
    void tooManyLinesTooShortAndTooLong() {
        assertThat(check(new Cue(0, 500, "Hi", null), new Cue(1_000, 9_000, "One\nTwo\nThree", null))).containsExactly(
                "1 TOO_SHORT: shows for 0.500 s (at least 0.833 s)",
                "2 LINES: has 3 lines (at most 2)",
                "2 TOO_LONG: shows for 8.000 s (at most 7.000 s)");
    }

    @Test
    void overlapsAndFlickeringGapsNameTheOtherCue() {
        assertThat(check(
                new Cue(0, 4_000, "A long first cue", null),
                new Cue(3_000, 4_500, "Overlaps the first", null),
                new Cue(4_540, 6_000, "Forty ms after", null),
                new Cue(6_000, 7_500, "Touches: fine", null))).containsExactly(
                "2 OVERLAP: overlaps subtitle 1 by 1.000 s: both show at once",
                "3 GAP: starts 0.040 s after subtitle 2 ends: a gap that short flickers; close it or leave at least 0.083 s");
    }

    @Test
    void anOverlapIsWithTheCueThatEndsLastNotJustThePreviousOne() {
        assertThat(check(
                new Cue(0, 6_000, "Long cue on top", null),
                new Cue(1_000, 2_000, "Inside it", null),
                new Cue(3_000, 4_000, "Also inside", null))).containsExactly(
                "2 OVERLAP: overlaps subtitle 1 by 5.000 s: both show at once",
                "3 OVERLAP: overlaps subtitle 1 by 3.000 s: both show at once");
    }
}
