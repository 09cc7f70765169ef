package io.cutroom.ffmpeg;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A running ffmpeg or ffprobe, always started from an argument list, never through a shell.
 *
 * <p>{@link #start} runs ffmpeg as {@code ffmpeg -hide_banner -nostdin -nostats [-progress pipe:1]
 * ARGS}: {@code -progress pipe:1} only when a progress listener is given. {@link #startProbe} runs
 * {@code ffprobe -hide_banner ARGS}. Standard input is closed at once. Standard output and error
 * are drained by two daemon threads so that a chatty process never blocks: stdout feeds the
 * progress listener (on its reader thread), is kept for ffprobe, and is discarded otherwise;
 * the last {@value #KEPT_LINES} lines of stderr are kept.
 *
 * <p>{@link #cancel()} asks the process to stop (SIGTERM, so ffmpeg closes its output) and kills
 * it if it still runs {@value #GRACE_SECONDS} s later. A thread interrupted while waiting cancels
 * the process and returns only once it has ended. Processes still running when the JVM exits
 * are killed.
 */
public final class FFmpegProcess {

    static final int KEPT_LINES = 50;
    static final int SHOWN_LINES = 20;
    static final long GRACE_SECONDS = 5;

    private static final Pattern PLAIN_SHELL_WORD = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");
    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(
                new Thread(() -> LIVE.forEach(Process::destroyForcibly), "cutroom-ffmpeg-cleanup"));
    }

    private enum Output { DISCARD, PROGRESS, CAPTURE }

    private final String tool;
    private final List<String> command;
    private final Process process;
    private final Deque<String> stderrLines = new ArrayDeque<>();
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final boolean capturing;
    private final AtomicBoolean canceled = new AtomicBoolean();
    private volatile String listenerFailure;
    private final Thread stdoutReader;
    private final Thread stderrReader;

    private FFmpegProcess(String tool, List<String> command, FFmpeg ffmpeg, Output output,
                          Consumer<Progress> onProgress) throws FFmpegException {
        this.tool = tool;
        this.command = List.copyOf(command);
        this.capturing = output == Output.CAPTURE;
        checkEncodable(this.command);
        ProcessBuilder builder = new ProcessBuilder(this.command);
        builder.environment().putAll(ffmpeg.environment());
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new FFmpegException("could not start " + ffmpeg.describe(Path.of(this.command.get(0)))
                    + ": " + e.getMessage(), e);
        }
        LIVE.add(process);
        process.onExit().thenRun(() -> LIVE.remove(process));
        closeQuietly(process.getOutputStream());
        String name = tool + "-" + process.pid();
        stdoutReader = daemon(name + "-stdout", () -> readStdout(output, onProgress));
        stderrReader = daemon(name + "-stderr", this::readStderr);
    }

    /**
     * Starts {@code ffmpeg -hide_banner -nostdin -nostats ARGS}, adding {@code -progress pipe:1}
     * when {@code onProgress} is not null. The listener is called on a reader thread; if it throws,
     * the process is canceled and {@link #waitForSuccess()} reports the listener's failure.
     *
     * @param args the arguments after the executable
     */
    public static FFmpegProcess start(FFmpeg ffmpeg, List<String> args, Consumer<Progress> onProgress)
            throws FFmpegException {
        List<String> command = new ArrayList<>(List.of(ffmpeg.ffmpeg().toString(), "-hide_banner", "-nostdin", "-nostats"));
        if (onProgress != null) {
            command.addAll(List.of("-progress", "pipe:1"));
        }
        command.addAll(args);
        return new FFmpegProcess("ffmpeg", command, ffmpeg, onProgress == null ? Output.DISCARD : Output.PROGRESS, onProgress);
    }

    /**
     * Starts ffmpeg as {@link #start} does, at a lower CPU priority ({@code nice -n 10}, where the
     * system has {@code nice}): for work that others wait on less, so that it takes only the CPU
     * time they leave. The process is ffmpeg itself ({@code nice} replaces itself with it).
     */
    public static FFmpegProcess startInBackground(FFmpeg ffmpeg, List<String> args, Consumer<Progress> onProgress)
            throws FFmpegException {
        Optional<Path> nice = NICE.stream().filter(Files::isExecutable).findFirst();
        if (nice.isEmpty()) {
            return start(ffmpeg, args, onProgress);
        }
        List<String> command = new ArrayList<>(List.of(nice.get().toString(), "-n", "10", ffmpeg.ffmpeg().toString(),
                "-hide_banner", "-nostdin", "-nostats"));
        if (onProgress != null) {
            command.addAll(List.of("-progress", "pipe:1"));
        }
        command.addAll(args);
        return new FFmpegProcess("ffmpeg", command, ffmpeg, onProgress == null ? Output.DISCARD : Output.PROGRESS, onProgress);
    }

    private static final List<Path> NICE = List.of(Path.of("/usr/bin/nice"), Path.of("/bin/nice"));

    /** Starts {@code ffprobe -hide_banner ARGS}; its stdout is kept for {@link #stdout()}. */
    public static FFmpegProcess startProbe(FFmpeg ffmpeg, List<String> args) throws FFmpegException {
        List<String> command = new ArrayList<>(List.of(ffmpeg.ffprobe().toString(), "-hide_banner"));
        command.addAll(args);
        return new FFmpegProcess("ffprobe", command, ffmpeg, Output.CAPTURE, null);
    }

    /** Starts {@code ffmpeg -hide_banner -nostdin -nostats ARGS} keeping stdout: for -version and listings. */
    static FFmpegProcess startCapturing(FFmpeg ffmpeg, List<String> args) throws FFmpegException {
        List<String> command = new ArrayList<>(List.of(ffmpeg.ffmpeg().toString(), "-hide_banner", "-nostdin", "-nostats"));
        command.addAll(args);
        return new FFmpegProcess("ffmpeg", command, ffmpeg, Output.CAPTURE, null);
    }

    /**
     * Waits for the process to end and for its output to be read, and returns its exit code. If
     * the waiting thread is interrupted, the process is canceled, this waits until it has ended,
     * and then throws.
     */
    public int waitFor() throws InterruptedException {
        try {
            int code = process.waitFor();
            stdoutReader.join(TimeUnit.SECONDS.toMillis(GRACE_SECONDS));
            stderrReader.join(TimeUnit.SECONDS.toMillis(GRACE_SECONDS));
            return code;
        } catch (InterruptedException e) {
            cancel();
            awaitEnd();
            throw e;
        }
    }

    /**
     * Waits, and throws unless the process ended with exit code 0. The message says what happened
     * in its first line (the exit code and the last line ffmpeg printed, or that it was canceled)
     * followed by the last {@value #SHOWN_LINES} lines of stderr.
     */
    public void waitForSuccess() throws FFmpegException, InterruptedException {
        int code = waitFor();
        String failure = listenerFailure;
        if (failure != null) {
            throw new FFmpegException(tool + " was stopped because its progress listener failed: " + failure);
        }
        if (code == 0) {
            return;
        }
        if (canceled.get()) {
            throw new FFmpegException(tool + " was canceled");
        }
        List<String> lines = stderrLines(SHOWN_LINES);
        String last = lines.isEmpty() ? "(it printed nothing)" : lines.get(lines.size() - 1);
        StringBuilder message = new StringBuilder(tool + " failed with exit code " + code + ": " + last);
        if (lines.size() > 1) {
            message.append("\nlast lines of its output:");
            lines.forEach(line -> message.append("\n  ").append(line));
        }
        throw new FFmpegException(message.toString());
    }

    /**
     * Stops the process: SIGTERM now, SIGKILL after {@value #GRACE_SECONDS} s if it is still
     * running. Returns at once; idempotent.
     */
    public void cancel() {
        if (!canceled.compareAndSet(false, true) || !process.isAlive()) {
            return;
        }
        process.destroy();
        CompletableFuture.delayedExecutor(GRACE_SECONDS, TimeUnit.SECONDS).execute(() -> {
            if (process.isAlive()) {
                process.destroyForcibly();
            }
        });
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** The last non-blank lines printed on stderr (up to {@value #KEPT_LINES}), joined with {@code \n}. */
    public String stderrTail() {
        return String.join("\n", stderrLines(KEPT_LINES));
    }

    /**
     * What ffprobe printed on stdout, read as UTF-8; complete once {@link #waitFor()} has returned.
     *
     * @throws IllegalStateException for a process started with {@link #start}
     */
    public String stdout() {
        if (!capturing) {
            throw new IllegalStateException("stdout is kept only for processes started with startProbe");
        }
        synchronized (stdout) {
            return stdout.toString(StandardCharsets.UTF_8);
        }
    }

    /** The full argument vector, starting with the executable: for {@code --dry-run} and messages. */
    public List<String> command() {
        return command;
    }

    /** The command as one line a POSIX shell would read back as {@code argv}: for printing only. */
    public static String toShellString(List<String> argv) {
        StringBuilder line = new StringBuilder();
        for (String arg : argv) {
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(PLAIN_SHELL_WORD.matcher(arg).matches() ? arg : "'" + arg.replace("'", "'\\''") + "'");
        }
        return line.toString();
    }

    /** The first argument the JVM cannot hand to a process under its character sets. */
    static Optional<String> unencodable(List<String> argv, List<Charset> charsets) {
        return argv.stream()
                .filter(arg -> charsets.stream().anyMatch(cs -> !cs.newEncoder().canEncode(arg)))
                .findFirst();
    }

    private void checkEncodable(List<String> argv) throws FFmpegException {
        if (System.getProperty("os.name", "").startsWith("Windows")) {
            return; // Windows takes the arguments as UTF-16
        }
        List<Charset> charsets = new ArrayList<>(List.of(Charset.defaultCharset()));
        String jnu = System.getProperty("sun.jnu.encoding");
        if (jnu != null && Charset.isSupported(jnu)) {
            charsets.add(Charset.forName(jnu));
        }
        Optional<String> bad = unencodable(argv, charsets);
        if (bad.isPresent()) {
            String arg = bad.get().length() > 60 ? bad.get().substring(0, 60) + "…" : bad.get();
            throw new FFmpegException("cannot pass '" + arg + "' to " + tool + ": Java runs with the character set "
                    + charsets.get(charsets.size() - 1) + ", which cannot hold it; start Cutroom in a UTF-8 locale,"
                    + " e.g. LANG=C.UTF-8");
        }
    }

    private void readStdout(Output output, Consumer<Progress> onProgress) {
        try (InputStream in = process.getInputStream()) {
            switch (output) {
                case CAPTURE -> {
                    byte[] buffer = new byte[8192];
                    for (int n; (n = in.read(buffer)) >= 0; ) {
                        synchronized (stdout) {
                            stdout.write(buffer, 0, n);
                        }
                    }
                }
                case DISCARD -> in.transferTo(OutputStream.nullOutputStream());
                case PROGRESS -> {
                    ProgressParser parser = new ProgressParser(onProgress);
                    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                    for (String line; (line = reader.readLine()) != null; ) {
                        if (listenerFailure == null) {
                            feed(parser, line);
                        }
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // the stream closes when the process is killed: nothing more to read
        }
    }

    private void feed(ProgressParser parser, String line) {
        try {
            parser.line(line);
        } catch (RuntimeException e) {
            listenerFailure = String.valueOf(e.getMessage());
            cancel();
        }
    }

    private void readStderr() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                synchronized (stderrLines) {
                    stderrLines.addLast(line);
                    if (stderrLines.size() > KEPT_LINES) {
                        stderrLines.removeFirst();
                    }
                }
            }
        } catch (IOException e) {
            // the stream closes when the process is killed: nothing more to read
        }
    }

    private List<String> stderrLines(int count) {
        synchronized (stderrLines) {
            List<String> all = new ArrayList<>(stderrLines);
            return all.subList(Math.max(0, all.size() - count), all.size());
        }
    }

    /** Waits until the process has ended, whatever interrupts arrive meanwhile. */
    private void awaitEnd() {
        while (true) {
            try {
                process.waitFor();
                return;
            } catch (InterruptedException again) {
                // keep waiting: the caller is told through the exception it is about to throw
            }
        }
    }

    private static Thread daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void closeQuietly(OutputStream stream) {
        try {
            stream.close();
        } catch (IOException e) {
            // nothing was written to it, so there is nothing to lose
        }
    }
}
