package io.cutroom.testing;

import io.cutroom.ffmpeg.FFmpeg;
import io.cutroom.ffmpeg.FFmpegException;
import io.cutroom.ffmpeg.FFmpegProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Tiny media made by the bundled FFmpeg for tests: synthetic pictures and tones, a few seconds. */
public final class TestMedia {

    private static FFmpeg ffmpeg;

    private TestMedia() {
    }

    public static synchronized FFmpeg ffmpeg() {
        if (ffmpeg == null) {
            try {
                ffmpeg = FFmpeg.locate(Optional.empty());
            } catch (FFmpegException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return ffmpeg;
    }

    /**
     * A clip of {@code seconds} at {@code size} and {@code rate}, showing testsrc2 (whose burned-in
     * timecode tells which source frame is on screen), with a tone when {@code toneHz > 0}.
     */
    public static Path clip(Path file, String size, String rate, double seconds, int toneHz, String... extraOutputArgs) {
        List<String> args = new ArrayList<>(List.of("-y", "-f", "lavfi", "-i",
                "testsrc2=s=" + size + ":r=" + rate + ":d=" + seconds));
        if (toneHz > 0) {
            args.addAll(List.of("-f", "lavfi", "-i", "sine=f=" + toneHz + ":d=" + seconds + ":sample_rate=44100"));
        }
        args.addAll(List.of("-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"));
        if (toneHz > 0) {
            args.addAll(List.of("-c:a", "aac", "-shortest"));
        }
        args.addAll(List.of(extraOutputArgs));
        args.add(file.toString());
        return run(file, args);
    }

    /** A mono tone, as speech stands in tests. */
    public static Path tone(Path file, int hz, double seconds) {
        return run(file, List.of("-y", "-f", "lavfi", "-i", "sine=f=" + hz + ":d=" + seconds, "-ac", "1", file.toString()));
    }

    public static Path run(Path file, List<String> args) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            FFmpegProcess.start(ffmpeg(), args, null).waitForSuccess();
            return file;
        } catch (FFmpegException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Runs ffmpeg with {@code args} and returns the last one, the output file. */
    public static Path make(String... args) throws FFmpegException, InterruptedException {
        FFmpegProcess.start(ffmpeg(), List.of(args), null).waitForSuccess();
        return Path.of(args[args.length - 1]);
    }

    /** The first {@code bytes} bytes of {@code source}, as a download or copy cut short leaves them. */
    public static Path cut(Path source, long bytes, Path target) throws java.io.IOException {
        try (java.io.InputStream in = Files.newInputStream(source)) {
            Files.write(target, in.readNBytes((int) bytes));
        }
        return target;
    }

    /** Runs ffprobe and returns its output. */
    public static String probe(String... args) {
        try {
            return ffmpeg().runProbe(List.of(args));
        } catch (FFmpegException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs ffmpeg and returns the last lines of what it printed to stderr. */
    public static String ffmpegStderr(String... args) {
        try {
            FFmpegProcess p = FFmpegProcess.start(ffmpeg(), List.of(args), null);
            p.waitForSuccess();
            return p.stderrTail();
        } catch (FFmpegException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
