package io.cutroom.ui.editor;

import io.cutroom.ffmpeg.FFmpeg;
import io.cutroom.ffmpeg.FFmpegException;
import io.cutroom.media.MediaException;
import io.cutroom.media.MediaProbe;
import io.cutroom.media.ProbeCache;
import io.cutroom.ui.SourceState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A {@link MediaScanner} that probes files with ffprobe, several at once, through the probe cache
 * that {@code cutroom check} and {@code render} share, so a project probed once opens at once.
 */
public final class ProbingScanner implements MediaScanner {

    private final Optional<Path> ffmpegOverride;
    private final ProbeCache cache;
    private MediaProbe probe;
    private String unavailable;

    /**
     * @param ffmpegOverride another ffmpeg than the bundled one ({@code --ffmpeg})
     * @param cache where probes are kept
     */
    public ProbingScanner(Optional<Path> ffmpegOverride, ProbeCache cache) {
        this.ffmpegOverride = ffmpegOverride;
        this.cache = cache;
    }

    /** Probes with the bundled (or overridden) FFmpeg and the user's probe cache. */
    public static ProbingScanner standard(Optional<Path> ffmpegOverride) {
        return new ProbingScanner(ffmpegOverride, ProbeCache.inFolder(ProbeCache.defaultFolder()));
    }

    @Override
    public Map<Path, SourceState> scan(Collection<Path> files) {
        Map<Path, SourceState> states = new LinkedHashMap<>();
        Map<Path, Future<SourceState>> pending = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "cutroom-probe");
            t.setDaemon(true);
            return t;
        });
        try {
            for (Path f : files) {
                if (!Files.isRegularFile(f)) {
                    states.put(f, SourceState.missing(f));
                } else {
                    pending.put(f, pool.submit(() -> probe(f)));
                }
            }
            for (Map.Entry<Path, Future<SourceState>> e : pending.entrySet()) {
                try {
                    states.put(e.getKey(), e.getValue().get());
                } catch (ExecutionException ex) {
                    states.put(e.getKey(), SourceState.unreadable(e.getKey(), "cannot be probed (" + ex.getCause() + ")"));
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    states.put(e.getKey(), SourceState.unreadable(e.getKey(), "probing was interrupted"));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return states;
    }

    private SourceState probe(Path file) {
        MediaProbe p = probe();
        if (p == null) {
            return SourceState.unreadable(file, unavailable);
        }
        try {
            return SourceState.ready(file, p.probe(file).duration());
        } catch (MediaException e) {
            return SourceState.unreadable(file, e.reason());
        }
    }

    private synchronized MediaProbe probe() {
        if (probe == null && unavailable == null) {
            try {
                probe = new MediaProbe(FFmpeg.locate(ffmpegOverride), cache);
            } catch (FFmpegException e) {
                unavailable = "cannot be probed: " + e.getMessage();
            }
        }
        return probe;
    }
}
