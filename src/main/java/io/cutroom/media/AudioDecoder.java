package io.cutroom.media;

import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Optional;

import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

import io.cutroom.model.Rational;

/**
 * The sound of one source as {@link AudioChunk}s of 48 kHz stereo float samples.
 *
 * <p>JavaCV's grabber resamples with libswresample to 48 kHz float; mono is copied to both sides
 * here, stereo is kept, and more channels are mixed down to stereo by libswresample. After
 * opening (from sample 0) and after {@link #seek}, chunks tile exactly from the sample at that time: each starts where the one
 * before it ended, whatever the rounding of the source's timestamps; a gap in the source longer
 * than {@value #GAP_SAMPLES} samples is filled with silence. Not thread-safe.
 */
final class AudioDecoder implements AutoCloseable {

    /** Samples of a jump in the source's timestamps taken as a gap rather than rounding. */
    static final int GAP_SAMPLES = 1024;
    private static final Rational LEAD = Rational.of(1, 5);

    private final Path file;
    private final FFmpegFrameGrabber grabber;
    private final Rational timeBase;
    private final long startMicros;

    /** The sample the next chunk starts at. */
    private long position;
    /** After opening or a seek: the next chunk must start at {@link #position} exactly. */
    private boolean trimToPosition = true;

    private AudioDecoder(Path file, FFmpegFrameGrabber grabber) {
        this.file = file;
        this.grabber = grabber;
        this.timeBase = Grabbers.timeBase(grabber, grabber.getAudioStream());
        this.startMicros = Grabbers.startMicros(grabber);
    }

    /** Opens {@code file}'s first audio stream, or empty when it has none. */
    static Optional<AudioDecoder> open(Path file) throws MediaException {
        FFmpegFrameGrabber grabber = Grabbers.open(file, g -> {
            g.setVideoStream(Grabbers.NO_STREAM);
            g.setSampleFormat(avutil.AV_SAMPLE_FMT_FLT);
            g.setSampleRate(AudioChunk.SAMPLE_RATE);
        });
        if (!grabber.hasAudio() || grabber.getAudioChannels() < 1) {
            Grabbers.close(grabber);
            return Optional.empty();
        }
        int channels = grabber.getAudioChannels();
        if (channels > 2) {
            grabber.setAudioChannels(2); // libswresample's standard downmix
        }
        return Optional.of(new AudioDecoder(file, grabber));
    }

    /** Makes {@link #next} start at sample ⌊time × 48000⌋. */
    void seek(Rational time) throws MediaException {
        if (time.signum() < 0) {
            throw new IllegalArgumentException("a source time cannot be negative, got " + time);
        }
        try {
            grabber.setTimestamp(Grabbers.micros(time.subtract(LEAD).max(Rational.ZERO)), false);
        } catch (FrameGrabber.Exception | RuntimeException e) {
            throw Grabbers.failure(file, e);
        }
        position = time.multiply(Rational.of(AudioChunk.SAMPLE_RATE)).floor();
        trimToPosition = true;
    }

    /** The next chunk, or empty at the end of the sound. */
    Optional<AudioChunk> next() throws MediaException {
        while (true) {
            Frame frame;
            try {
                frame = grabber.grabFrame(true, false, true, false);
            } catch (FrameGrabber.Exception | RuntimeException e) {
                throw Grabbers.failure(file, e);
            }
            if (frame == null) {
                return Optional.empty();
            }
            if (frame.samples == null) {
                continue;
            }
            float[] stereo = stereo((FloatBuffer) frame.samples[0], frame.audioChannels);
            long start = Grabbers.exactTime(frame.timestamp, startMicros, timeBase)
                    .multiply(Rational.of(AudioChunk.SAMPLE_RATE)).round();
            Optional<AudioChunk> chunk = place(start, stereo);
            if (chunk.isPresent()) {
                return chunk;
            }
        }
    }

    @Override
    public void close() {
        Grabbers.close(grabber);
    }

    /**
     * Puts decoded samples that the source stamps at {@code start} on the output's sample line:
     * trimmed or padded to the seek position right after a seek, then contiguous.
     */
    private Optional<AudioChunk> place(long start, float[] stereo) {
        int frames = stereo.length / 2;
        long gap = start - position;
        if (trimToPosition || gap > GAP_SAMPLES) {
            if (start + frames <= position) {
                return Optional.empty(); // wholly before the seek position
            }
            if (gap < 0) {
                float[] kept = new float[(int) (start + frames - position) * 2];
                System.arraycopy(stereo, (int) -gap * 2, kept, 0, kept.length);
                stereo = kept;
            } else if (gap > 0) {
                float[] padded = new float[(int) (gap + frames) * 2];
                System.arraycopy(stereo, 0, padded, (int) gap * 2, stereo.length);
                stereo = padded;
            }
            trimToPosition = false;
        }
        AudioChunk chunk = new AudioChunk(position, stereo);
        position = chunk.endSample();
        return Optional.of(chunk);
    }

    /** Interleaved float samples of {@code channels} channels as interleaved stereo. */
    private float[] stereo(FloatBuffer samples, int channels) {
        FloatBuffer in = samples.duplicate();
        in.position(0);
        int count = in.limit();
        if (channels == 2) {
            float[] out = new float[count];
            in.get(out);
            return out;
        }
        float[] out = new float[count * 2];
        for (int i = 0; i < count; i++) {
            float s = in.get(i);
            out[2 * i] = s;
            out[2 * i + 1] = s;
        }
        return out;
    }
}
