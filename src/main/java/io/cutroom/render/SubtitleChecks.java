package io.cutroom.render;

import io.cutroom.model.FrameRate;
import io.cutroom.subtitles.Cue;
import io.cutroom.subtitles.ReadingChecks;
import io.cutroom.timeline.Cut;
import io.cutroom.timeline.Problem;
import io.cutroom.timeline.SubtitleEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether an episode's subtitles can be read, as {@code cutroom check} and the editor tell it: the
 * {@link ReadingChecks} over the cut's subtitles at the times they show (their text as it reads,
 * without italic and bold tags), with the least gap 2 frames at the project's rate. Advice, never
 * errors.
 */
public final class SubtitleChecks {

    private SubtitleChecks() {
    }

    /**
     * One thing found about one subtitle.
     *
     * @param cue the subtitle, as the cut shows it
     * @param number its number in the episode, from 1, as the exported SRT numbers it
     */
    public record Finding(SubtitleEvent cue, int number, ReadingChecks.Kind kind, String message) {

        /** {@code episode ep1 › scene s1 › shot s1-2 › subtitle 7 (00:00:12.500)}. */
        public String where(FrameRate rate) {
            long ms = Planner.millis(rate, cue.range().start());
            return cue.origin().describe() + " › subtitle " + number + " (" + String.format(Locale.ROOT,
                    "%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000) + ")";
        }
    }

    /** What the reading checks find in {@code cut}'s subtitles, in the order they show. */
    public static List<Finding> of(Cut cut) {
        FrameRate rate = cut.format().frameRate();
        List<Cue> cues = new ArrayList<>();
        for (SubtitleEvent e : cut.subtitles()) {
            long start = Planner.millis(rate, e.range().start());
            long end = Math.max(start + 1, Planner.millis(rate, e.range().end()));
            cues.add(new Cue(start, end, Cue.plain(e.text()), e.speaker()));
        }
        ReadingChecks.Rules rules = ReadingChecks.Rules.DEFAULT.withMinGap(Planner.millis(rate, 2));
        List<Finding> findings = new ArrayList<>();
        for (ReadingChecks.Finding f : ReadingChecks.check(cues, rules)) {
            findings.add(new Finding(cut.subtitles().get(f.index() - 1), f.index(), f.kind(), f.message()));
        }
        return findings;
    }

    /** The findings as warnings that name each subtitle by its shot, its number and its time. */
    public static List<Problem> problems(Cut cut) {
        FrameRate rate = cut.format().frameRate();
        return of(cut).stream().map(f -> Problem.warning(f.where(rate), f.message())).toList();
    }
}
