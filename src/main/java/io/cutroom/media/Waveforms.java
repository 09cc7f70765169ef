package io.cutroom.media;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

import io.cutroom.model.Rational;

/**
 * {@link Waveform}s of sources for the timeline's sound lanes, computed in the background and
 * cached on disk and in memory.
 *
 * <p>The sound is decoded in this process by JavaCV's grabber at its own sample rate, as float,
 * without touching the picture; every sample counts, so the peaks are the source's own. (Measured
 * on a 60 s AAC file, alone and beside 720p video: 45–60 ms, against 100–120 ms for the ffmpeg
 * executable piping mono float PCM, at 48 kHz or at 8 kHz, which also loses peaks.)
 *
 * <p>Each waveform is kept in {@link #defaultFolder()} (or the folder given) as a small binary
 * file named by a hash of the source's absolute path, size and modification time: the ASCII magic
 * {@code CRWF}, then big-endian 32-bit integers for the format version ({@value #VERSION}), the
 * buckets per second (100) and the number of buckets {@code n}, then {@code n} pairs of 16-bit
 * lowest and highest values (full scale 32767): 4 bytes per bucket, 24 KB for a minute. A file
 * of another version or damaged is computed again. Recently used waveforms stay in memory up to
 * a budget in bytes.
 *
 * <p>The calling thread only reads the source's size and modification time. A source without
 * sound gives {@link Waveform#EMPTY}; a missing or broken file a failed future with a
 * {@link MediaException} naming it. Thread-safe.
 */
public final class Waveforms {

    /** The version of the cache files; files of another are computed again. */
    public static final int VERSION = 1;
    /** Memory budget when none is given: 16 MiB, about 70 hours of sound. */
    public static final long DEFAULT_MEMORY_BYTES = 16L << 20;

    static final byte[] MAGIC = {'C', 'R', 'W', 'F'};

    private final Path folder;
    private final BackgroundCache<String, Waveform> cache;
    private final AtomicLong decodes = new AtomicLong();

    /**
     * @param folder      where the waveform files are kept (created when first needed), e.g. {@link #defaultFolder()}
     * @param executor    where decoding runs; a current-thread executor makes it synchronous (tests)
     * @param memoryBytes how many bytes of waveforms to keep in memory (4 per bucket)
     */
    public Waveforms(Path folder, Executor executor, long memoryBytes) {
        this.folder = folder;
        this.cache = new BackgroundCache<>(executor, memoryBytes, waveform -> 4L * waveform.buckets() + 64);
    }

    /** {@link #Waveforms(Path, Executor, long)} with {@link #DEFAULT_MEMORY_BYTES}. */
    public Waveforms(Path folder, Executor executor) {
        this(folder, executor, DEFAULT_MEMORY_BYTES);
    }

    /** {@code waveforms} in {@link ProbeCache#cacheRoot()}. */
    public static Path defaultFolder() {
        return ProbeCache.cacheRoot().resolve("waveforms");
    }

    /** The waveform of {@code file}'s first audio stream; {@link Waveform#EMPTY} when it has none. */
    public CompletableFuture<Waveform> waveform(Path file) {
        CacheFiles.Stamp stamp;
        try {
            stamp = CacheFiles.stamp(file);
        } catch (MediaException e) {
            return CompletableFuture.failedFuture(e);
        }
        String key = stamp.key("waveform", VERSION);
        return cache.get(key, file, () -> load(file, folder.resolve(key + ".wave")));
    }

    /** How many waveforms were decoded from sound (not found in memory or on disk) so far. */
    long decodes() {
        return decodes.get();
    }

    private Waveform load(Path file, Path stored) throws MediaException {
        Optional<Waveform> read = read(stored);
        if (read.isPresent()) {
            return read.get();
        }
        decodes.incrementAndGet();
        Waveform waveform = compute(file);
        try {
            write(stored, waveform);
        } catch (IOException e) {
            // a read-only or full disk costs a decode next time
        }
        return waveform;
    }

    /** Decodes the sound and keeps the lowest and highest of the mono mix in every bucket. */
    static Waveform compute(Path file) throws MediaException {
        // the picture stream stays selected (a file with no stream selected fails to open), but
        // grabbing sound only skips its packets without decoding them
        FFmpegFrameGrabber grabber = Grabbers.open(file, g -> g.setSampleFormat(avutil.AV_SAMPLE_FMT_FLT));
        try {
            if (!grabber.hasAudio() || grabber.getAudioChannels() < 1 || grabber.getSampleRate() < 1) {
                return Waveform.EMPTY;
            }
            Rational timeBase = Grabbers.timeBase(grabber, grabber.getAudioStream());
            long startMicros = Grabbers.startMicros(grabber);
            Envelope envelope = new Envelope(grabber.getSampleRate());
            Frame frame;
            while ((frame = grabber.grabFrame(true, false, true, false)) != null) {
                if (frame.samples == null) {
                    continue;
                }
                if (!envelope.started()) {
                    envelope.start(Grabbers.exactTime(frame.timestamp, startMicros, timeBase));
                }
                envelope.add((FloatBuffer) frame.samples[0], frame.audioChannels);
            }
            return envelope.waveform();
        } catch (FrameGrabber.Exception | RuntimeException e) {
            throw Grabbers.failure(file, e);
        } finally {
            Grabbers.close(grabber);
        }
    }

    /** Running lowest and highest values per bucket. */
    private static final class Envelope {

        private final int sampleRate;
        private float[] lows = new float[0];
        private float[] highs = new float[0];
        private int buckets;
        private long sample = -1;

        Envelope(int sampleRate) {
            this.sampleRate = sampleRate;
        }

        boolean started() {
            return sample >= 0;
        }

        /** Numbers samples from the first one's time in the source (0 when it starts before 0). */
        void start(Rational time) {
            sample = Math.max(0, time.multiply(Rational.of(sampleRate)).round());
        }

        void add(FloatBuffer interleaved, int channels) {
            int frames = interleaved.limit() / channels;
            for (int i = 0; i < frames; i++) {
                float sum = 0;
                for (int c = 0; c < channels; c++) {
                    sum += interleaved.get(i * channels + c);
                }
                float value = sum / channels;
                int bucket = (int) (sample * Waveform.BUCKETS_PER_SECOND / sampleRate);
                if (bucket >= buckets) {
                    grow(bucket + 1);
                }
                lows[bucket] = Math.min(lows[bucket], value);
                highs[bucket] = Math.max(highs[bucket], value);
                sample++;
            }
        }

        /** Buckets up to {@code count}; new ones (and any skipped) hold no sample yet. */
        private void grow(int count) {
            if (count > lows.length) {
                int size = Math.max(count, Math.max(1024, lows.length * 2));
                int old = lows.length;
                lows = Arrays.copyOf(lows, size);
                highs = Arrays.copyOf(highs, size);
                Arrays.fill(lows, old, size, Float.POSITIVE_INFINITY);
                Arrays.fill(highs, old, size, Float.NEGATIVE_INFINITY);
            }
            buckets = count;
        }

        /** The buckets so far; one without a sample (a gap in the sound) is 0 both ways. */
        Waveform waveform() {
            float[] low = Arrays.copyOf(lows, buckets);
            float[] high = Arrays.copyOf(highs, buckets);
            for (int i = 0; i < buckets; i++) {
                if (low[i] > high[i]) {
                    low[i] = 0;
                    high[i] = 0;
                }
            }
            return Waveform.of(low, high);
        }
    }

    static void write(Path target, Waveform waveform) throws IOException {
        CacheFiles.writeAtomically(target, stream -> {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream));
            out.write(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(Waveform.BUCKETS_PER_SECOND);
            out.writeInt(waveform.buckets());
            for (int i = 0; i < waveform.buckets(); i++) {
                out.writeShort(waveform.lows()[i]);
                out.writeShort(waveform.highs()[i]);
            }
            out.flush();
        });
    }

    /** The waveform stored in {@code file}, if it is there, whole and of this version. */
    static Optional<Waveform> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream stream = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(stream))) {
            long size = Files.size(file);
            if (!Arrays.equals(in.readNBytes(MAGIC.length), MAGIC) || in.readInt() != VERSION
                    || in.readInt() != Waveform.BUCKETS_PER_SECOND) {
                return Optional.empty();
            }
            int count = in.readInt();
            if (count < 0 || size != 16L + 4L * count) {
                return Optional.empty();
            }
            short[] low = new short[count];
            short[] high = new short[count];
            for (int i = 0; i < count; i++) {
                low[i] = in.readShort();
                high[i] = in.readShort();
            }
            return Optional.of(new Waveform(low, high));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // damaged: compute again
        }
    }
}
