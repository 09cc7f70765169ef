package io.cutroom.ui.render;

import io.cutroom.ffmpeg.FFmpeg;
import io.cutroom.ffmpeg.FFmpegException;
import io.cutroom.media.MediaProbe;
import io.cutroom.media.ProbeCache;
import io.cutroom.render.EpisodeRender;
import io.cutroom.render.RenderCache;
import io.cutroom.render.RenderException;
import io.cutroom.render.Renderer;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Renders as {@code cutroom render} does, through {@link EpisodeRender}: the bundled (or given)
 * FFmpeg, the probe cache and the render cache, so a render from the editor reuses what one from
 * the command line left, and the other way round.
 */
public final class StandardRenderEngine implements RenderEngine {

    /** Where the render cache is; it may fail (a bad {@code CUTROOM_CACHE_LIMIT}), so it is asked for per render. */
    @FunctionalInterface
    public interface CacheSource {
        RenderCache cache() throws RenderException;
    }

    private final Supplier<Optional<Path>> ffmpegOverride;
    private final CacheSource caches;
    private final ProbeCache probes;
    private final Object lock = new Object();
    private Renderer renderer;
    private boolean cancelled;

    /**
     * @param ffmpegOverride another ffmpeg than the bundled one ({@code --ffmpeg}), asked for at each render
     * @param caches the render cache
     * @param probes where probes are kept
     */
    public StandardRenderEngine(Supplier<Optional<Path>> ffmpegOverride, CacheSource caches, ProbeCache probes) {
        this.ffmpegOverride = ffmpegOverride;
        this.caches = caches;
        this.probes = probes;
    }

    /** The user's caches, as the command line uses them. */
    public static StandardRenderEngine standard(Supplier<Optional<Path>> ffmpegOverride) {
        return new StandardRenderEngine(ffmpegOverride, RenderCache::standard, ProbeCache.inFolder(ProbeCache.defaultFolder()));
    }

    @Override
    public Outcome render(Job job, Renderer.Listener listener) throws RenderException, InterruptedException {
        synchronized (lock) {
            cancelled = false;
            renderer = null;
        }
        FFmpeg ffmpeg;
        try {
            ffmpeg = FFmpeg.locate(ffmpegOverride.get());
        } catch (FFmpegException e) {
            throw new RenderException(e.getMessage(), e);
        }
        EpisodeRender.Prepared prepared = EpisodeRender.prepare(new EpisodeRender.Request(job.project(), job.projectDir(),
                job.episodeId(), job.preset(), job.output(), caches.cache()), ffmpeg, new MediaProbe(ffmpeg, probes));
        if (!prepared.ready()) {
            return new Outcome(prepared.report().problems(), null);
        }
        Renderer r = new Renderer(ffmpeg, Renderer.defaultJobs());
        synchronized (lock) {
            if (cancelled) {
                throw new RenderException("the render was cancelled");
            }
            renderer = r;
        }
        return new Outcome(prepared.report().problems(), EpisodeRender.run(prepared, r, listener));
    }

    @Override
    public void cancel() {
        Renderer r;
        synchronized (lock) {
            cancelled = true;
            r = renderer;
        }
        if (r != null) {
            r.cancel();
        }
    }
}
