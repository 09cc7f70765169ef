package io.cutroom.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs one command as a child process under GNU {@code time} and measures it:
 * <ul>
 *   <li>wall time, from start to exit;
 *   <li>CPU time: user + system of the whole process tree ({@code time} reports the rusage of the
 *       command and every descendant it waited for — the ffmpeg runs included);
 *   <li>peak RSS of the largest single process in the tree ({@code time}'s {@code %M});
 *   <li>peak RSS of the tree: the sum of the resident sets of all its processes, sampled every
 *       {@value #SAMPLE_MILLIS} ms from {@code /proc} (parallel ffmpeg runs add up);
 *   <li>peak RSS of the Java process in the tree, if there is one ({@code VmHWM}, read while it runs).
 * </ul>
 */
final class Measurement {

    static final int SAMPLE_MILLIS = 50;

    /**
     * Sizes in KiB; {@code javaPeakKb} is -1 when no Java process ran. {@code otherCpuSeconds}: CPU
     * time the rest of the machine used while the command ran (busy time of all cores from
     * {@code /proc/stat}, less the command's own): well above zero, other work shared the cores.
     */
    record Result(String name, double wallSeconds, double cpuSeconds, long largestProcessKb, long treePeakKb,
            long javaPeakKb, double otherCpuSeconds) {
    }

    /** Clock ticks per second of {@code /proc/stat} (USER_HZ, 100 on Linux). */
    private static final double TICKS = 100;

    private Measurement() {
    }

    /**
     * Runs {@code command} with {@code environment} added, writing its output to {@code log}.
     *
     * @throws IOException when it cannot start or exits with an error (with the end of its log)
     */
    static Result run(String name, List<String> command, Map<String, String> environment, Path log)
            throws IOException, InterruptedException {
        Path timeFile = log.resolveSibling(log.getFileName() + ".time");
        List<String> argv = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %U %S %M", "-o", timeFile.toString()));
        argv.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        long busyBefore = busyTicks();
        long started = System.nanoTime();
        Process process = builder.start();
        AtomicLong treePeak = new AtomicLong();
        AtomicLong javaPeak = new AtomicLong(-1);
        Thread sampler = new Thread(() -> sample(process, treePeak, javaPeak), "benchmark-sampler");
        sampler.setDaemon(true);
        sampler.start();
        int exit = process.waitFor();
        double wall = (System.nanoTime() - started) / 1e9;
        long busy = busyTicks() - busyBefore;
        sampler.interrupt();
        sampler.join();
        if (exit != 0) {
            throw new IOException(name + " failed (exit " + exit + "): " + String.join(" ", command)
                    + "\n" + tail(log, 30));
        }
        String[] t = Files.readString(timeFile, StandardCharsets.UTF_8).strip().split("\\s+");
        if (t.length != 4) {
            throw new IOException("cannot read what /usr/bin/time wrote to " + timeFile + ": " + String.join(" ", t));
        }
        double cpu = Double.parseDouble(t[1]) + Double.parseDouble(t[2]);
        return new Result(name, wall, cpu, Long.parseLong(t[3]), treePeak.get(), javaPeak.get(),
                Math.max(0, busy / TICKS - cpu));
    }

    private static void sample(Process process, AtomicLong treePeak, AtomicLong javaPeak) {
        ProcessHandle root = process.toHandle();
        while (process.isAlive()) {
            long sum = rssKb(root.pid(), "VmRSS").orElse(0L);
            for (ProcessHandle p : root.descendants().toList()) {
                sum += rssKb(p.pid(), "VmRSS").orElse(0L);
                if (p.info().command().filter(c -> c.endsWith("/java")).isPresent()) {
                    rssKb(p.pid(), "VmHWM").ifPresent(hwm -> javaPeak.accumulateAndGet(hwm, Math::max));
                }
            }
            treePeak.accumulateAndGet(sum, Math::max);
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Busy time of all cores so far: user, nice, system, irq, softirq and steal of /proc/stat's first line. */
    private static long busyTicks() throws IOException {
        String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long busy = 0;
        for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
            busy += Long.parseLong(f[i]);
        }
        return busy;
    }

    /** A size line of /proc/PID/status, in KiB; empty once the process is gone. */
    private static Optional<Long> rssKb(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(field + ":")) {
                    return Optional.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
                }
            }
        } catch (IOException | RuntimeException gone) {
            // the process ended between listing and reading
        }
        return Optional.empty();
    }

    static String tail(Path log, int lines) throws IOException {
        List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }
}
