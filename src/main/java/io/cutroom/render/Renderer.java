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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.io.FileUtils;

/**
 * Runs a {@link RenderPlan}: writes its files, runs the scene segments in parallel, then the mix,
 * the loudness measurement and the final mux, and moves the finished file into place. Nothing
 * appears at the output path unless the whole render succeeded; the work folder and the partial
 * file are removed whatever happens, including cancellation.
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
    private final Set<FFmpegProcess> running = ConcurrentHashMap.newKeySet();
    private volatile boolean cancelled;

    public Renderer(FFmpeg ffmpeg, int parallelJobs) {
        if (parallelJobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, got " + parallelJobs);
        }
        this.ffmpeg = ffmpeg;
        this.parallelJobs = parallelJobs;
    }

    /** A sensible number of parallel segment jobs for this machine. */
    public static int defaultJobs() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors() / 2));
    }

    /** Stops the render: running FFmpeg processes are killed and {@link #run} cleans up and throws. */
    public void cancel() {
        cancelled = true;
        running.forEach(FFmpegProcess::cancel);
    }

    public void run(RenderPlan plan, Listener listener) throws RenderException, InterruptedException {
        ProgressMeter meter = new ProgressMeter(plan, listener);
        try {
            Files.createDirectories(plan.workDir());
            for (Map.Entry<Path, String> f : plan.files().entrySet()) {
                Files.createDirectories(f.getKey().getParent());
                Files.writeString(f.getKey(), f.getValue(), StandardCharsets.UTF_8);
            }
            runSegments(plan.segments(), meter);
            runJob(plan.mix(), plan.mix().args(), meter);
            String stderr = runJob(plan.measure(), plan.measure().args(), meter);
            Loudnorm.Measurement measured = Loudnorm.parse(stderr).orElseThrow(() -> new RenderException(
                    "the loudness measurement printed no result; FFmpeg said:\n" + stderr));
            runJob(plan.mux(), plan.muxArgs(measured), meter);
            checkCancelled();
            for (Map.Entry<Path, String> sidecar : plan.sidecars().entrySet()) {
                writeAtomically(sidecar.getKey(), sidecar.getValue());
            }
            moveIntoPlace(plan.partialOutput(), plan.output());
            meter.finished();
        } catch (IOException e) {
            throw new RenderException("cannot write " + plan.workDir() + ": " + e.getMessage(), e);
        } finally {
            running.forEach(FFmpegProcess::cancel);
            FileUtils.deleteQuietly(plan.workDir().toFile());
            FileUtils.deleteQuietly(plan.partialOutput().toFile());
        }
    }

    private void runSegments(List<Job> jobs, ProgressMeter meter) throws RenderException, InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(parallelJobs, r -> {
            Thread t = new Thread(r, "cutroom-segment");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (Job job : jobs) {
                futures.add(pool.submit(() -> runJob(job, job.args(), meter)));
            }
            for (Future<String> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    cancel();
                    if (e.getCause() instanceof RenderException re) {
                        throw re;
                    }
                    throw new RenderException("a scene failed to render: " + e.getCause(), e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs one job to success and returns what it wrote to stderr (its last lines). */
    private String runJob(Job job, List<String> args, ProgressMeter meter) throws RenderException, InterruptedException {
        checkCancelled();
        FFmpegProcess process;
        try {
            process = FFmpegProcess.start(ffmpeg, args, p -> meter.update(job, p));
        } catch (FFmpegException e) {
            throw new RenderException(job.name() + ": " + e.getMessage(), e);
        }
        running.add(process);
        try {
            if (cancelled) {
                process.cancel();
            }
            process.waitForSuccess();
            meter.done(job);
            return process.stderrTail();
        } catch (FFmpegException e) {
            checkCancelled();
            throw new RenderException(job.name() + ": " + e.getMessage(), e);
        } finally {
            running.remove(process);
        }
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

    /** Adds the jobs' progress into one fraction, speed and ETA. */
    private static final class ProgressMeter {
        private final Listener listener;
        private final double totalWeight;
        private final double mediaSeconds;
        private final long started = System.nanoTime();
        private final Map<Job, Double> fractions = new ConcurrentHashMap<>();

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
            fractions.put(job, 1.0);
            report(job.name());
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
