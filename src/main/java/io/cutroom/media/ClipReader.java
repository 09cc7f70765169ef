package io.cutroom.media;

import java.util.Optional;

import io.cutroom.model.Rational;

/**
 * Reads a source for the viewer: its pictures frame-exact at a chosen size, and its sound as 48 kHz
 * stereo, so that a player can show the right frame at any time and pace the pictures by the sound.
 *
 * <pre>{@code
 * try (ClipReader reader = ClipReader.open(probe.probe(file), 640, 360)) {
 *     reader.seek(Rational.of(1001, 30000));          // the frame shown at that time …
 *     VideoFrame frame = reader.nextFrame().orElseThrow(); // … is the first one returned
 *     AudioChunk sound = reader.nextAudio().orElseThrow(); // starts at sample ⌊t × 48000⌋
 * }
 * }</pre>
 *
 * <p><b>Pictures.</b> {@link #nextFrame} returns {@link VideoFrame}s in presentation order, each
 * with its exact time and a {@link Picture} of the size asked for, as displayed: the probe's
 * rotation is applied and the picture is scaled to that size (so a size with the
 * {@link VideoInfo#displayWidth()}:{@link VideoInfo#displayHeight()} shape shows anamorphic
 * sources with their pixel aspect). After {@link #seek}{@code (t)} the first frame is the one
 * shown at {@code t}: the last frame whose time is not after {@code t}, which is exact for
 * fractional rates (30000/1001), variable frame rates and B-frames. A time before the first frame
 * gives the first frame; a time after the last gives the last.
 *
 * <p><b>Sound.</b> {@link #nextAudio} returns {@link AudioChunk}s: interleaved stereo float
 * samples at 48 kHz (mono is copied to both sides; 5.1 and the like are mixed down by
 * libswresample), numbered from the start of the source. From opening and after each seek they
 * tile exactly: the first starts at sample {@code ⌊t × 48000⌋}, every next one where the last
 * ended. A source without sound returns no chunks ({@link #hasAudio()} is false), a source without
 * pictures no frames.
 *
 * <p><b>Threads.</b> Pictures and sound are decoded by two independent JavaCV grabbers, so one
 * thread may read frames while another reads sound; each side is used by one thread at a time
 * ({@link #nextFrame}/{@link #resize} on one, {@link #nextAudio} on the other), and {@link #seek}
 * moves both. Nothing here touches a UI thread. Closing frees the native decoders.
 */
public final class ClipReader implements AutoCloseable {

    private final MediaInfo info;
    private final Optional<VideoDecoder> video;
    private final Optional<AudioDecoder> audio;
    private final Object videoLock = new Object();
    private final Object audioLock = new Object();

    private ClipReader(MediaInfo info, Optional<VideoDecoder> video, Optional<AudioDecoder> audio) {
        this.info = info;
        this.video = video;
        this.audio = audio;
    }

    /**
     * Opens the file {@code info} describes, positioned at its start, for pictures of
     * {@code width × height} as displayed.
     *
     * @param info   the file's probe ({@link MediaProbe#probe}): which streams it has and the rotation
     * @param width  width of the pictures returned, in pixels, at least 1
     * @param height height of the pictures returned, in pixels, at least 1
     * @throws MediaException naming the file when it is missing or cannot be decoded
     */
    public static ClipReader open(MediaInfo info, int width, int height) throws MediaException {
        Optional<VideoDecoder> video = Optional.empty();
        if (info.video().isPresent()) {
            video = Optional.of(VideoDecoder.open(info.path(), info.video().get(), width, height));
        } else if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a picture must be at least 1x1, got " + width + "x" + height);
        }
        try {
            Optional<AudioDecoder> audio = info.hasAudio() ? AudioDecoder.open(info.path()) : Optional.empty();
            return new ClipReader(info, video, audio);
        } catch (MediaException | RuntimeException e) {
            video.ifPresent(VideoDecoder::close);
            throw e;
        }
    }

    /** What the probe said about the file read. */
    public MediaInfo info() {
        return info;
    }

    public boolean hasVideo() {
        return video.isPresent();
    }

    public boolean hasAudio() {
        return audio.isPresent();
    }

    /** Pictures decoded from now on are {@code width × height}; one already decoded keeps its size. */
    public void resize(int width, int height) {
        synchronized (videoLock) {
            video.ifPresent(v -> v.resize(width, height));
        }
    }

    /**
     * Moves pictures and sound to {@code time}, in seconds of the source: the next frame is the one
     * shown at that time, the next chunk starts at sample {@code ⌊time × 48000⌋}.
     *
     * @throws IllegalArgumentException when {@code time} is negative
     * @throws MediaException           naming the file when decoding fails
     */
    public void seek(Rational time) throws MediaException {
        seekVideo(time);
        seekAudio(time);
    }

    /** {@link #seek} for the pictures only. */
    public void seekVideo(Rational time) throws MediaException {
        synchronized (videoLock) {
            if (video.isPresent()) {
                video.get().seek(time);
            }
        }
    }

    /** {@link #seek} for the sound only. */
    public void seekAudio(Rational time) throws MediaException {
        synchronized (audioLock) {
            if (audio.isPresent()) {
                audio.get().seek(time);
            }
        }
    }

    /** The next picture in presentation order, or empty after the last (or when there are none). */
    public Optional<VideoFrame> nextFrame() throws MediaException {
        synchronized (videoLock) {
            return video.isPresent() ? video.get().next() : Optional.empty();
        }
    }

    /** The next run of sound, or empty at the end (or when there is none). */
    public Optional<AudioChunk> nextAudio() throws MediaException {
        synchronized (audioLock) {
            return audio.isPresent() ? audio.get().next() : Optional.empty();
        }
    }

    /** Frames the picture decoder has decoded so far (for measurements and tests). */
    long decodedFrames() {
        synchronized (videoLock) {
            return video.map(VideoDecoder::decodedFrames).orElse(0L);
        }
    }

    /** Frames the picture decoder has converted to pixels so far (for measurements and tests). */
    long convertedFrames() {
        synchronized (videoLock) {
            return video.map(VideoDecoder::convertedFrames).orElse(0L);
        }
    }

    @Override
    public void close() {
        synchronized (videoLock) {
            video.ifPresent(VideoDecoder::close);
        }
        synchronized (audioLock) {
            audio.ifPresent(AudioDecoder::close);
        }
    }
}
