package io.cutroom.media;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.file.Path;
import java.util.Optional;

import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swscale;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

import io.cutroom.model.Rational;

/**
 * The pictures of one source, frame-exact: {@link #seek} makes {@link #next} start with the frame
 * shown at a time, which is the last frame whose presentation time is not after it (so it works
 * for variable frame rates and B-frames alike); {@link #next} then returns the frames in order.
 *
 * <p>Decoding goes through JavaCV's grabber, which converts to BGRA at the size asked for with
 * libswscale (so the pixel aspect is honoured by scaling to the display shape); the display
 * rotation is applied here, on the converted pixels.
 *
 * <p>A seek asks the grabber for a point {@link #lead} before the time: FFmpeg goes to the keyframe
 * before that point and decodes forward to it without converting; from there this class decodes
 * and converts only frames that may be the one shown (within {@link #lead} of the time, judged
 * from the intervals seen so far), keeping the candidate's pixels and the frame after it. When a
 * frame interval is larger than foreseen it seeks further back, or decodes again converting every
 * frame, so the answer is exact either way. Not thread-safe.
 */
final class VideoDecoder implements AutoCloseable {

    private static final Rational MIN_LEAD = Rational.of(1, 4);

    private final Path file;
    private final FFmpegFrameGrabber grabber;
    private final int rotation;
    private final Rational timeBase;
    private final long startMicros;

    private int width;
    private int height;
    /** The longest interval between two frames seen so far. */
    private Rational maxInterval = Rational.ZERO;
    /** Frames ready to return, in order: at most the one shown at the seek time. */
    private VideoFrame ready;
    /** The time of the frame whose converted pixels wait in the grabber's buffer, or null. */
    private Rational inGrabber;
    /** The grabber's frame holding them (JavaCV reuses one until the next grab). */
    private Frame grabberFrame;
    private long decodedFrames;
    private long convertedFrames;

    private VideoDecoder(Path file, FFmpegFrameGrabber grabber, int rotation) {
        this.file = file;
        this.grabber = grabber;
        this.rotation = rotation;
        this.timeBase = Grabbers.timeBase(grabber, grabber.getVideoStream());
        this.startMicros = Grabbers.startMicros(grabber);
    }

    /**
     * Opens {@code file}'s first video stream for pictures of {@code width × height} as displayed.
     *
     * @param info the file's probe, for the rotation to apply
     * @throws MediaException naming the file when it cannot be opened or has no picture
     */
    static VideoDecoder open(Path file, VideoInfo info, int width, int height) throws MediaException {
        checkSize(width, height);
        FFmpegFrameGrabber grabber = Grabbers.open(file, g -> {
            g.setAudioStream(Grabbers.NO_STREAM);
            g.setPixelFormat(avutil.AV_PIX_FMT_BGRA);
            g.setImageScalingFlags(swscale.SWS_AREA);
        });
        if (!grabber.hasVideo()) {
            Grabbers.close(grabber);
            throw new MediaException(file, "has no picture to show");
        }
        VideoDecoder decoder = new VideoDecoder(file, grabber, info.rotation());
        decoder.resize(width, height);
        return decoder;
    }

    /** Pictures decoded from now on are {@code width × height} as displayed. */
    void resize(int width, int height) {
        checkSize(width, height);
        this.width = width;
        this.height = height;
        boolean sideways = rotation == 90 || rotation == 270;
        grabber.setImageWidth(sideways ? height : width);
        grabber.setImageHeight(sideways ? width : height);
    }

    /**
     * Makes {@link #next} return the frame shown at {@code time} (the first frame when {@code time}
     * is before it, the last when it is after the end), then the frames after it.
     */
    void seek(Rational time) throws MediaException {
        if (time.signum() < 0) {
            throw new IllegalArgumentException("a source time cannot be negative, got " + time);
        }
        ready = null;
        inGrabber = null;
        Rational from = time.subtract(lead()).max(Rational.ZERO);
        while (true) {
            Outcome outcome = decodeTo(time, from, false);
            if (outcome == Outcome.MISSED) {
                from = from.subtract(lead().add(time.subtract(from))).max(Rational.ZERO); // twice as far back
            } else if (outcome == Outcome.NOT_CONVERTED) {
                decodeTo(time, from, true);
                return;
            } else {
                return;
            }
        }
    }

    /** The next frame in order, or empty after the last one. */
    Optional<VideoFrame> next() throws MediaException {
        if (ready != null) {
            VideoFrame frame = ready;
            ready = null;
            return Optional.of(frame);
        }
        if (inGrabber != null) {
            Rational time = inGrabber;
            inGrabber = null;
            return Optional.of(new VideoFrame(time, picture(grabberFrame)));
        }
        Frame frame = grab(true);
        return frame == null ? Optional.empty() : Optional.of(new VideoFrame(time(frame), picture(frame)));
    }

    long decodedFrames() {
        return decodedFrames;
    }

    long convertedFrames() {
        return convertedFrames;
    }

    @Override
    public void close() {
        Grabbers.close(grabber);
    }

    private enum Outcome { DONE, MISSED, NOT_CONVERTED }

    /**
     * Seeks the grabber to {@code from} and decodes forward until the frame after the one shown at
     * {@code time}; converts only frames that may be that one, or all of them with {@code convertAll}.
     */
    private Outcome decodeTo(Rational time, Rational from, boolean convertAll) throws MediaException {
        try {
            grabber.setTimestamp(Grabbers.micros(from), false);
        } catch (FrameGrabber.Exception | RuntimeException e) {
            throw Grabbers.failure(file, e);
        }
        Rational window = time.subtract(lead());
        VideoFrame shown = null;        // the last frame not after time, if converted
        Rational shownTime = null;      // its time, converted or not
        Rational previous = null;
        boolean first = true;
        while (true) {
            boolean convert = convertAll || first || previous == null
                    || previous.add(maxInterval).compareTo(window) >= 0;
            Frame frame = grab(convert);
            if (frame == null) {
                break; // the end: the last frame is the one shown
            }
            Rational frameTime = time(frame);
            if (previous != null && frameTime.compareTo(previous) > 0) {
                maxInterval = maxInterval.max(frameTime.subtract(previous));
            }
            previous = frameTime;
            if (frameTime.compareTo(time) > 0) {
                if (shownTime == null) {
                    if (from.signum() > 0) {
                        return Outcome.MISSED; // the frame shown lies before where decoding began
                    }
                    // time is before the first frame: show the first frame
                    ready = new VideoFrame(frameTime, picture(frame));
                    return Outcome.DONE;
                }
                if (shown == null || !convert) {
                    return Outcome.NOT_CONVERTED;
                }
                ready = shown;
                inGrabber = frameTime;
                grabberFrame = frame;
                return Outcome.DONE;
            }
            shownTime = frameTime;
            shown = convert ? new VideoFrame(frameTime, picture(frame)) : null;
            first = false;
        }
        if (shownTime == null) {
            if (from.signum() > 0) {
                return Outcome.MISSED; // nothing decodes after from: the last frame lies before it
            }
            return Outcome.DONE; // no frame at all
        }
        if (shown == null) {
            return Outcome.NOT_CONVERTED;
        }
        ready = shown;
        return Outcome.DONE;
    }

    /** How far before a time decoding starts, and the window of frames converted: ≥ 3 frame intervals. */
    private Rational lead() {
        return MIN_LEAD.max(maxInterval.multiply(Rational.of(3)));
    }

    private Frame grab(boolean convert) throws MediaException {
        try {
            Frame frame = grabber.grabFrame(false, true, convert, false);
            if (frame != null) {
                decodedFrames++;
                if (convert) {
                    convertedFrames++;
                }
            }
            return frame;
        } catch (FrameGrabber.Exception | RuntimeException e) {
            throw Grabbers.failure(file, e);
        }
    }

    private Rational time(Frame frame) {
        return Grabbers.exactTime(frame.timestamp, startMicros, timeBase);
    }

    /** Copies the grabber's BGRA pixels (little-endian ARGB ints) out and turns them for display. */
    private Picture picture(Frame frame) {
        int w = frame.imageWidth;
        int h = frame.imageHeight;
        int[] argb = new int[w * h];
        ByteBuffer bytes = ((ByteBuffer) frame.image[0]).duplicate().order(ByteOrder.LITTLE_ENDIAN);
        int strideInts = frame.imageStride / 4;
        bytes.position(0);
        IntBuffer ints = bytes.asIntBuffer();
        if (strideInts == w) {
            ints.get(argb, 0, w * h);
        } else {
            for (int y = 0; y < h; y++) {
                ints.position(y * strideInts);
                ints.get(argb, y * w, w);
            }
        }
        return new Picture(w, h, argb).rotated(rotation);
    }

    private static void checkSize(int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a picture must be at least 1x1, got " + width + "x" + height);
        }
    }
}
