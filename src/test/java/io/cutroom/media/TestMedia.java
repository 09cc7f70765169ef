package io.cutroom.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cutroom.ffmpeg.FFmpeg;
import io.cutroom.ffmpeg.FFmpegException;
import io.cutroom.ffmpeg.FFmpegProcess;

/** Tiny media made with the bundled ffmpeg for the tests. */
final class TestMedia {

    private static FFmpeg ffmpeg;

    private TestMedia() {
    }

    static synchronized FFmpeg ffmpeg() {
        if (ffmpeg == null) {
            try {
                ffmpeg = FFmpeg.locate(Optional.empty(), Map.of());
            } catch (FFmpegException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return ffmpeg;
    }

    /** Runs ffmpeg with {@code args} and returns the last one, the output file. */
    static Path make(String... args) throws FFmpegException, InterruptedException {
        FFmpegProcess.start(ffmpeg(), List.of(args), null).waitForSuccess();
        return Path.of(args[args.length - 1]);
    }

    /** The first {@code bytes} bytes of {@code source}, as a download or copy cut short leaves them. */
    static Path cut(Path source, long bytes, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(source)) {
            Files.write(target, in.readNBytes((int) bytes));
        }
        return target;
    }
}
