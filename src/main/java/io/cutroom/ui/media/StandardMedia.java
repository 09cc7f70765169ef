package io.cutroom.ui.media;

import io.cutroom.ffmpeg.FFmpeg;
import io.cutroom.ffmpeg.FFmpegException;
import io.cutroom.media.MediaProbe;
import io.cutroom.media.ProbeCache;
import io.cutroom.media.Thumbnails;
import io.cutroom.media.Waveforms;
import io.cutroom.ui.player.PlaybackClock;
import io.cutroom.ui.player.SoundClock;
import io.cutroom.ui.timeline.ThumbnailProvider;
import io.cutroom.ui.timeline.WaveformProvider;
import io.cutroom.ui.viewer.FrameProvider;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;

/**
 * The editor's pictures and sound from the {@code media} package: thumbnails and waveforms in the
 * user's cache folder, decoded frames for the viewer, and the sound device as the playback clock.
 * Thumbnails and waveforms share two background threads; the viewer's frames have one of their own,
 * so playing is never queued behind a timeline full of thumbnails.
 */
public record StandardMedia(ThumbnailProvider thumbnails, WaveformProvider waveforms, FrameProvider frames,
        PlaybackClock clock) {

    /** Everything with the bundled (or the given) FFmpeg; without one, names and times only, and silent playback. */
    public static StandardMedia open(Optional<Path> ffmpegOverride) {
        MediaProbe probe;
        try {
            probe = new MediaProbe(FFmpeg.locate(ffmpegOverride), ProbeCache.inFolder(ProbeCache.defaultFolder()));
        } catch (FFmpegException e) {
            // the media files are reported unreadable for the same reason when they are probed
            return new StandardMedia(ThumbnailProvider.NONE, WaveformProvider.NONE, FrameProvider.NONE, PlaybackClock.system());
        }
        ExecutorService pictures = pool("cutroom-thumbnails", 2, Thread.NORM_PRIORITY - 1);
        return new StandardMedia(
                new MediaThumbnails(new Thumbnails(probe, Thumbnails.defaultFolder(), pictures), Platform::runLater),
                new MediaWaveforms(new Waveforms(Waveforms.defaultFolder(), pictures), Platform::runLater),
                new DecodedFrames(probe, pool("cutroom-frames", 1, Thread.NORM_PRIORITY), Platform::runLater),
                SoundClock.standard(probe));
    }

    private static ExecutorService pool(String name, int threads, int priority) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            t.setPriority(priority);
            return t;
        });
    }
}
