package io.cutroom.ui.player;

import io.cutroom.timeline.Cut;
import java.util.function.LongSupplier;

/**
 * What paces playback. Started at a point of the cut, a run says how much time has been played
 * since, counted in samples at {@value #RATE} Hz: a clock that plays the cut's sound counts what the
 * sound device has played, so that the picture follows the sound; {@link #system()} counts real
 * time. The player turns that count into the frame to show.
 */
@FunctionalInterface
public interface PlaybackClock {

    /** Samples per second of every count. */
    int RATE = 48_000;

    /**
     * Starts playing {@code cut} at {@code fromSample} ({@value #RATE} Hz samples from the start
     * of the episode), {@code speed} times as fast as normal (negative: backwards). Called on the FX
     * thread; must not block for long.
     */
    Run start(Cut cut, long fromSample, int speed);

    /** One stretch of playback, from a start until {@link #stop()}. */
    interface Run {

        /** Real time played since the start, in samples at {@value #RATE} Hz, whatever the speed. */
        long elapsed();

        /** Why this run plays no sound although it could have (no sound device …), or "". */
        default String notice() {
            return "";
        }

        /** Stops; {@link #elapsed()} is undefined afterwards. */
        void stop();
    }

    /** Silent playback timed by {@link System#nanoTime()}. */
    static PlaybackClock system() {
        return system(System::nanoTime);
    }

    /** Silent playback timed by {@code nanos}, a monotonic clock in nanoseconds. */
    static PlaybackClock system(LongSupplier nanos) {
        return (cut, fromSample, speed) -> {
            long start = nanos.getAsLong();
            return new Run() {
                @Override
                public long elapsed() {
                    // overflows after 53 hours of playing without a pause
                    return (nanos.getAsLong() - start) * RATE / 1_000_000_000L;
                }

                @Override
                public void stop() {
                }
            };
        };
    }
}
