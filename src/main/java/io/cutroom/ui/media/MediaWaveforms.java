package io.cutroom.ui.media;

import io.cutroom.media.Waveform;
import io.cutroom.media.Waveforms;
import io.cutroom.ui.timeline.WaveformProvider;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The timeline's waveforms from {@link Waveforms} (computed in the background, kept on disk and in
 * its memory): each source asked for once; one that cannot be read, or has no sound, draws none.
 */
public final class MediaWaveforms implements WaveformProvider {

    private final Waveforms waveforms;
    private final Executor fx;
    private final Map<Path, Optional<Waveform>> known = new HashMap<>();

    /**
     * @param waveforms where waveforms come from
     * @param fx the FX thread ({@code Platform::runLater}), where answers are taken in and {@code ready} runs
     */
    public MediaWaveforms(Waveforms waveforms, Executor fx) {
        this.waveforms = waveforms;
        this.fx = fx;
    }

    @Override
    public Optional<Waveform> waveform(Path source, Runnable ready) {
        Optional<Waveform> wave = known.get(source);
        if (wave != null) {
            return wave;
        }
        known.put(source, Optional.empty());
        waveforms.waveform(source).whenComplete((w, failure) -> fx.execute(() -> {
            if (failure == null && !w.isEmpty()) {
                known.put(source, Optional.of(w));
                ready.run();
            }
        }));
        return Optional.empty();
    }
}
