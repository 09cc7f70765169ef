package io.cutroom.bench;

import io.cutroom.ffmpeg.FFmpeg;
import io.cutroom.ffmpeg.FFmpegException;
import io.cutroom.render.Preset;
import io.cutroom.render.Presets;
import io.cutroom.render.RenderException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.io.FileUtils;

/**
 * The render benchmark (docs/benchmark.md). Generates a synthetic episode, then measures in one run:
 * <ol>
 *   <li>a cold render with Cutroom (empty cache);
 *   <li>the same edit rendered by hand-written FFmpeg commands with the same encoder settings
 *       (the reference: the faster of the variants of {@link ReferenceRender});
 *   <li>a Cutroom re-render after changing one take's {@code in} in one scene;
 *   <li>a Cutroom re-render with nothing changed;
 * </ol>
 * checks every output and prints wall time, CPU time and peak RSS of each, then the wall-time
 * ratios {@code cold/reference}, {@code one-shot-change/cold} and {@code no-change/cold}.
 *
 * <p>Arguments: {@code --repeat=N} (default 1) runs the four in N rounds and takes each one's
 * fastest run, which steadies the figures on a busy machine; {@code --reference=segments|single|both}
 * (default both: the faster one is the reference); {@code --reference-jobs=N} (scene commands at
 * once in the segments variant, default the number of cores). System properties:
 * {@code benchmark.root} (the project folder, holding {@code target/cutroom.jar}) and
 * {@code benchmark.work} (the work folder, default {@code target/benchmark}; emptied first, except
 * for generated media that is still up to date).
 */
public final class RenderBenchmark {

    private static final double TARGET_COLD = 1.10;
    private static final double TARGET_CHANGE = 0.15;
    private static final double TARGET_NO_CHANGE = 0.05;
    private static final long TARGET_JAVA_MB = 600;

    /** The edit of run 3: the third shot of the seventh scene starts a quarter second later. */
    private static final int CHANGED_SCENE = 6;
    private static final int CHANGED_SHOT = 2;

    private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    private final Path root;
    private final Path work;
    private final List<ReferenceRender.Variant> variants;
    private final int referenceJobs;
    private final int repeat;
    private final List<Row> rows = new ArrayList<>();

    private static final String COLD = "cold";
    private static final String ONE_SHOT = "one-shot-change";
    private static final String NO_CHANGE = "no-change";

    private record Row(String kind, Measurement.Result result, OutputCheck.Report check) {
    }

    private RenderBenchmark(Path root, Path work, List<ReferenceRender.Variant> variants, int referenceJobs,
            int repeat) {
        this.root = root;
        this.work = work;
        this.variants = variants;
        this.referenceJobs = referenceJobs;
        this.repeat = repeat;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("benchmark.root", ".")).toAbsolutePath().normalize();
        Path work = Path.of(System.getProperty("benchmark.work", root.resolve("target/benchmark").toString()));
        List<ReferenceRender.Variant> variants = List.of(ReferenceRender.Variant.values());
        int referenceJobs = Runtime.getRuntime().availableProcessors();
        int repeat = 1;
        for (String arg : args) {
            if (arg.startsWith("--reference=")) {
                String v = arg.substring("--reference=".length());
                variants = v.equals("both") ? variants : List.of(variant(v));
            } else if (arg.startsWith("--reference-jobs=")) {
                referenceJobs = positive(arg);
            } else if (arg.startsWith("--repeat=")) {
                repeat = positive(arg);
            } else {
                fail("unknown argument '" + arg + "'; expected --repeat=N, --reference=segments|single|both,"
                        + " --reference-jobs=N");
            }
        }
        try {
            System.exit(new RenderBenchmark(root, work.toAbsolutePath().normalize(), variants, referenceJobs, repeat).run());
        } catch (IOException | FFmpegException | RenderException e) {
            fail(e.getMessage());
        }
    }

    private static ReferenceRender.Variant variant(String id) {
        for (ReferenceRender.Variant v : ReferenceRender.Variant.values()) {
            if (v.id.equals(id)) {
                return v;
            }
        }
        fail("unknown reference variant '" + id + "'; expected segments, single or both");
        return null;
    }

    private static int positive(String arg) {
        String value = arg.substring(arg.indexOf('=') + 1);
        try {
            int n = Integer.parseInt(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        fail(arg.substring(0, arg.indexOf('=')) + ": expected a positive whole number, got '" + value + "'");
        return 0;
    }

    private static void fail(String message) {
        System.err.println("benchmark: " + message);
        System.exit(2);
    }

    private int run() throws IOException, InterruptedException, FFmpegException, RenderException {
        Path jar = root.resolve("target/cutroom.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IOException(jar + " is missing: build it first (mvn -DskipTests package)");
        }
        if (!Files.isExecutable(Path.of("/usr/bin/time"))) {
            throw new IOException("/usr/bin/time is missing: apt-get install -y time");
        }
        emptyKeepingMedia(work);
        Path media = work.resolve("media");
        Path outDir = work.resolve("out");
        Files.createDirectories(outDir);
        Files.createDirectories(work.resolve("logs"));
        FFmpeg ffmpeg = FFmpeg.locate(Optional.empty());
        SyntheticEpisode episode = SyntheticEpisode.create();

        Path presetFile = work.resolve("benchmark-720p.json");
        try (InputStream in = RenderBenchmark.class.getResourceAsStream("benchmark-720p.json")) {
            Files.copy(in, presetFile);
        }
        Preset preset = Presets.standard().find(presetFile.toString());
        header(ffmpeg, episode, preset);

        long started = System.nanoTime();
        boolean generated = new MediaGenerator(ffmpeg, media).generate(episode);
        Path project = work.resolve("episode.cutroom.json");
        ProjectFile.write(episode, project);
        out.printf(Locale.ROOT, generated ? "generated the media in %.0f s (not timed)%n"
                : "the media of a previous run is up to date (%.0f s)%n", (System.nanoTime() - started) / 1e9);

        // as a user runs it: the launcher, which maps the render's classes from an archive written by its
        // first run (the untimed dry run below)
        List<String> render = List.of(root.resolve("bin/cutroom").toString(), "render", project.toString(),
                "--preset", presetFile.toString());
        Path cache = work.resolve("cache");
        Map<String, String> cacheEnv = Map.of("CUTROOM_CACHE", cache.toString());
        // untimed: warms the page cache for the jar and its libraries, and keeps the plan for reading
        List<String> dryRun = new ArrayList<>(render);
        dryRun.addAll(List.of("-o", outDir.resolve("cold.mp4").toString(), "--dry-run"));
        Measurement.run("dry run", dryRun, Map.of("CUTROOM_CACHE", work.resolve("cache-dry-run").toString()),
                work.resolve("cutroom-plan.txt"));

        ReferenceRender reference = new ReferenceRender(episode, media, preset, ffmpeg.ffmpeg(), ffmpeg.environment(),
                referenceJobs);
        Map<ReferenceRender.Variant, Path> scripts = new LinkedHashMap<>();
        for (ReferenceRender.Variant v : variants) {
            scripts.put(v, reference.write(v, work.resolve("reference-" + v.id),
                    outDir.resolve("reference-" + v.id + ".mp4")));
        }
        SyntheticEpisode.Shot shot = episode.scenes().get(CHANGED_SCENE).shots().get(CHANGED_SHOT);
        SyntheticEpisode changed = episode.withShotIn(CHANGED_SCENE, CHANGED_SHOT, shot.inQ() + 1);
        out.printf(Locale.ROOT, "the edit before one-shot-change: shot %s, take t1 in %s -> %s s (6 frames shorter)%n",
                shot.id(), ProjectFile.seconds(shot.inQ()), ProjectFile.seconds(shot.inQ() + 1));

        Check check = new Check(new OutputCheck(ffmpeg), episode.subtitleCount(), preset.loudness().integrated());
        for (int round = 1; round <= repeat; round++) {
            out.println();
            if (repeat > 1) {
                out.printf("round %d of %d%n", round, repeat);
            }
            FileUtils.deleteDirectory(cache.toFile());
            ProjectFile.write(episode, project);
            measure(COLD, round, render, outDir.resolve("cold.mp4"), cacheEnv, check, episode.frames());
            for (Map.Entry<ReferenceRender.Variant, Path> v : scripts.entrySet()) {
                measure(referenceKind(v.getKey()), round, List.of("bash", v.getValue().toString()),
                        outDir.resolve("reference-" + v.getKey().id + ".mp4"), Map.of(), check, episode.frames());
            }
            ProjectFile.setTakeIn(project, CHANGED_SCENE, CHANGED_SHOT, shot.inQ() + 1);
            measure(ONE_SHOT, round, render, outDir.resolve("one-shot-change.mp4"), cacheEnv, check, changed.frames());
            measure(NO_CHANGE, round, render, outDir.resolve("no-change.mp4"), cacheEnv, check, changed.frames());
        }
        return report();
    }

    private static String referenceKind(ReferenceRender.Variant v) {
        return "reference (" + v.id + ")";
    }

    /** Empties the work folder, but keeps generated media (the generator knows when it is stale). */
    private static void emptyKeepingMedia(Path work) throws IOException {
        Files.createDirectories(work);
        try (var children = Files.list(work)) {
            for (Path child : children.toList()) {
                if (!child.getFileName().toString().equals("media")) {
                    FileUtils.forceDelete(child.toFile());
                }
            }
        }
    }

    private void header(FFmpeg ffmpeg, SyntheticEpisode episode, Preset preset) throws FFmpegException {
        long ramGb = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize() >> 30;
        out.println("Cutroom render benchmark");
        out.printf(Locale.ROOT, "machine:  %d cores, %d GiB RAM, %s %s, Java %s%n",
                Runtime.getRuntime().availableProcessors(), ramGb, System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.version"));
        out.printf("ffmpeg:   %s (%s), %s%n", ffmpeg.version(), ffmpeg.origin(), ffmpeg.ffmpeg());
        out.printf("preset:   %s%n", preset.description());
        out.printf(Locale.ROOT, "episode:  %d scenes x %d shots, %d frames (%.1f s) at %dx%d %d fps, %d subtitles, "
                        + "a line of dialogue per scene, one music bed%n",
                episode.scenes().size(), SyntheticEpisode.SHOTS_PER_SCENE, episode.frames(), episode.seconds(),
                SyntheticEpisode.WIDTH, SyntheticEpisode.HEIGHT, SyntheticEpisode.FPS, episode.subtitleCount());
        out.printf("sources:  %d clips:%n", episode.clips().size());
        for (SyntheticEpisode.Clip c : episode.clips()) {
            out.println("            " + c.describe());
        }
        out.printf("work:     %s%n", work);
        out.printf(Locale.ROOT, "load:     %.1f (1-minute average; other work on the machine makes every figure noisier)%n",
                loadAverage());
    }

    /** What every output is checked against, besides its frame count. */
    private record Check(OutputCheck checker, long cues, double lufs) {
    }

    private void measure(String kind, int round, List<String> command, Path output, Map<String, String> env,
            Check check, long frames) throws IOException, InterruptedException {
        List<String> argv = new ArrayList<>(command);
        if (!kind.startsWith("reference")) {
            argv.addAll(List.of("-o", output.toString()));
        }
        out.printf("run: %-22s ", kind);
        Path log = work.resolve("logs").resolve(kind.replaceAll("[^a-z-]", "") + "-" + round + ".log");
        Measurement.Result r = Measurement.run(kind, argv, env, log);
        OutputCheck.Report report = check.checker().check(output, frames, check.cues(), check.lufs());
        out.printf(Locale.ROOT, "%7.1f s  %s  (others used %.1f s CPU meanwhile)%n", r.wallSeconds(),
                report.ok() ? String.format(Locale.ROOT, "ok (%d frames, %.1f LUFS)", report.frames(), report.loudness())
                        : "BAD OUTPUT: " + String.join("; ", report.problems()), r.otherCpuSeconds());
        if (!kind.startsWith("reference")) {
            // what Cutroom says it reused: "picture: 1 of 60 segments re-encoded, 59 from the cache; sound: unchanged"
            Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("picture: ")).findFirst()
                    .ifPresent(l -> out.println("     cutroom: " + l));
        }
        rows.add(new Row(kind, r, report));
    }

    /** The fastest run of a kind (with its CPU time and memory), as the figures are best of the rounds. */
    private Row best(String kind) {
        return rows.stream().filter(r -> r.kind().equals(kind))
                .min(Comparator.comparingDouble(r -> r.result().wallSeconds())).orElseThrow();
    }

    private int report() {
        Row cold = best(COLD);
        Row reference = variants.stream().map(v -> best(referenceKind(v)))
                .min(Comparator.comparingDouble(r -> r.result().wallSeconds())).orElseThrow();
        Row oneShot = best(ONE_SHOT);
        Row noChange = best(NO_CHANGE);
        List<String> kinds = new ArrayList<>(List.of(COLD));
        variants.forEach(v -> kinds.add(referenceKind(v)));
        kinds.addAll(List.of(ONE_SHOT, NO_CHANGE));

        out.println();
        if (repeat > 1) {
            out.printf("best of %d rounds (the row of each kind's fastest run)%n", repeat);
        }
        out.printf("%-24s %8s %8s %8s %9s %8s %7s %9s  %s%n", "run", "wall s", "CPU s", "RSS MB", "tree MB",
                "java MB", "frames", "others s", repeat > 1 ? "wall s of every round" : "");
        for (String kind : kinds) {
            Row row = best(kind);
            Measurement.Result r = row.result();
            String all = repeat == 1 ? "" : rows.stream().filter(x -> x.kind().equals(kind))
                    .map(x -> String.format(Locale.ROOT, "%.1f", x.result().wallSeconds())).collect(Collectors.joining(" "));
            out.printf(Locale.ROOT, "%-24s %8.1f %8.1f %8d %9d %8s %7d %9.1f  %s%n", kind + (row == reference ? " <" : ""),
                    r.wallSeconds(), r.cpuSeconds(), r.largestProcessKb() / 1024, r.treePeakKb() / 1024,
                    r.javaPeakKb() < 0 ? "-" : Long.toString(r.javaPeakKb() / 1024), row.check().frames(),
                    r.otherCpuSeconds(), all);
        }
        out.println("CPU s: user + system of the whole process tree. RSS MB: peak of its largest single process"
                + " (GNU time %M).");
        out.println("tree MB: peak of the sum over all its processes, sampled every " + Measurement.SAMPLE_MILLIS
                + " ms. java MB: peak (VmHWM) of the Cutroom JVM.");
        out.println("others s: CPU time the rest of the machine used during the run; well above 0, other work"
                + " shared the cores and the wall time is longer than on a quiet machine.");
        out.println("< the reference: the faster variant, " + variantOf(reference).description + ".");
        out.println();
        double coldWall = cold.result().wallSeconds();
        out.println(ratio("cold/reference", coldWall / reference.result().wallSeconds(), TARGET_COLD));
        out.println(ratio("one-shot-change/cold", oneShot.result().wallSeconds() / coldWall, TARGET_CHANGE));
        out.println(ratio("no-change/cold", noChange.result().wallSeconds() / coldWall, TARGET_NO_CHANGE));
        long javaPeak = rows.stream().mapToLong(r -> r.result().javaPeakKb()).max().orElse(-1) / 1024;
        out.printf(Locale.ROOT, "java peak RSS: %d MB  (target < %d MB: %s)%n", javaPeak, TARGET_JAVA_MB,
                javaPeak < TARGET_JAVA_MB ? "met" : "NOT met");
        out.printf(Locale.ROOT, "CPU time, for comparison: cold/reference %.2f, one-shot-change/cold %.2f, "
                        + "no-change/cold %.2f%n", cold.result().cpuSeconds() / reference.result().cpuSeconds(),
                oneShot.result().cpuSeconds() / cold.result().cpuSeconds(),
                noChange.result().cpuSeconds() / cold.result().cpuSeconds());
        List<String> bad = rows.stream().filter(r -> !r.check().ok()).map(Row::kind).distinct().toList();
        if (!bad.isEmpty()) {
            out.println("NOT VALID: the output of " + String.join(", ", bad) + " failed its checks (see above);"
                    + " these figures do not count");
        }
        out.println("outputs, logs and the reference scripts: " + work);
        return bad.isEmpty() ? 0 : 1;
    }

    private static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static String ratio(String name, double value, double target) {
        return String.format(Locale.ROOT, "%s: %.2f  (target <= %.2f: %s)", name, value, target,
                value <= target ? "met" : "NOT met");
    }

    private ReferenceRender.Variant variantOf(Row row) {
        return variants.stream().filter(v -> row.kind().equals(referenceKind(v))).findFirst()
                .orElseThrow(() -> new IllegalStateException("not a reference run: " + row.kind()));
    }
}
