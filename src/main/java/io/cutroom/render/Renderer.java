package io.cutroom.render;

import io.cutroom.ffmpeg.FFmpeg;
import io.cutroom.ffmpeg.FFmpegException;
import io.cutroom.ffmpeg.FFmpegProcess;
import io.cutroom.ffmpeg.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.io.FileUtils;

/**
 * Runs a {@link RenderPlan}: writes its files, runs the picture segments in parallel and the sound
 * alongside (the scenes' sound, the mix, the audio encoding), then the final mux, and moves the
 * finished file into place. Jobs whose cache entry exists are skipped. Nothing appears at the output path unless the
 * whole render succeeded; the work folder, the partial file and unfinished cache entries are
 * removed whatever happens, including cancellation. A renderer runs one plan at a time.
 */
public final class Renderer {

    /** Progress of a whole render. */
    public interface Listener {
        /**
         * @param fraction 0..1 of the work done
         * @param speed media seconds rendered per second of wall time
         * @param eta estimated time left, or null while unknown
         * @param stage what runs now ("scene s2", "audio mix", …)
         */
        void progress(double fraction, double speed, Duration eta, String stage);

        Listener NONE = (fraction, speed, eta, stage) -> { };
    }

    private final FFmpeg ffmpeg;
    private final int parallelJobs;
    private final int threadsPerJob;
    private final Set<FFmpegProcess> running = ConcurrentHashMap.newKeySet();
    private final Set<Path> unfinished = ConcurrentHashMap.newKeySet();
    private volatile boolean cancelled;

    public Renderer(FFmpeg ffmpeg, int parallelJobs) {
        if (parallelJobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, got " + parallelJobs);
        }
        this.ffmpeg = ffmpeg;
        this.parallelJobs = parallelJobs;
        this.threadsPerJob = Math.max(1, Runtime.getRuntime().availableProcessors() / parallelJobs);
    }

    /**
     * A sensible number of parallel segment jobs for this machine: one per core up to four, each
     * encoder then getting an equal share of the cores, so none are left idle or oversubscribed.
     */
    public static int defaultJobs() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /** Stops the render: running FFmpeg processes are killed and {@link #run} cleans up and throws. */
    public void cancel() {
        cancelled = true;
        running.forEach(FFmpegProcess::cancel);
    }

    /**
     * What a finished render did: the jobs it ran and those whose outputs came from the cache, and
     * what the loudness normalisation measured and did ({@link Normalisation#describe}).
     */
    public record Result(List<String> ran, List<String> reused, String loudness) {
    }

    public Result run(RenderPlan plan, Listener listener) throws RenderException, InterruptedException {
        ProgressMeter meter = new ProgressMeter(plan, listener);
        try {
            Files.createDirectories(plan.workDir());
            for (Map.Entry<Path, String> f : plan.files().entrySet()) {
                Files.createDirectories(f.getKey().getParent());
                Files.writeString(f.getKey(), f.getValue(), StandardCharsets.UTF_8);
            }
            runPictureAndSound(plan, meter);
            runJob(plan, plan.mux(), plan.mux().args(), meter, (folder, stderr) -> { });
            checkCancelled();
            for (Map.Entry<Path, String> sidecar : plan.sidecars().entrySet()) {
                writeAtomically(sidecar.getKey(), sidecar.getValue());
            }
            moveIntoPlace(plan.partialOutput(), plan.output());
            meter.finished();
            return meter.result();
        } catch (IOException e) {
            throw new RenderException("cannot write " + plan.workDir() + ": " + e.getMessage(), e);
        } finally {
            running.forEach(FFmpegProcess::cancel);
            FileUtils.deleteQuietly(plan.workDir().toFile());
            FileUtils.deleteQuietly(plan.partialOutput().toFile());
            unfinished.forEach(dir -> FileUtils.deleteQuietly(dir.toFile()));
        }
    }

    /**
     * Mixes the sound, measuring its loudness on the way, unless the cache holds the mix; returns
     * what was measured, kept beside the mix.
     */
    private Normalisation.Measurement mix(RenderPlan plan, ProgressMeter meter)
            throws RenderException, InterruptedException, IOException {
        Job job = plan.mix();
        Path file = job.outputs().get(1);
        runJob(plan, job, job.args(), meter, (folder, stderr) -> {
            String summary = Normalisation.summary(stderr);
            if (Normalisation.parse(summary).isEmpty()) {
                throw new RenderException(job.name() + ": the loudness measurement printed no result; FFmpeg said:\n"
                        + stderr);
            }
            Files.writeString(folder.resolve(file.getFileName()), summary, StandardCharsets.UTF_8);
        });
        Optional<Normalisation.Measurement> measured = Normalisation.parse(Files.readString(file, StandardCharsets.UTF_8));
        return measured.orElseThrow(() -> new RenderException(job.name() + ": " + file + " holds no loudness measurement"));
    }

    /**
     * Runs the scenes' picture jobs in parallel and, at the same time, the sound: the scenes' sound
     * jobs, the mix and its loudness measurement, and the audio encoding, which need no picture. When a
     * change reaches the sound, its remix overlaps the re-encoding of the changed scenes.
     */
    private void runPictureAndSound(RenderPlan plan, ProgressMeter meter) throws RenderException, InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(parallelJobs + 1, r -> {
            Thread t = new Thread(r, "cutroom-render");
            t.setDaemon(true);
            return t;
        });
        try {
            java.util.concurrent.CompletionService<Void> done = new java.util.concurrent.ExecutorCompletionService<>(pool);
            done.submit(() -> {
                runSound(plan, meter);
                return null;
            });
            // longest first, so that no long scene is left running alone at the end with cores idle
            List<Job> pictures = new ArrayList<>(plan.pictures());
            pictures.sort(java.util.Comparator.comparingDouble(Job::weight).reversed());
            java.util.concurrent.Semaphore slots = new java.util.concurrent.Semaphore(parallelJobs);
            for (Job job : pictures) {
                done.submit(() -> {
                    slots.acquire();
                    try {
                        runJob(plan, job, job.args(), meter, (folder, stderr) -> { });
                    } finally {
                        slots.release();
                    }
                    return null;
                });
            }
            for (int i = 0; i < pictures.size() + 1; i++) {
                try {
                    done.take().get();
                } catch (ExecutionException e) {
                    // the first failure is the one to report; the others are the cancellation it causes
                    cancel();
                    if (e.getCause() instanceof RenderException re) {
                        throw re;
                    }
                    throw new RenderException("the render failed: " + e.getCause(), e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void runSound(RenderPlan plan, ProgressMeter meter) throws RenderException, InterruptedException, IOException {
        for (Job job : plan.sounds()) {
            runJob(plan, job, job.args(), meter, (folder, stderr) -> { });
        }
        Normalisation.Measurement measured = mix(plan, meter);
        Normalisation normalisation = plan.normalisation();
        meter.loudness = normalisation.describe(measured);
        if (plan.chunkedAudio() != null) {
            runJob(plan, plan.audio(), null, meter, (folder, stderr) -> encodeInParts(plan, measured, folder, meter));
        } else {
            runJob(plan, plan.audio(), plan.audioArgs(measured), meter, (folder, stderr) -> {
                if (normalisation.limits(measured)) {
                    correctLimited(plan, measured, folder, stderr, meter);
                }
            });
        }
    }

    /**
     * Normalises and encodes the mix's chunks at the same time, one FFmpeg run each, and joins their
     * own frames into the audio job's output ({@link AacChunks}). When the gain needs the limiter,
     * the parts meter what they encode, and are encoded again with the gain corrected while the
     * limited sound misses the target by more than the tolerance.
     */
    private void encodeInParts(RenderPlan plan, Normalisation.Measurement measured, Path folder, ProgressMeter meter)
            throws RenderException, IOException {
        RenderPlan.ChunkedAudio chunked = plan.chunkedAudio();
        AacChunks layout = chunked.layout();
        Normalisation normalisation = plan.normalisation();
        boolean limits = normalisation.limits(measured);
        java.util.function.UnaryOperator<String> here = inFolder(plan.audio(), folder);
        List<Path> encoded = chunked.parts().stream().map(p -> Path.of(here.apply(p.outputs().get(0).toString()))).toList();
        List<Path> meters = new ArrayList<>();
        for (int k = 0; k < layout.count(); k++) {
            meters.add(folder.resolve("part-" + (k + 1) + ".r128"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(chunked.parts().size(), parallelJobs), r -> {
            Thread t = new Thread(r, "cutroom-audio-part");
            t.setDaemon(true);
            return t;
        });
        double correction = 0;
        java.util.OptionalDouble result = java.util.OptionalDouble.empty();
        try {
            for (int pass = 1; ; pass++) {
                List<java.util.concurrent.Future<String>> running = new ArrayList<>();
                for (int k = 0; k < layout.count(); k++) {
                    Job part = chunked.parts().get(k);
                    List<String> args = new ArrayList<>(plan.normalised(part, measured, correction).stream().map(here)
                            .toList());
                    if (limits) {
                        int af = args.indexOf("-af") + 1;
                        args.set(af, args.get(af) + "," + Normalisation.meterFilter(meters.get(k)));
                    }
                    running.add(pool.submit(() -> runProcess(part, args, meter)));
                }
                for (java.util.concurrent.Future<String> f : running) {
                    f.get();
                }
                if (!limits) {
                    break;
                }
                result = Normalisation.integrated(ownBlocks(chunked, meters));
                if (result.isEmpty()) {
                    throw new RenderException(plan.audio().name() + ": the limited sound measured no loudness");
                }
                java.util.OptionalDouble next = normalisation.nextCorrection(pass, correction, result.getAsDouble());
                if (next.isEmpty()) {
                    break;
                }
                correction = next.getAsDouble();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderException("the render was cancelled", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RenderException re) {
                throw re;
            }
            throw new RenderException(plan.audio().name() + ": " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        layout.join(encoded, Path.of(here.apply(plan.audio().outputs().get(0).toString())));
        for (Path file : encoded) {
            Files.deleteIfExists(file);
        }
        for (Path file : meters) {
            Files.deleteIfExists(file);
        }
        meter.loudness = normalisation.describe(measured, correction, result);
    }

    /** The metered blocks of every part that end in the part's own samples: together, the whole sound's. */
    private static List<Normalisation.Block> ownBlocks(RenderPlan.ChunkedAudio chunked, List<Path> meters)
            throws IOException {
        AacChunks layout = chunked.layout();
        List<Normalisation.Block> blocks = new ArrayList<>();
        for (int k = 0; k < layout.count(); k++) {
            long from = layout.starts().get(k);
            long to = k + 1 < layout.count() ? layout.starts().get(k + 1) : Long.MAX_VALUE;
            for (Normalisation.Block b : Normalisation.blocks(Files.readString(meters.get(k), StandardCharsets.UTF_8),
                    chunked.offsets().get(k), layout.sampleRate())) {
                if (b.end() > from && b.end() <= to) {
                    blocks.add(b);
                }
            }
        }
        return blocks;
    }

    /**
     * A limited mix loses some loudness with its peaks: while it is under the target by more than
     * the tolerance, it is encoded again with that much more gain (the limiter still holds the peaks).
     */
    private void correctLimited(RenderPlan plan, Normalisation.Measurement measured, Path folder, String stderr,
            ProgressMeter meter) throws RenderException, IOException {
        Normalisation normalisation = plan.normalisation();
        java.util.function.UnaryOperator<String> here = inFolder(plan.audio(), folder);
        double correction = 0;
        Normalisation.Measurement result = parseLimited(plan, stderr);
        for (int pass = 1; ; pass++) {
            java.util.OptionalDouble next = normalisation.nextCorrection(pass, correction, result.integrated());
            if (next.isEmpty()) {
                break;
            }
            correction = next.getAsDouble();
            List<String> args = plan.audioArgs(measured, correction).stream().map(here).toList();
            try {
                result = parseLimited(plan, runProcess(plan.audio(), args, meter));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RenderException("the render was cancelled", e);
            }
        }
        meter.loudness = normalisation.describe(measured, correction,
                java.util.OptionalDouble.of(result.integrated()));
    }

    /**
     * Where a job's planned outputs go while it runs: its planned folder (its cache entry) becomes
     * {@code folder} (the entry's temporary folder) in every argument.
     */
    private static java.util.function.UnaryOperator<String> inFolder(Job job, Path folder) {
        String planned = job.outputs().get(0).getParent() + "/";
        return a -> a.startsWith(planned) ? folder + "/" + a.substring(planned.length()) : a;
    }

    private static Normalisation.Measurement parseLimited(RenderPlan plan, String stderr) throws RenderException {
        return Normalisation.parse(stderr).orElseThrow(() -> new RenderException(
                plan.audio().name() + ": the limited sound's loudness was not printed; FFmpeg said:\n" + stderr));
    }

    /** What to do with a job's output folder and stderr after it succeeded, before its outputs are committed. */
    @FunctionalInterface
    private interface AfterRun {
        void accept(Path folder, String stderr) throws IOException, RenderException;
    }

    /**
     * Runs one job to success, unless its cache entry exists already. A cached job writes into a
     * temporary folder beside its entry, which is renamed to the entry only when the job succeeded.
     * With {@code args} null no process is started for the job itself: {@code after} does its work.
     */
    private void runJob(RenderPlan plan, Job job, List<String> args, ProgressMeter meter, AfterRun after)
            throws RenderException, InterruptedException {
        checkCancelled();
        Path entry = job.cacheEntry();
        List<String> command = args == null ? List.of() : args;
        try {
            if (job.cached() && Files.isDirectory(entry)) {
                touch(entry);
                meter.reused(job);
                return;
            }
            Path folder;
            List<String> actual = command;
            if (job.cached()) {
                folder = entry.resolveSibling("." + entry.getFileName() + ".tmp-" + UUID.randomUUID());
                unfinished.add(folder);
                String prefix = entry + "/";
                actual = command.stream().map(a -> a.startsWith(prefix) ? folder + a.substring(entry.toString().length()) : a)
                        .toList();
            } else {
                folder = job.outputs().isEmpty() ? plan.workDir() : job.outputs().get(0).getParent();
            }
            Files.createDirectories(folder);
            actual = actual.stream().map(a -> a.equals(RenderPlan.THREADS) ? Integer.toString(threadsPerJob) : a).toList();
            String stderr = args == null ? "" : runProcess(job, actual, meter, plan.pictures().contains(job));
            after.accept(folder, stderr);
            if (job.cached()) {
                commit(folder, entry);
            }
            meter.done(job);
        } catch (IOException e) {
            throw new RenderException(job.name() + ": cannot write its output: " + e.getMessage(), e);
        }
    }

    /** Runs the process to success and returns the last lines it printed to stderr. */
    private String runProcess(Job job, List<String> args, ProgressMeter meter) throws RenderException, InterruptedException {
        return runProcess(job, args, meter, false);
    }

    /**
     * Runs the process to success and returns the last lines it printed to stderr. Picture segments
     * run {@code inBackground}, at a lower priority: the sound (mix, normalisation, encoding) is one
     * chain that the final file waits for, while segments are many and independent, so when they
     * compete for cores the sound goes first.
     */
    private String runProcess(Job job, List<String> args, ProgressMeter meter, boolean inBackground)
            throws RenderException, InterruptedException {
        FFmpegProcess process;
        try {
            process = inBackground ? FFmpegProcess.startInBackground(ffmpeg, args, p -> meter.update(job, p))
                    : FFmpegProcess.start(ffmpeg, args, p -> meter.update(job, p));
        } catch (FFmpegException e) {
            throw new RenderException(job.name() + ": " + e.getMessage(), e);
        }
        running.add(process);
        try {
            if (cancelled) {
                process.cancel();
            }
            process.waitForSuccess();
            return process.stderrTail();
        } catch (FFmpegException e) {
            checkCancelled();
            throw new RenderException(job.name() + ": " + e.getMessage(), e);
        } finally {
            running.remove(process);
        }
    }

    /** Makes a finished temporary folder the cache entry; if another render made it meanwhile, keeps theirs. */
    private void commit(Path folder, Path entry) throws IOException {
        commitEntry(folder, entry);
        unfinished.remove(folder);
    }

    /**
     * Renames a finished temporary folder to its cache entry. When the entry is there already — two
     * jobs of one render, or two renders, made the same segment at once — the first one's stays
     * and this one's is removed; on Linux the refused rename says only "Directory not empty".
     */
    static void commitEntry(Path folder, Path entry) throws IOException {
        try {
            Files.move(folder, entry, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (!Files.isDirectory(entry)) {
                throw e;
            }
            FileUtils.deleteQuietly(folder.toFile());
        }
    }

    /** Marks an entry as just used, so that trimming the cache removes the least recently used first. */
    private static void touch(Path entry) throws IOException {
        Files.setLastModifiedTime(entry, FileTime.fromMillis(System.currentTimeMillis()));
    }

    private void checkCancelled() throws RenderException {
        if (cancelled) {
            throw new RenderException("the render was cancelled");
        }
    }

    /** Writes a file beside its final place and renames it over, so it is whole or absent. */
    static void writeAtomically(Path target, String content) throws IOException {
        Path temp = target.resolveSibling("." + target.getFileName() + ".partial");
        try {
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            moveIntoPlace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void moveIntoPlace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Adds the jobs' progress into one fraction, speed and ETA, and notes which jobs ran and which were reused. */
    private static final class ProgressMeter {
        private final List<String> ran = java.util.Collections.synchronizedList(new ArrayList<>());
        private final List<String> reused = java.util.Collections.synchronizedList(new ArrayList<>());
        private final Listener listener;
        private final double totalWeight;
        private final double mediaSeconds;
        private final long started = System.nanoTime();
        private final Map<Job, Double> fractions = new ConcurrentHashMap<>();
        private volatile String loudness = "";

        ProgressMeter(RenderPlan plan, Listener listener) {
            this.listener = listener;
            this.totalWeight = plan.jobs().stream().mapToDouble(Job::weight).sum();
            this.mediaSeconds = plan.mux().durationMicros() / 1e6;
        }

        void update(Job job, Progress p) {
            double f = job.durationMicros() <= 0 ? 0 : Math.min(1, Math.max(0, p.outTimeMicros() / (double) job.durationMicros()));
            fractions.put(job, p.finished() ? 1 : f);
            report(job.name());
        }

        void done(Job job) {
            ran.add(job.name());
            fractions.put(job, 1.0);
            report(job.name());
        }

        void reused(Job job) {
            reused.add(job.name());
            fractions.put(job, 1.0);
            report(job.name());
        }

        Result result() {
            return new Result(List.copyOf(ran), List.copyOf(reused), loudness);
        }

        void finished() {
            listener.progress(1, speed(1), Duration.ZERO, "done");
        }

        private synchronized void report(String stage) {
            double done = 0;
            for (Map.Entry<Job, Double> e : fractions.entrySet()) {
                done += e.getKey().weight() * e.getValue();
            }
            double fraction = totalWeight <= 0 ? 0 : Math.min(1, done / totalWeight);
            double elapsed = (System.nanoTime() - started) / 1e9;
            Duration eta = fraction < 0.01 || elapsed < 1 ? null
                    : Duration.ofMillis((long) (elapsed * (1 - fraction) / fraction * 1000));
            listener.progress(fraction, speed(fraction), eta, stage);
        }

        private double speed(double fraction) {
            double elapsed = (System.nanoTime() - started) / 1e9;
            return elapsed <= 0 ? 0 : fraction * mediaSeconds / elapsed;
        }
    }
}
