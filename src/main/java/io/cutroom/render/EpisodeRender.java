package io.cutroom.render;

import io.cutroom.ffmpeg.FFmpeg;
import io.cutroom.ffmpeg.FFmpegException;
import io.cutroom.media.MediaProbe;
import io.cutroom.model.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One episode rendered the way both faces of Cutroom do it, {@code cutroom render} and the
 * editor's render panel: {@link #prepare} checks the project ({@link Preflight}) and, when nothing
 * stops it, plans the render with the render cache ({@link Planner}); {@link #run} runs the plan
 * ({@link Renderer}), trims the cache and says what was reused.
 */
public final class EpisodeRender {

    private EpisodeRender() {
    }

    /**
     * What to render.
     *
     * @param projectDir the folder the project's relative paths start from
     * @param preset the preset, already with the subtitle mode wanted ({@link Preset#withSubtitles})
     * @param output the finished file (see {@link #checkOutput})
     * @param cache the render cache, or null to render everything afresh
     */
    public record Request(Project project, Path projectDir, String episodeId, Preset preset, Path output,
            RenderCache cache) {

        public Request {
            Objects.requireNonNull(project, "project");
            Objects.requireNonNull(projectDir, "projectDir");
            Objects.requireNonNull(episodeId, "episodeId");
            Objects.requireNonNull(preset, "preset");
            Objects.requireNonNull(output, "output");
        }
    }

    /**
     * A checked request: the preflight report and, when it has no errors, the plan to run.
     *
     * @param plan null when the report has errors
     * @param cache the render cache the plan uses, or null
     */
    public record Prepared(Preflight.Report report, RenderPlan plan, RenderCache cache) {

        /** Whether the render can start: preflight found no errors. */
        public boolean ready() {
            return plan != null;
        }
    }

    /**
     * What a finished render did.
     *
     * @param reuse what came from the cache ({@link #reuse}), or null when no cache was used
     * @param warnings things that went wrong after the file was in place (the cache could not be trimmed)
     */
    public record Finished(Path output, Duration took, Renderer.Result result, String reuse, List<Path> sidecars,
            List<String> warnings) {

        public Finished {
            sidecars = List.copyOf(sidecars);
            warnings = List.copyOf(warnings);
        }

        /** What the loudness normalisation measured and did, or "" when there is no sound. */
        public String loudness() {
            return result.loudness();
        }
    }

    /**
     * The output beside the project file, named after it and the preset's container:
     * {@code pilot.cutroom.json} gives {@code pilot.mp4}, and {@code pilot-ep2.mp4} for episode
     * ep2 of a project with several episodes.
     */
    public static Path defaultOutput(Path projectFile, Project project, String episodeId, Preset preset) {
        Path abs = projectFile.toAbsolutePath();
        String name = abs.getFileName().toString().replaceFirst("(\\.cutroom)?\\.json$", "");
        String suffix = project.episodes().size() > 1 ? "-" + episodeId : "";
        return abs.resolveSibling(name + suffix + "." + preset.container().extension());
    }

    /** Refuses an output path that is a folder or lies in a folder that does not exist. */
    public static void checkOutput(Path output) throws RenderException {
        Path target = output.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new RenderException(target + " is a folder: the output must be a file name");
        }
        if (target.getParent() != null && !Files.isDirectory(target.getParent())) {
            throw new RenderException("cannot write " + target + ": folder " + target.getParent() + " does not exist");
        }
    }

    /**
     * Checks the episode (probing its media) and plans its render. Problems are in the report,
     * not thrown.
     *
     * @throws RenderException when FFmpeg cannot say its version (it is part of every fingerprint)
     */
    public static Prepared prepare(Request request, FFmpeg ffmpeg, MediaProbe probe) throws RenderException {
        Preset preset = request.preset();
        Preflight.Report report = Preflight.check(request.project(), request.projectDir(), request.episodeId(), probe,
                preset.subtitles() == Preset.SubtitleMode.BURN);
        if (report.hasErrors()) {
            return new Prepared(report, null, request.cache());
        }
        Path target = request.output().toAbsolutePath();
        Path workDir = target.resolveSibling("." + target.getFileName() + ".work");
        RenderCache cache = request.cache();
        RenderPlan plan = Planner.plan(new Planner.Request(report.cut(), preset, report.media(), report.text(), target,
                workDir, cache == null ? null : cache.folder(), ffmpegIdentity(ffmpeg)));
        return new Prepared(report, plan, cache);
    }

    /** Which FFmpeg renders, as part of every fingerprint: another build may encode differently. */
    public static String ffmpegIdentity(FFmpeg ffmpeg) throws RenderException {
        try {
            return ffmpeg.ffmpeg() + " " + ffmpeg.version();
        } catch (FFmpegException e) {
            throw new RenderException(e.getMessage(), e);
        }
    }

    /**
     * Runs a prepared render with {@code renderer} (which the caller keeps, to
     * {@link Renderer#cancel} it), then trims the cache to its limit, keeping this render's entries.
     *
     * @throws RenderException when the render fails or is cancelled ({@code the render was
     *     cancelled}); nothing is then at the output path
     */
    public static Finished run(Prepared prepared, Renderer renderer, Renderer.Listener listener)
            throws RenderException, InterruptedException {
        if (!prepared.ready()) {
            throw new IllegalArgumentException("the render has errors and cannot run");
        }
        RenderPlan plan = prepared.plan();
        long started = System.nanoTime();
        Renderer.Result result = renderer.run(plan, listener);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        List<String> warnings = new ArrayList<>();
        RenderCache cache = prepared.cache();
        String reuse = null;
        if (cache != null) {
            reuse = reuse(plan, result);
            try {
                cache.trim(plan.jobs().stream().map(Job::cacheEntry).filter(Objects::nonNull).toList());
            } catch (IOException e) {
                warnings.add("could not trim the render cache in " + cache.folder() + ": " + e.getMessage());
            }
        }
        return new Finished(plan.output(), took, result, reuse, List.copyOf(plan.sidecars().keySet()), warnings);
    }

    /** {@code picture: 1 of 60 segments re-encoded, 59 from the cache; sound: unchanged}. */
    public static String reuse(RenderPlan plan, Renderer.Result result) {
        List<String> pictures = plan.pictures().stream().map(Job::name).toList();
        long reused = pictures.stream().filter(result.reused()::contains).count();
        boolean soundReused = result.reused().contains(plan.audio().name());
        return "picture: " + (pictures.size() - reused) + " of " + pictures.size() + " segments re-encoded, " + reused
                + " from the cache; sound: " + (soundReused ? "unchanged" : "remixed");
    }

    /** Whether {@code e} is the cancellation of a render rather than a failure. */
    public static boolean isCancellation(RenderException e) {
        return "the render was cancelled".equals(e.getMessage());
    }
}
