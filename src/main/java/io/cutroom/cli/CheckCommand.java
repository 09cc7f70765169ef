package io.cutroom.cli;

import io.cutroom.ffmpeg.FFmpeg;
import io.cutroom.model.Project;
import io.cutroom.render.Preflight;
import io.cutroom.render.SubtitleChecks;
import io.cutroom.timeline.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
                reading.addAll(SubtitleChecks.problems(r.cut()));
            }
        }
        problems.addAll(reading);
        Engine.print(out, problems);
        boolean errors = problems.stream().anyMatch(Problem::isError);
        out.println(project.getFileName() + ": " + (problems.isEmpty() ? "no problems" : Engine.summary(problems)));
        return errors ? Main.FAILED : 0;
    }
}
