package io.cutroom.cli;

import io.cutroom.media.MediaException;
import io.cutroom.media.MediaProbe;
import io.cutroom.model.Project;
import io.cutroom.model.Rational;
import io.cutroom.model.SubtitleCue;
import io.cutroom.subtitles.Cue;
import io.cutroom.subtitles.SubtitleFile;
import io.cutroom.timeline.Cut;
import io.cutroom.timeline.Problem;
import io.cutroom.timeline.Resolver;
import io.cutroom.timeline.SourceDurations;
import io.cutroom.timeline.SubtitleAnchoring;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "import", description = {
        "Import a subtitle file (SRT, WebVTT, ASS/SSA) into an episode, each cue anchored to the shot it falls on.",
        "From then on a cue moves with its shot. The project file is saved in place, atomically."})
final class SubtitlesImportCommand implements Callable<Integer> {

    @ParentCommand
    SubtitlesCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project file (.cutroom.json)")
    Path project;

    @Parameters(index = "1", paramLabel = "FILE", description = "the subtitle file, timed from the start of the episode")
    Path file;

    @Option(names = "--episode", paramLabel = "ID", description = "the episode; default: the first")
    String episode;

    @Option(names = "--encoding", paramLabel = "NAME",
            description = "the text encoding of FILE (such as windows-1252, GB18030); default: detected")
    String encoding;

    @Option(names = "--replace", description = "remove the episode's subtitles first; default: add to them")
    boolean replace;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Project p = Engine.read(project);
        String episodeId = Engine.episode(p, episode);
        SubtitleFile read = SubtitlesCommand.read(file, SubtitlesCommand.charset(encoding), out);
        Cut cut = resolve(p, episodeId);
        List<Cue> cues = new ArrayList<>(read.cues());
        cues.sort(Comparator.comparingLong(Cue::startMillis));
        List<SubtitleCue> timed = new ArrayList<>();
        for (Cue c : cues) {
            timed.add(new SubtitleCue(c.tagged(), Rational.of(c.startMillis(), 1000),
                    Rational.of(c.durationMillis(), 1000), c.speaker()));
        }
        SubtitleAnchoring.Result r = SubtitleAnchoring.anchor(p, cut, timed, replace);
        Engine.print(out, r.problems());
        Engine.write(r.project(), project);
        out.println("anchored " + Engine.plural(r.anchored(), "subtitle") + " to " + Engine.plural(r.shots().size(), "shot")
                + " of episode " + episodeId + (replace ? ", replacing its subtitles" : "") + "; saved "
                + project.getFileName());
        return 0;
    }

    /** The episode's cut; the lengths of takes without an out point come from probing their files. */
    private Cut resolve(Project p, String episodeId) throws CliException {
        ProbedDurations durations = new ProbedDurations(parent.main.ffmpegOverride());
        Resolver.Resolution resolution = Resolver.check(p, episodeId, Engine.dirOf(project), durations);
        if (resolution.cut() == null) {
            StringBuilder sb = new StringBuilder("cannot place the subtitles: episode " + episodeId
                    + " does not resolve (run cutroom check)");
            if (durations.noFFmpeg != null) {
                sb.append("; ").append(durations.noFFmpeg.getMessage());
            }
            resolution.problems().stream().filter(Problem::isError).forEach(e -> sb.append("\n  ").append(e));
            throw new CliException(sb.toString());
        }
        return resolution.cut();
    }

    /** Durations from ffprobe, found only when a take leaves its out point open. */
    private static final class ProbedDurations implements SourceDurations {
        private final Optional<Path> ffmpegOverride;
        private MediaProbe probe;
        private CliException noFFmpeg;

        ProbedDurations(Optional<Path> ffmpegOverride) {
            this.ffmpegOverride = ffmpegOverride;
        }

        @Override
        public Optional<Rational> duration(Path source) {
            try {
                if (probe == null && noFFmpeg == null) {
                    probe = Engine.probe(Engine.ffmpeg(ffmpegOverride));
                }
                return probe == null ? Optional.empty() : Optional.of(probe.probe(source).duration());
            } catch (CliException e) {
                noFFmpeg = e;
                return Optional.empty();
            } catch (MediaException e) {
                return Optional.empty();
            }
        }
    }
}
