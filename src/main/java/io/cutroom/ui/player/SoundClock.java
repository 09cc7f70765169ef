package io.cutroom.ui.player;

import io.cutroom.media.MediaProbe;
import io.cutroom.timeline.Cut;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/**
 * Plays the cut's sound ({@link CutSound}) on the sound device and counts time by what the device
 * has played, so the picture follows the sound. Only normal speed forward has sound; shuttling
 * (2x, 4x, backward) is silent and timed by the fallback clock, and so is everything when no
 * sound device can be opened (a server, CI, a headless test): then each run's
 * {@link PlaybackClock.Run#notice()} says why. Mixing and writing run on a thread of their own,
 * never on the FX thread.
 */
public final class SoundClock implements PlaybackClock {

    /** Opens the sound device. */
    @FunctionalInterface
    interface Device {
        AudioSink open() throws AudioSink.SoundUnavailableException;
    }

    /** Sample frames mixed and written at a time: 1024, about 21 ms. */
    static final int BLOCK = 1024;

    private final Device device;
    private final CutSound.Opener sources;
    private final Executor background;
    private final PlaybackClock fallback;
    private AudioSink sink;
    private String unavailable;

    SoundClock(Device device, CutSound.Opener sources, Executor background, PlaybackClock fallback) {
        this.device = device;
        this.sources = sources;
        this.background = background;
        this.fallback = fallback;
    }

    /** The default sound device through Java Sound, sources read with {@code probe}, the system clock as fallback. */
    public static SoundClock standard(MediaProbe probe) {
        Executor opening = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "cutroom-sound-open");
            t.setDaemon(true);
            return t;
        });
        return new SoundClock(AudioSink::javaSound, CutSound.Opener.of(probe), opening, PlaybackClock.system());
    }

    @Override
    public Run start(Cut cut, long fromSample, int speed) {
        if (speed != 1) {
            return fallback.start(cut, fromSample, speed);
        }
        AudioSink out = device();
        if (out == null) {
            Run silent = fallback.start(cut, fromSample, speed);
            String why = unavailable;
            return new Run() {
                @Override
                public long elapsed() {
                    return silent.elapsed();
                }

                @Override
                public String notice() {
                    return why;
                }

                @Override
                public void stop() {
                    silent.stop();
                }
            };
        }
        return new SoundRun(out, new CutSound(cut, sources, background), fromSample);
    }

    /** The device, opened at the first play; null (and {@link #unavailable} says why) when there is none. */
    private AudioSink device() {
        if (sink == null && unavailable == null) {
            try {
                sink = device.open();
            } catch (AudioSink.SoundUnavailableException e) {
                unavailable = "No sound device, so playing without sound, timed by the system clock (" + e.getMessage() + ")";
            }
        }
        return sink;
    }

    /** One stretch of sound: a thread that mixes block after block and writes it to the device. */
    private static final class SoundRun implements Run {

        private final AudioSink sink;
        private final long base;
        private final Thread thread;
        private volatile boolean running = true;

        SoundRun(AudioSink sink, CutSound sound, long from) {
            this.sink = sink;
            this.base = sink.played();
            thread = new Thread(() -> pump(sound, from), "cutroom-sound");
            thread.setDaemon(true);
            thread.start();
        }

        private void pump(CutSound sound, long from) {
            float[] mix = new float[2 * BLOCK];
            byte[] bytes = new byte[AudioSink.FRAME_BYTES * BLOCK];
            try {
                sink.resume();
                for (long p = from; running; p += BLOCK) {
                    sound.read(p, mix, BLOCK);
                    for (int i = 0; i < mix.length; i++) {
                        int v = Math.round(Math.max(-1f, Math.min(1f, mix[i])) * Short.MAX_VALUE);
                        bytes[2 * i] = (byte) v;
                        bytes[2 * i + 1] = (byte) (v >> 8);
                    }
                    if (running) {
                        sink.write(bytes, bytes.length);
                    }
                }
            } finally {
                sound.close();
            }
        }

        @Override
        public long elapsed() {
            return Math.max(0, sink.played() - base);
        }

        @Override
        public void stop() {
            running = false;
            sink.halt();
            try {
                thread.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            sink.halt(); // drops a block written between the check and the first halt
        }
    }
}
