package io.cutroom.ui.timeline;

import io.cutroom.media.Waveform;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Waveforms of dialogue and music files for the timeline, computed in the background and cached
 * by whoever implements this (the {@code media} package's {@code Waveforms}, through an adapter).
 * Called on the FX thread while drawing, so it must answer at once.
 */
@FunctionalInterface
public interface WaveformProvider {

    /** Draws no waveforms: sound blocks show their file names only. */
    WaveformProvider NONE = (source, ready) -> Optional.empty();

    /**
     * The waveform of {@code source}, if it is ready; if not, it is computed in the background and
     * {@code ready} is run on the FX thread once it is.
     */
    Optional<Waveform> waveform(Path source, Runnable ready);
}
