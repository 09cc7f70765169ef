package io.cutroom.timeline;

import io.cutroom.model.Rational;
import java.nio.file.Path;

/**
 * A piece of audio at absolute sample positions in the episode (at the project sample rate).
 *
 * @param source absolute path of the file
 * @param sourceIn source time of the first sample used
 * @param gain gain in dB
 */
public record AudioEvent(Kind kind, Origin origin, Path source, Rational sourceIn, long start, long length,
        double gain, long fadeIn, long fadeOut) {

    /** What the audio is; dialogue ducks music, clip audio does not. */
    public enum Kind { CLIP, DIALOGUE }

    public AudioEvent {
        if (length <= 0 || start < 0 || fadeIn < 0 || fadeOut < 0) {
            throw new IllegalArgumentException("bad audio event at " + start + "+" + length);
        }
    }

    /** The sample after the last one. */
    public long end() {
        return start + length;
    }
}
