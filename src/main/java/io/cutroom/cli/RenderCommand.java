package io.cutroom.cli;

import io.cutroom.ffmpeg.FFmpeg;
import io.cutroom.ffmpeg.FFmpegException;
import io.cutroom.ffmpeg.FFmpegProcess;
import io.cutroom.model.Project;
import io.cutroom.render.Job;
import io.cutroom.render.Planner;
import io.cutroom.render.Preflight;
import io.cutroom.render.Preset;
import io.cutroom.render.Presets;
import io.cutroom.render.RenderCache;
import io.cutroom.render.RenderException;
import io.cutroom.render.RenderPlan;
import io.cutroom.render.Renderer;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "render", description = {
        "Render an episode to a finished file: scenes encoded in parallel, audio mixed and",
        "loudness-normalised once, subtitles as a track and as .srt/.vtt beside the output, chapters",
        "from scene headings. Nothing is written at the output path unless the render completes."})
final class RenderCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PROJECT", description = "the project file (.cutroom.json)")
    Path project;

    @Option(names = "--episode", paramLabel = "ID", description = "episode to render (default: the first)")
    String episode;

    @Option(names = "--preset", paramLabel = "NAME|FILE", defaultValue = "web-1080p",
            description = "render preset, by name or .json file (default: ${DEFAULT-VALUE}); see 'cutroom presets'")
    String preset;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "output file (default: PROJECT-EPISODE.EXT beside the project file)")
    Path output;

    @Option(names = "--burn-subtitles", description = "draw the subtitles into the picture instead of a soft track")
    boolean burnSubtitles;

    @Option(names = "--dry-run", description = "print the FFmpeg commands and render nothing")
    boolean dryRun;

    @Option(names = "--no-cache", description = "render every scene afresh, neither reading nor filling the render cache")
    boolean noCache;

    @Option(names = "--jobs", paramLabel = "N", description = "scenes encoded at once (default: half the cores, at most 4)")
    int jobs;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Project p = Engine.read(project);
        String episodeId = episode != null ? episode : p.episodes().get(0).id();
        Preset chosen;
        try {
            chosen = Presets.standard().find(preset);
        } catch (RenderException e) {
            throw new CliException(e.getMessage());
        }
        if (burnSubtitles) {
            chosen = chosen.withSubtitles(Preset.SubtitleMode.BURN);
        }
        Path target = (output != null ? output : defaultOutput(p, episodeId, chosen)).toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new CliException(target + " is a folder; give a file name with -o");
        }
        if (target.getParent() != null && !Files.isDirectory(target.getParent())) {
            throw new CliException("cannot write " + target + ": folder " + target.getParent() + " does not exist");
        }
        FFmpeg ffmpeg = Engine.ffmpeg(main.ffmpegOverride());
        Preflight.Report report = Preflight.check(p, Engine.dirOf(project), episodeId, Engine.probe(ffmpeg),
                chosen.subtitles() == Preset.SubtitleMode.BURN);
        if (report.hasErrors()) {
            Engine.print(err, report.problems());
            err.println("cutroom: not rendering " + project.getFileName() + ": " + Engine.summary(report.problems()));
            return Main.FAILED;
        }
        Engine.print(err, report.problems());
        Path workDir = target.resolveSibling("." + target.getFileName() + ".work");
        RenderCache cache;
        try {
            cache = RenderCache.standard();
        } catch (RenderException e) {
            throw new CliException(e.getMessage());
        }
        RenderPlan plan = Planner.plan(new Planner.Request(report.cut(), chosen, report.media(), report.text(),
                target, workDir, noCache ? null : cache.folder(), ffmpegIdentity(ffmpeg)));
        if (dryRun) {
            printPlan(out, ffmpeg, plan);
            return 0;
        }
        return render(ffmpeg, plan, cache, out, err);
    }

    /** Which FFmpeg renders, as part of every fingerprint: another build may encode differently. */
    private static String ffmpegIdentity(FFmpeg ffmpeg) throws CliException {
        try {
            return ffmpeg.ffmpeg() + " " + ffmpeg.version();
        } catch (FFmpegException e) {
            throw new CliException(e.getMessage());
        }
    }

    private int render(FFmpeg ffmpeg, RenderPlan plan, RenderCache cache, PrintWriter out, PrintWriter err)
            throws InterruptedException {
        Renderer renderer = new Renderer(ffmpeg, jobs > 0 ? jobs : Renderer.defaultJobs());
        CountDownLatch cleanedUp = new CountDownLatch(1);
        Thread onInterrupt = new Thread(() -> {
            renderer.cancel();
            try {
                cleanedUp.await(15, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "cutroom-cancel");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        ProgressDisplay display = new ProgressDisplay(err, System.console() != null);
        long started = System.nanoTime();
        try {
            Renderer.Result result = renderer.run(plan, display);
            display.close();
            double seconds = (System.nanoTime() - started) / 1e9;
            out.printf("rendered %s in %.1f s%n", plan.output(), seconds);
            if (!noCache) {
                out.println(reuse(plan, result));
                trim(cache, plan, err);
            }
            if (!result.loudness().isEmpty()) {
                out.println("sound: " + result.loudness());
            }
            plan.sidecars().keySet().forEach(s -> out.println("subtitles " + s));
            return 0;
        } catch (RenderException e) {
            display.close();
            err.println("cutroom: " + e.getMessage());
            return e.getMessage().equals("the render was cancelled") ? Main.CANCELLED : Main.FAILED;
        } finally {
            cleanedUp.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it waits for the latch released above
            }
        }
    }

    /** {@code picture: 1 of 60 segments re-encoded, 59 from the cache; sound: unchanged}. */
    static String reuse(RenderPlan plan, Renderer.Result result) {
        List<String> pictures = plan.pictures().stream().map(Job::name).toList();
        long reused = pictures.stream().filter(result.reused()::contains).count();
        boolean soundReused = result.reused().contains(plan.audio().name());
        return "picture: " + (pictures.size() - reused) + " of " + pictures.size() + " segments re-encoded, " + reused
                + " from the cache; sound: " + (soundReused ? "unchanged" : "remixed");
    }

    private static void trim(RenderCache cache, RenderPlan plan, PrintWriter err) {
        try {
            cache.trim(plan.jobs().stream().map(Job::cacheEntry).filter(java.util.Objects::nonNull).toList());
        } catch (java.io.IOException e) {
            err.println("cutroom: could not trim the render cache in " + cache.folder() + ": " + e.getMessage());
        }
    }

    private static void printPlan(PrintWriter out, FFmpeg ffmpeg, RenderPlan plan) {
        out.println("# work folder " + plan.workDir() + " (" + plan.files().size() + " files written before the jobs)");
        List<Job> jobs = new ArrayList<>(plan.jobs());
        for (Job job : jobs) {
            List<String> argv = new ArrayList<>();
            argv.add(ffmpeg.ffmpeg().toString());
            argv.addAll(job.args());
            String cached = job.cached() ? (java.nio.file.Files.isDirectory(job.cacheEntry()) ? ", in the cache" : ", not cached yet") : "";
            if (job == plan.audio() && plan.chunkedAudio() != null) {
                int parts = plan.chunkedAudio().parts().size();
                out.println("# " + job.name() + cached + ": in " + (parts == 1 ? "1 part" : parts + " parts at the same time")
                        + " (" + RenderPlan.NORMALISE + " is the gain, and a true-peak limiter if"
                        + " needed, from the measured loudness; with the limiter each part also meters what it encodes)");
                for (Job part : plan.chunkedAudio().parts()) {
                    List<String> partArgv = new ArrayList<>(List.of(ffmpeg.ffmpeg().toString()));
                    partArgv.addAll(part.args());
                    out.println("# " + part.name());
                    out.println(FFmpegProcess.toShellString(partArgv));
                }
                out.println("# then the parts' own AAC frames are joined into " + job.outputs().get(0));
                continue;
            }
            String note = job == plan.audio()
                    ? " (" + RenderPlan.NORMALISE + " is the gain, and a true-peak limiter if needed, from the measured loudness)"
                    : job.args().contains(RenderPlan.THREADS)
                    ? " (" + RenderPlan.THREADS + " is the encoder threads: the cores shared among the parallel jobs)" : "";
            out.println("# " + job.name() + cached + note);
            out.println(FFmpegProcess.toShellString(argv));
        }
        out.println("# then " + plan.partialOutput().getFileName() + " is renamed to " + plan.output());
    }

    private Path defaultOutput(Project p, String episodeId, Preset chosen) {
        String name = project.getFileName().toString().replaceFirst("(\\.cutroom)?\\.json$", "");
        String suffix = p.episodes().size() > 1 ? "-" + episodeId : "";
        return Engine.dirOf(project).resolve(name + suffix + "." + chosen.container().extension());
    }
}
