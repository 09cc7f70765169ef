package io.cutroom.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * AAC encoded in parallel: the sound is cut into chunks of about two minutes, normalised and
 * encoded at the same time, and the encoded frames joined into one stream exactly as one encoder run
 * would have laid them out. FFmpeg's AAC encoder runs on one core at about 65× real time, which is most of
 * what a re-render after a one-shot change waits for; in chunks it uses every core.
 *
 * <p>AAC codes frames of 1024 samples, each from a window over it and the frame before, and the
 * encoder starts with 1024 samples of priming. Chunks therefore start on a multiple of 1024
 * samples. Each chunk but the first is encoded from {@link #PRE_ROLL} earlier, so that its encoder
 * has settled (rate control and the psychoacoustic model take seconds to; a cold start codes the
 * next seconds measurably worse), and so have the resampler and the limiter of the normalisation
 * before it; each but the last {@link #POST_ROLL} further, so that its
 * last frames are coded with the look-ahead a single run has. Of every chunk only its own frames
 * are kept: the first chunk keeps its priming frame, the others drop theirs with the pre-roll. The
 * kept frames are ADTS frames, joined byte for byte; the stream decodes to the samples of a single
 * run, with the same priming, which the final mux declares with {@code -itsoffset}.
 *
 * <p>The layout depends only on the length of the sound, never on the machine, so that a cached
 * encoding is the same whichever machine made it.
 *
 * @param sampleRate the sound's rate
 * @param starts the first sample of every chunk's own part (a multiple of 1024; the first is 0)
 */
record AacChunks(int sampleRate, List<Long> starts) {

    /** Samples in an AAC frame, and of priming at the start of an FFmpeg AAC encoding. */
    static final int FRAME = 1024;

    /** Frames encoded before a chunk's own, for its encoder to settle: 6.4 s at 48 kHz. */
    static final long PRE_ROLL = 300L * FRAME;

    /** Frames encoded after a chunk's own, for the look-ahead of its last frames. */
    static final long POST_ROLL = 4L * FRAME;

    /** About how long a chunk is: long enough that the pre-roll costs little (5 %). */
    static final int CHUNK_SECONDS = 120;

    AacChunks {
        starts = List.copyOf(starts);
    }

    /** Chunks of about {@code chunkSeconds} for a sound of {@code samples} at {@code sampleRate}. */
    static AacChunks of(long samples, int sampleRate, int chunkSeconds) {
        long frames = Math.max(1, samples / FRAME);
        long chunkFrames = (long) chunkSeconds * sampleRate / FRAME;
        int count = (int) Math.max(1, Math.round(frames / (double) chunkFrames));
        List<Long> starts = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            starts.add(frames * k / count * FRAME);
        }
        return new AacChunks(sampleRate, starts);
    }

    int count() {
        return starts.size();
    }

    /** The first sample chunk {@code k} encodes: its own start less the pre-roll. */
    long encodeFrom(int k) {
        return Math.max(0, starts.get(k) - PRE_ROLL);
    }

    /** The sample chunk {@code k} encodes to, exclusive, or -1 for the end of the sound. */
    long encodeTo(int k) {
        return k + 1 < count() ? starts.get(k + 1) + POST_ROLL : -1;
    }

    /**
     * The filter chain of part {@code k}: its samples of the mix (at {@code mixRate}) cut out, put
     * through {@code normalise} (which ends at this layout's rate, stamped by count) and cut to the
     * part's samples at this rate. The mix is cut where a sample of it falls exactly on a sample
     * of the output, so that the resampled part lines up with a resampling of the whole.
     */
    String partFilter(int k, int mixRate, String normalise) {
        long from = encodeFrom(k);
        long to = encodeTo(k);
        long mixFrom = mixFrom(k, mixRate);
        long offset = outputOffset(k, mixRate);
        StringBuilder chain = new StringBuilder("atrim=start_sample=").append(mixFrom);
        if (to >= 0) {
            // a little more of the mix than the part needs, for the resampler's filter at the end
            chain.append(":end_sample=").append(-Math.floorDiv(-to * mixRate, sampleRate) + 64);
        }
        chain.append(",asetpts=N/SR/TB,").append(normalise).append(",atrim=start_sample=").append(from - offset);
        if (to >= 0) {
            chain.append(":end_sample=").append(to - offset);
        }
        return chain.toString();
    }

    /** The first sample of the mix that part {@code k} reads. */
    long mixFrom(int k, int mixRate) {
        long step = mixRate / gcd(mixRate, sampleRate);
        return encodeFrom(k) * mixRate / sampleRate / step * step;
    }

    /** The sound's sample that part {@code k}'s normalised samples are counted from: where its mix samples start. */
    long outputOffset(int k, int mixRate) {
        return mixFrom(k, mixRate) * sampleRate / mixRate;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /**
     * The frames of chunk {@code k}'s encoding that are its own: {@code [first, first + count)},
     * count -1 for all to the end. Frame {@code i} of an encoding decodes to the samples from
     * {@code (i - 1) * 1024} on, counted from where the encoding started (frame 0 is the priming).
     */
    long[] keep(int k) {
        long first = k == 0 ? 0 : (starts.get(k) - encodeFrom(k)) / FRAME + 1;
        if (k + 1 == count()) {
            return new long[] {first, -1};
        }
        long own = (starts.get(k + 1) - starts.get(k)) / FRAME;
        return new long[] {first, k == 0 ? own + 1 : own};
    }

    /** The priming, in seconds as FFmpeg reads them, for the mux's {@code -itsoffset}. */
    String priming() {
        return Planner.seconds(io.cutroom.model.Rational.of(FRAME, sampleRate));
    }

    /**
     * Joins the chunks' own frames into {@code output}. Every chunk must be an ADTS stream with at
     * least the frames it should keep.
     */
    void join(List<Path> chunks, Path output) throws IOException {
        if (chunks.size() != count()) {
            throw new IllegalArgumentException(chunks.size() + " encoded chunks for " + count());
        }
        try (var out = Files.newOutputStream(output)) {
            for (int k = 0; k < count(); k++) {
                byte[] data = Files.readAllBytes(chunks.get(k));
                long[] keep = keep(k);
                ByteArrayOutputStream kept = new ByteArrayOutputStream();
                long frame = 0;
                long taken = 0;
                int at = 0;
                while (at < data.length && (keep[1] < 0 || taken < keep[1])) {
                    int length = frameLength(data, at, chunks.get(k));
                    if (frame >= keep[0]) {
                        kept.write(data, at, length);
                        taken++;
                    }
                    frame++;
                    at += length;
                }
                if (keep[1] >= 0 && taken < keep[1]) {
                    throw new IOException(chunks.get(k) + ": " + frame + " AAC frames, too few to keep frames "
                            + keep[0] + " to " + (keep[0] + keep[1]));
                }
                kept.writeTo(out);
            }
        }
    }

    /** The length of the ADTS frame at {@code at}, checking its sync word. */
    private static int frameLength(byte[] data, int at, Path file) throws IOException {
        if (at + 7 > data.length || (data[at] & 0xFF) != 0xFF || (data[at + 1] & 0xF0) != 0xF0) {
            throw new IOException(file + ": no ADTS frame at byte " + at);
        }
        int length = ((data[at + 3] & 0x03) << 11) | ((data[at + 4] & 0xFF) << 3) | ((data[at + 5] & 0xE0) >> 5);
        if (length < 7 || at + length > data.length) {
            throw new IOException(file + ": ADTS frame at byte " + at + " has a bad length " + length);
        }
        return length;
    }
}
