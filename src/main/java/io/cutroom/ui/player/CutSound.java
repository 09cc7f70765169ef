package io.cutroom.ui.player;

import io.cutroom.media.AudioChunk;
import io.cutroom.media.ClipReader;
import io.cutroom.media.MediaException;
import io.cutroom.media.MediaInfo;
import io.cutroom.media.MediaProbe;
import io.cutroom.model.Rational;
import io.cutroom.timeline.AudioEvent;
import io.cutroom.timeline.Cut;
import io.cutroom.timeline.MusicEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * The cut's sound mixed for playback, as 48 kHz stereo: the takes' own sound where the shots use
 * it, dialogue, and music, each with its gain and fades, the music marked for ducking lowered by
 * about 10 dB while a line of dialogue plays (attack 20 ms, release 400 ms — close to the
 * render's compressor, which follows the dialogue's level rather than its presence).
 *
 * <p>{@link #read} is called by one thread, the sound thread, and never waits for a file to open:
 * sources are opened on {@code background} up to {@value #LOOKAHEAD_SECONDS} s before they are
 * heard, and one not open yet is silent until it is. Decoding itself runs on the sound thread.
 * Samples land exactly where the cut puts them: the episode's sample {@code p} of an event that
 * starts at {@code start} plays the source's sample {@code ⌊in × 48000⌋ + p − start}.
 */
final class CutSound implements AutoCloseable {

    /** Opens a source's sound at 48 kHz stereo, or answers empty when it has none. */
    @FunctionalInterface
    interface Opener {
        Optional<ClipReader> open(Path source) throws MediaException;

        /** Reads sound only (the picture decoder is never opened), with {@code probe} for what the file holds. */
        static Opener of(MediaProbe probe) {
            return source -> {
                MediaInfo info = probe.probe(source);
                if (!info.hasAudio()) {
                    return Optional.empty();
                }
                MediaInfo soundOnly = new MediaInfo(info.path(), info.sizeBytes(), info.modifiedMillis(), info.container(),
                        info.duration(), Optional.empty(), info.audio());
                return Optional.of(ClipReader.open(soundOnly, 1, 1));
            };
        }
    }

    static final int RATE = PlaybackClock.RATE;
    static final int LOOKAHEAD_SECONDS = 2;
    /** Ducked music: −10 dB. */
    static final float DUCKED = 0.316f;
    static final int DUCK_ATTACK = RATE / 50;
    static final int DUCK_RELEASE = RATE * 2 / 5;

    /** One sound of the cut, in samples at 48 kHz of the episode. */
    private record Layer(Path source, long sourceStart, long start, long end, float gain, long fadeIn, long fadeOut,
            boolean ducked, boolean dialogue) {
    }

    private final List<Layer> layers = new ArrayList<>();
    private final long[][] speech;
    private final Opener opener;
    private final Executor background;
    private final Map<Layer, Stream> streams = new ConcurrentHashMap<>();
    private final Map<Layer, Boolean> requested = new ConcurrentHashMap<>();
    private final float[] scratch = new float[2 * 4096];
    private volatile boolean closed;
    private float duck = 1;
    private long next = -1;

    CutSound(Cut cut, Opener opener, Executor background) {
        this.opener = opener;
        this.background = background;
        int rate = cut.format().sampleRate();
        for (AudioEvent a : cut.audio()) {
            layers.add(new Layer(a.source(), sample(a.sourceIn()), at(a.start(), rate), at(a.end(), rate),
                    gain(a.gain()), at(a.fadeIn(), rate), at(a.fadeOut(), rate), false,
                    a.kind() == AudioEvent.Kind.DIALOGUE));
        }
        for (MusicEvent m : cut.music()) {
            layers.add(new Layer(m.source(), sample(m.sourceIn()), at(m.start(), rate), at(m.end(), rate), gain(m.gain()),
                    at(m.fadeIn(), rate), at(m.fadeOut(), rate), m.duck(), false));
        }
        layers.sort(Comparator.comparingLong(Layer::start));
        speech = speech(layers);
    }

    /**
     * Overwrites {@code out} with {@code frames} stereo sample frames of the mix from the episode's
     * sample {@code from} on (silence before the start and after the end).
     */
    void read(long from, float[] out, int frames) {
        java.util.Arrays.fill(out, 0, 2 * frames, 0f);
        long to = from + frames;
        long horizon = to + (long) LOOKAHEAD_SECONDS * RATE;
        if (from != next) {
            duck = speaking(from) ? DUCKED : 1;
        }
        next = to;
        float[] ducks = duckCurve(from, frames);
        for (Layer layer : layers) {
            if (layer.start() >= horizon) {
                break;
            }
            if (layer.end() <= from) {
                retire(layer);
                continue;
            }
            prepare(layer);
            if (layer.start() >= to) {
                continue;
            }
            Stream stream = streams.get(layer);
            if (stream != null) {
                mix(layer, stream, from, frames, out, ducks);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        streams.values().forEach(Stream::close);
        streams.clear();
    }

    private void mix(Layer layer, Stream stream, long from, int frames, float[] out, float[] ducks) {
        long first = Math.max(from, layer.start());
        long last = Math.min(from + frames, layer.end());
        int n = (int) (last - first);
        for (int done = 0; done < n; ) {
            int count = Math.min(n - done, scratch.length / 2);
            long p = first + done;
            stream.fill(layer.sourceStart() + p - layer.start(), scratch, count);
            for (int i = 0; i < count; i++) {
                long q = p + i;
                float g = layer.gain() * fade(layer, q);
                if (layer.ducked()) {
                    g *= ducks[(int) (q - from)];
                }
                int o = 2 * (int) (q - from);
                out[o] += scratch[2 * i] * g;
                out[o + 1] += scratch[2 * i + 1] * g;
            }
            done += count;
        }
    }

    private static float fade(Layer layer, long p) {
        float g = 1;
        long in = p - layer.start();
        if (in < layer.fadeIn()) {
            g = (float) in / layer.fadeIn();
        }
        long out = layer.end() - 1 - p;
        if (out < layer.fadeOut()) {
            g = Math.min(g, (float) out / layer.fadeOut());
        }
        return g;
    }

    /** The gain of ducked music for each sample of the block, moving smoothly towards −10 dB while someone speaks. */
    private float[] duckCurve(long from, int frames) {
        float[] curve = new float[frames];
        float down = (1 - DUCKED) / DUCK_ATTACK;
        float up = (1 - DUCKED) / DUCK_RELEASE;
        for (int i = 0; i < frames; i++) {
            duck = speaking(from + i) ? Math.max(DUCKED, duck - down) : Math.min(1, duck + up);
            curve[i] = duck;
        }
        return curve;
    }

    /** Whether a line of dialogue plays at sample {@code p}. */
    private boolean speaking(long p) {
        int lo = 0;
        int hi = speech.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (speech[mid][1] <= p) {
                lo = mid + 1;
            } else if (speech[mid][0] > p) {
                hi = mid - 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** Opens the layer's source in the background, once. */
    private void prepare(Layer layer) {
        if (requested.putIfAbsent(layer, Boolean.TRUE) != null) {
            return;
        }
        background.execute(() -> {
            Stream stream;
            try {
                stream = new Stream(opener.open(layer.source()));
            } catch (MediaException | RuntimeException e) {
                stream = new Stream(Optional.empty()); // an unreadable file is silent, as the timeline marks it
            }
            if (closed) {
                stream.close();
            } else {
                streams.put(layer, stream);
            }
        });
    }

    private void retire(Layer layer) {
        Stream stream = streams.remove(layer);
        if (stream != null) {
            stream.close();
        }
    }

    /** The stretches of the episode in which dialogue plays, merged, in order. */
    private static long[][] speech(List<Layer> layers) {
        List<long[]> spans = new ArrayList<>();
        for (Layer l : layers) {
            if (!l.dialogue()) {
                continue;
            }
            long[] lastSpan = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (lastSpan != null && l.start() <= lastSpan[1]) {
                lastSpan[1] = Math.max(lastSpan[1], l.end());
            } else {
                spans.add(new long[] {l.start(), l.end()});
            }
        }
        return spans.toArray(new long[0][]);
    }

    /** A sample at the project's rate as a sample at 48 kHz. */
    private static long at(long sample, int rate) {
        return rate == RATE ? sample : Math.floorDiv(Math.multiplyExact(sample, RATE), rate);
    }

    private static long sample(Rational seconds) {
        return seconds.multiply(Rational.of(RATE)).floor();
    }

    private static float gain(double decibels) {
        return (float) Math.pow(10, decibels / 20);
    }

    /** One source's sound read in order, seeking only when asked for samples elsewhere. */
    private static final class Stream {

        private final Optional<ClipReader> reader;
        private AudioChunk chunk;
        private int offset;
        private long position = -1;
        private boolean ended;

        Stream(Optional<ClipReader> reader) {
            this.reader = reader;
        }

        /** Writes {@code frames} stereo frames from the source's sample {@code sample} to {@code dst}; silence past the end. */
        void fill(long sample, float[] dst, int frames) {
            java.util.Arrays.fill(dst, 0, 2 * frames, 0f);
            if (reader.isEmpty()) {
                return;
            }
            try {
                if (sample != position) {
                    reader.get().seekAudio(Rational.of(sample, RATE));
                    chunk = null;
                    ended = false;
                    position = sample;
                }
                int done = 0;
                while (done < frames && !ended) {
                    if (chunk == null || offset >= chunk.frames()) {
                        Optional<AudioChunk> nextChunk = reader.get().nextAudio();
                        if (nextChunk.isEmpty()) {
                            ended = true;
                            break;
                        }
                        chunk = nextChunk.get();
                        offset = 0;
                    }
                    int count = Math.min(frames - done, chunk.frames() - offset);
                    System.arraycopy(chunk.samples(), 2 * offset, dst, 2 * done, 2 * count);
                    offset += count;
                    done += count;
                }
            } catch (MediaException e) {
                ended = true; // a file that breaks mid-way goes quiet rather than stopping the playback
            }
            position = sample + frames;
        }

        void close() {
            reader.ifPresent(ClipReader::close);
        }
    }
}
