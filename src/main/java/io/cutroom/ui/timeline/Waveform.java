package io.cutroom.ui.timeline;

import io.cutroom.model.Rational;
import java.util.Objects;

/**
 * The loudness outline of a sound file: the peak level (0..1) of each slice of
 * {@code 1 / peaksPerSecond} seconds, from the start of the file.
 */
public record Waveform(Rational peaksPerSecond, float[] peaks) {

    public Waveform {
        Objects.requireNonNull(peaksPerSecond, "peaksPerSecond");
        Objects.requireNonNull(peaks, "peaks");
        if (peaksPerSecond.signum() <= 0) {
            throw new IllegalArgumentException("peaks per second must be positive, got " + peaksPerSecond);
        }
        peaks = peaks.clone();
    }

    /** The highest peak of the slices from {@code from} to {@code to} seconds (0 outside the file). */
    public float peak(double from, double to) {
        double rate = peaksPerSecond.toDouble();
        int first = (int) Math.max(0, Math.floor(from * rate));
        int last = (int) Math.min(peaks.length, Math.ceil(to * rate));
        float max = 0;
        for (int i = first; i < last; i++) {
            max = Math.max(max, peaks[i]);
        }
        return max;
    }
}
