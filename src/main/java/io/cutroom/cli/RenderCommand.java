package io.cutroom.cli;

import io.cutroom.ffmpeg.FFmpeg;
import io.cutroom.ffmpeg.FFmpegProcess;
import io.cutroom.model.Project;
import io.cutroom.render.EpisodeRender;
import io.cutroom.render.Job;
import io.cutroom.render.Preflight;
import io.cutroom.render.Preset;
import io.cutroom.render.Presets;
import io.cutroom.render.RenderCache;
import io.cutroom.render.RenderException;
import io.cutroom.render.RenderPlan;
import io.cutroom.render.Renderer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        Path target = (output != null ? output
                : EpisodeRender.defaultOutput(Engine.dirOf(project).resolve(project.getFileName()), p, episodeId, chosen))
                .toAbsolutePath();
        FFmpeg ffmpeg;
        RenderCache cache;
        EpisodeRender.Prepared prepared;
        try {
            EpisodeRender.checkOutput(target);
            ffmpeg = Engine.ffmpeg(main.ffmpegOverride());
            cache = noCache ? null : RenderCache.standard();
            prepared = EpisodeRender.prepare(new EpisodeRender.Request(p, Engine.dirOf(project), episodeId, chosen, target,
                    cache), ffmpeg, Engine.probe(ffmpeg));
        } catch (RenderException e) {
            throw new CliException(e.getMessage());
        }
        Preflight.Report report = prepared.report();
        Engine.print(err, report.problems());
        if (!prepared.ready()) {
            err.println("cutroom: not rendering " + project.getFileName() + ": " + Engine.summary(report.problems()));
            return Main.FAILED;
        }
        if (dryRun) {
            printPlan(out, ffmpeg, prepared.plan());
            return 0;
        }
        return render(ffmpeg, prepared, out, err);
    }

    private int render(FFmpeg ffmpeg, EpisodeRender.Prepared prepared, PrintWriter out, PrintWriter err)
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
        try {
            EpisodeRender.Finished done = EpisodeRender.run(prepared, renderer, display);
            display.close();
            out.printf(Locale.ROOT, "rendered %s in %.1f s%n", done.output(), done.took().toNanos() / 1e9);
            if (done.reuse() != null) {
                out.println(done.reuse());
            }
            done.warnings().forEach(w -> err.println("cutroom: " + w));
            if (!done.loudness().isEmpty()) {
                out.println("sound: " + done.loudness());
            }
            done.sidecars().forEach(s -> out.println("subtitles " + s));
            return 0;
        } catch (RenderException e) {
            display.close();
            err.println("cutroom: " + e.getMessage());
            return EpisodeRender.isCancellation(e) ? Main.CANCELLED : Main.FAILED;
        } finally {
            cleanedUp.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it waits for the latch released above
            }
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
}
