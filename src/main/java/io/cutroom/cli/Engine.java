package io.cutroom.cli;

import io.cutroom.ffmpeg.FFmpeg;
import io.cutroom.ffmpeg.FFmpegException;
import io.cutroom.media.MediaProbe;
import io.cutroom.media.ProbeCache;
import io.cutroom.model.Episode;
import io.cutroom.model.Project;
import io.cutroom.projectfile.ProjectFile;
import io.cutroom.projectfile.ProjectFileException;
import io.cutroom.timeline.Problem;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What the commands share: finding FFmpeg, reading a project, printing problems. */
final class Engine {

    private Engine() {
    }

    static FFmpeg ffmpeg(Optional<Path> override) throws CliException {
        try {
            return FFmpeg.locate(override);
        } catch (FFmpegException e) {
            throw new CliException(e.getMessage());
        }
    }

    static MediaProbe probe(FFmpeg ffmpeg) {
        return new MediaProbe(ffmpeg, ProbeCache.inFolder(ProbeCache.defaultFolder()));
    }

    static Project read(Path file) throws CliException {
        if (!Files.isRegularFile(file)) {
            throw new CliException(file + ": no such project file");
        }
        try {
            return ProjectFile.read(file);
        } catch (ProjectFileException e) {
            throw new CliException(e.getMessage());
        }
    }

    /** The id of episode {@code requested}, or of the first when it is null; refused naming the episodes there are. */
    static String episode(Project project, String requested) throws CliException {
        String id = requested != null ? requested : project.episodes().get(0).id();
        if (project.episode(id).isEmpty()) {
            throw new CliException("there is no episode '" + id + "' (episodes: "
                    + String.join(", ", project.episodes().stream().map(Episode::id).toList()) + ")");
        }
        return id;
    }

    /** Saves the project atomically. */
    static void write(Project project, Path file) throws CliException {
        try {
            ProjectFile.write(project, file);
        } catch (ProjectFileException e) {
            throw new CliException(e.getMessage());
        }
    }

    /** The folder relative paths in the project start from. */
    static Path dirOf(Path projectFile) {
        Path parent = projectFile.toAbsolutePath().getParent();
        return parent == null ? Path.of(".").toAbsolutePath() : parent;
    }

    static void print(PrintWriter out, List<Problem> problems) {
        problems.forEach(p -> out.println(p));
    }

    static String summary(List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        return plural(errors, "error") + ", " + plural(warnings, "warning");
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
