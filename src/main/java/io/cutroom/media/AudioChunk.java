package io.cutroom.media;

import java.util.Objects;

import io.cutroom.model.Rational;

/**
 * A run of sound from a source, converted to {@value #SAMPLE_RATE} Hz stereo: interleaved
 * {@code float} samples, left then right, full scale at ±1.0.
 *
 * @param startSample where it starts, in samples at {@value #SAMPLE_RATE} Hz from the start of the
 *                    source (sample {@code n} plays at {@code n / 48000} s)
 * @param samples     {@code 2 × frames()} values, left and right in turn
 */
public record AudioChunk(long startSample, float[] samples) {

    /** Samples per second of every chunk. */
    public static final int SAMPLE_RATE = 48_000;
    /** Channels of every chunk: left and right. */
    public static final int CHANNELS = 2;

    public AudioChunk {
        Objects.requireNonNull(samples, "samples");
        if (samples.length % CHANNELS != 0) {
            throw new IllegalArgumentException("stereo samples come in pairs, got " + samples.length);
        }
    }

    /** Sample frames (left-right pairs) in this chunk. */
    public int frames() {
        return samples.length / CHANNELS;
    }

    /** When the first sample plays, in seconds of the source: {@code startSample / 48000}. */
    public Rational time() {
        return Rational.of(startSample, SAMPLE_RATE);
    }

    /** The sample number just after this chunk, where the next one starts. */
    public long endSample() {
        return startSample + frames();
    }

    @Override
    public String toString() {
        return "AudioChunk[" + startSample + " +" + frames() + "]";
    }
}
