package io.cutroom.timeline;

import io.cutroom.model.Rational;
import java.nio.file.Path;

/** A music cue at absolute sample positions in the episode. Fades and lengths are in samples. */
public record MusicEvent(Path source, Rational sourceIn, long start, long length, double gain, long fadeIn,
        long fadeOut, boolean duck) {

    public long end() {
        return start + length;
    }
}
