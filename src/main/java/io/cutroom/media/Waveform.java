package io.cutroom.media;

import java.util.Arrays;
import java.util.Objects;

/**
 * The peak envelope of a source's sound, for drawing: its channels mixed to mono (their mean),
 * cut into buckets of 1/{@value #BUCKETS_PER_SECOND} s, and for each bucket the lowest and the
 * highest sample, full scale at ±1. Bucket {@code i} covers source time {@code [i/100, (i+1)/100)}
 * s. A source without sound has an empty waveform. Kept as 16-bit values (2 bytes per value);
 * immutable.
 */
public final class Waveform {

    /** Buckets per second of source time. */
    public static final int BUCKETS_PER_SECOND = 100;
    /** The waveform of a source without sound. */
    public static final Waveform EMPTY = new Waveform(new short[0], new short[0]);

    private static final float SCALE = Short.MAX_VALUE;

    private final short[] low;
    private final short[] high;

    Waveform(short[] low, short[] high) {
        if (low.length != high.length) {
            throw new IllegalArgumentException("lows and highs differ in number: " + low.length + ", " + high.length);
        }
        this.low = low;
        this.high = high;
    }

    /** The waveform of {@code lows} and {@code highs}, each −1 to 1 (clipped there). */
    static Waveform of(float[] lows, float[] highs) {
        short[] low = new short[lows.length];
        short[] high = new short[highs.length];
        for (int i = 0; i < lows.length; i++) {
            low[i] = quantise(lows[i]);
            high[i] = quantise(highs[i]);
        }
        return new Waveform(low, high);
    }

    /** How many buckets: the sound's length in hundredths of a second, rounded up. */
    public int buckets() {
        return low.length;
    }

    public boolean isEmpty() {
        return low.length == 0;
    }

    /** The lowest sample in bucket {@code i}, −1 to 1. */
    public float min(int i) {
        return low[i] / SCALE;
    }

    /** The highest sample in bucket {@code i}, −1 to 1. */
    public float max(int i) {
        return high[i] / SCALE;
    }

    /**
     * The lowest sample in buckets {@code from} (inclusive) to {@code to} (exclusive), clipped to
     * the buckets there are: for drawing one pixel that covers several buckets. 0 for none.
     */
    public float min(int from, int to) {
        int a = Math.max(0, from);
        int b = Math.min(low.length, to);
        return a < b ? lowest(a, b) : 0;
    }

    /** The highest sample in buckets {@code from} (inclusive) to {@code to} (exclusive); see {@link #min(int, int)}. */
    public float max(int from, int to) {
        int a = Math.max(0, from);
        int b = Math.min(high.length, to);
        if (a >= b) {
            return 0;
        }
        short m = Short.MIN_VALUE;
        for (int i = a; i < b; i++) {
            m = (short) Math.max(m, high[i]);
        }
        return m / SCALE;
    }

    private float lowest(int a, int b) {
        short m = Short.MAX_VALUE;
        for (int i = a; i < b; i++) {
            m = (short) Math.min(m, low[i]);
        }
        return m / SCALE;
    }

    short[] lows() {
        return low;
    }

    short[] highs() {
        return high;
    }

    private static short quantise(float value) {
        return (short) Math.round(Math.max(-1f, Math.min(1f, value)) * SCALE);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Waveform && Arrays.equals(low, ((Waveform) o).low) && Arrays.equals(high, ((Waveform) o).high);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(low), Arrays.hashCode(high));
    }

    @Override
    public String toString() {
        return "Waveform[" + low.length + " buckets]";
    }
}
