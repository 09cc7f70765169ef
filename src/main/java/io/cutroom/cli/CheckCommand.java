package io.cutroom.cli;

import io.cutroom.ffmpeg.FFmpeg;
import io.cutroom.model.FrameRate;
import io.cutroom.model.Project;
import io.cutroom.model.Rational;
import io.cutroom.render.Preflight;
import io.cutroom.subtitles.Cue;
import io.cutroom.subtitles.ReadingChecks;
import io.cutroom.timeline.Cut;
import io.cutroom.timeline.Problem;
import io.cutroom.timeline.SubtitleEvent;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "check", description = {
        "Check a project before rendering: missing, unreadable, truncated or non-media files, in/out points",
        "past the end of a clip, empty scenes, anchors that point nowhere, fonts that cannot draw the text;",
        "and whether the subtitles can be read (speed, line length, duration, gaps, overlaps), as warnings.",
        "Exits 1 when there are errors."})
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PROJECT", description = "the project file (.cutroom.json)")
    Path project;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Project p = Engine.read(project);
        FFmpeg ffmpeg = Engine.ffmpeg(main.ffmpegOverride());
        List<Problem> problems = new ArrayList<>();
        List<Problem> reading = new ArrayList<>();
        for (Preflight.Report r : Preflight.checkAll(p, Engine.dirOf(project), Engine.probe(ffmpeg))) {
            problems.addAll(r.problems());
            if (r.cut() != null) {
                reading.addAll(readability(r.cut()));
            }
        }
        problems.addAll(reading);
        Engine.print(out, problems);
        boolean errors = problems.stream().anyMatch(Problem::isError);
        out.println(project.getFileName() + ": " + (problems.isEmpty() ? "no problems" : Engine.summary(problems)));
        return errors ? Main.FAILED : 0;
    }

    /**
     * The reading checks of {@link ReadingChecks} over the episode's subtitles, as warnings that name
     * each subtitle by its shot, its number in the episode (as the exported SRT numbers it) and its
     * time. The least gap is 2 frames at the project's rate.
     */
    static List<Problem> readability(Cut cut) {
        FrameRate rate = cut.format().frameRate();
        List<Cue> cues = new ArrayList<>();
        for (SubtitleEvent e : cut.subtitles()) {
            cues.add(new Cue(millis(rate, e.range().start()), Math.max(millis(rate, e.range().start()) + 1,
                    millis(rate, e.range().end())), e.text(), e.speaker()));
        }
        ReadingChecks.Rules rules = ReadingChecks.Rules.DEFAULT.withMinGap(millis(rate, 2));
        List<Problem> problems = new ArrayList<>();
        for (ReadingChecks.Finding f : ReadingChecks.check(cues, rules)) {
            SubtitleEvent e = cut.subtitles().get(f.index() - 1);
            problems.add(Problem.warning(e.origin().describe() + " › subtitle " + f.index() + " ("
                    + clock(f.cue().startMillis()) + ")", f.message()));
        }
        return problems;
    }

    private static long millis(FrameRate rate, long frame) {
        return rate.toSeconds(frame).multiply(Rational.of(1000)).floor();
    }

    private static String clock(long ms) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60,
                ms % 1000);
    }
}
