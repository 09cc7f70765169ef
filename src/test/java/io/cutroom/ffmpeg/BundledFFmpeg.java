package io.cutroom.ffmpeg;

import java.util.Map;
import java.util.Optional;

/** The bundled ffmpeg, located once for all tests of this package. */
final class BundledFFmpeg {

    private static FFmpeg instance;

    private BundledFFmpeg() {
    }

    static synchronized FFmpeg get() {
        if (instance == null) {
            try {
                instance = FFmpeg.locate(Optional.empty(), Map.of());
            } catch (FFmpegException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return instance;
    }
}
