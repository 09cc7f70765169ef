package io.cutroom.media;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;

import io.cutroom.model.Rational;

/**
 * Opening JavaCV's {@link FFmpegFrameGrabber} on a file, with its failures as {@link MediaException}s
 * that name the file, and turning its microsecond timestamps back into exact times.
 */
final class Grabbers {

    /** A stream index no file has: selecting it leaves that kind of stream out. */
    static final int NO_STREAM = Integer.MAX_VALUE;

    private static final long MICROS = 1_000_000L;
    private static final Pattern ERROR_CODE = Pattern.compile("\\(\\) error (-\\d+)");

    static {
        avutil.av_log_set_level(avutil.AV_LOG_FATAL); // errors reach the user in our messages, not on stderr
    }

    private Grabbers() {
    }

    /**
     * A started grabber on {@code file}, set up by {@code setup} before it starts.
     *
     * @throws MediaException naming the file when it is missing, a folder, empty, or not media
     */
    static FFmpegFrameGrabber open(Path file, Consumer<FFmpegFrameGrabber> setup) throws MediaException {
        if (!Files.exists(file)) {
            throw new MediaException(file, "file not found");
        }
        if (Files.isDirectory(file)) {
            throw new MediaException(file, "is a folder, not a media file");
        }
        if (!Files.isReadable(file)) {
            throw new MediaException(file, "cannot be read (permission denied)");
        }
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toAbsolutePath().toFile());
        setup.accept(grabber);
        try {
            grabber.start();
            return grabber;
        } catch (FrameGrabber.Exception | RuntimeException e) {
            close(grabber);
            throw new MediaException(file, "not a media file FFmpeg can decode (" + reason(e) + ")", e);
        }
    }

    /** Stops and frees a grabber; a failure to do so changes nothing for the caller. */
    static void close(FFmpegFrameGrabber grabber) {
        try {
            grabber.close();
        } catch (FrameGrabber.Exception | RuntimeException e) {
            // the natives are freed as far as they can be; nothing to tell the user
        }
    }

    /** A decoding failure in the middle of a file. */
    static MediaException failure(Path file, Exception e) {
        return new MediaException(file, "cannot be decoded (" + reason(e) + ")", e);
    }

    /**
     * FFmpeg's words for the error code in a JavaCV message ({@code "avformat_open_input() error
     * -1094995529: Could not open input …"} → {@code "Invalid data found when processing input"}),
     * else the message.
     */
    static String reason(Exception e) {
        String message = String.valueOf(e.getMessage());
        Matcher code = ERROR_CODE.matcher(message);
        if (code.find()) {
            byte[] text = new byte[256];
            if (avutil.av_strerror(Integer.parseInt(code.group(1)), text, text.length) == 0) {
                int end = 0;
                while (end < text.length && text[end] != 0) {
                    end++;
                }
                return new String(text, 0, end, StandardCharsets.UTF_8);
            }
        }
        return message;
    }

    /** The file's start time in microseconds ({@code start_time}), 0 when it has none. */
    static long startMicros(FFmpegFrameGrabber grabber) {
        long start = grabber.getFormatContext().start_time();
        return start == avutil.AV_NOPTS_VALUE ? 0 : start;
    }

    /** The time base of the stream at {@code index}. */
    static Rational timeBase(FFmpegFrameGrabber grabber, int index) {
        AVFormatContext context = grabber.getFormatContext();
        AVRational base = context.streams(index).time_base();
        return Rational.of(base.num(), base.den());
    }

    /**
     * The exact time of a frame from JavaCV's timestamp, which is {@code ⌊10⁶ · pts · timeBase⌋ −
     * start} in microseconds: when a tick of the time base is longer than 2 µs (1/90000, 1/30000,
     * 1/15360, 1/1000 …) the pts is recovered exactly and the time is {@code pts · timeBase −
     * start}; for finer time bases the microseconds are as exact as it gets.
     */
    static Rational exactTime(long timestampMicros, long startMicros, Rational timeBase) {
        Rational start = Rational.of(startMicros, MICROS);
        if (timeBase.den() / timeBase.num() >= MICROS / 2) {
            return Rational.of(timestampMicros, MICROS);
        }
        // pts = round((timestamp + start) / (10⁶ · timeBase)), exact because the error is under 1 µs
        Rational ticks = Rational.of(Math.addExact(timestampMicros, startMicros), MICROS).divide(timeBase);
        return Rational.of(ticks.round()).multiply(timeBase).subtract(start);
    }

    /** Microseconds for the grabber's seek: the largest whole microsecond not after {@code time}. */
    static long micros(Rational time) {
        return time.multiply(Rational.of(MICROS)).floor();
    }
}
