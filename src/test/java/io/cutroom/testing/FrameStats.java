package io.cutroom.testing;

import io.cutroom.model.FrameRate;
import io.cutroom.model.Rational;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picture statistics of decoded frames of a rendered file, by frame number: FFmpeg's
 * {@code signalstats} over frames {@code first..last}, found by seeking rather than decoding
 * from the start, so frames at the end of an hour-long file cost no more than those at its start.
 */
public final class FrameStats {

    /** Luma minimum, maximum and mean, and the chroma means, of one frame (8-bit values). */
    public record Stats(int yMin, int yMax, double yAvg, double uAvg, double vAvg) {
    }

    private static final Pattern FRAME = Pattern.compile("^frame:\\d+\\s+pts:-?\\d+\\s+pts_time:(-?[0-9.]+)");
    private static final Pattern VALUE = Pattern.compile("^lavfi\\.signalstats\\.([A-Z]+)=(-?[0-9.]+)");

    private FrameStats() {
    }

    /**
     * The statistics of frames {@code first..last} (inclusive) of {@code video}, whose frames are
     * numbered at {@code rate} from a first frame at time 0.
     *
     * @param crop a {@code crop} filter's arguments to measure only part of the picture, or null
     * @param scratch a file this may write
     */
    public static Map<Long, Stats> of(Path video, FrameRate rate, long first, long last, String crop, Path scratch) {
        long from = Math.max(0, first - 2);
        String seek = rate.toSeconds(from).toDecimal(6).toPlainString();
        String length = rate.toSeconds(last + 3 - from).toDecimal(6).toPlainString();
        String filters = (crop == null ? "" : "crop=" + crop + ",") + "signalstats,metadata=mode=print:file="
                + scratch.toAbsolutePath();
        TestMedia.ffmpegStderr("-copyts", "-ss", seek, "-t", length, "-i", video.toString(), "-map", "0:v:0",
                "-vf", filters, "-f", "null", "-");
        Map<Long, Stats> frames = new TreeMap<>();
        try {
            List<String> lines = Files.readAllLines(scratch);
            Long frame = null;
            Map<String, Double> values = new TreeMap<>();
            for (String line : lines) {
                Matcher f = FRAME.matcher(line);
                if (f.find()) {
                    put(frames, frame, values, first, last);
                    frame = Rational.parse(f.group(1)).multiply(rate.asRational()).round();
                    values = new TreeMap<>();
                    continue;
                }
                Matcher v = VALUE.matcher(line);
                if (v.find()) {
                    values.put(v.group(1), Double.parseDouble(v.group(2)));
                }
            }
            put(frames, frame, values, first, last);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (long n = first; n <= last; n++) {
            if (!frames.containsKey(n)) {
                throw new AssertionError("frame " + n + " of " + video + " was not decoded; got " + frames.keySet());
            }
        }
        return frames;
    }

    private static void put(Map<Long, Stats> frames, Long frame, Map<String, Double> v, long first, long last) {
        if (frame == null || frame < first || frame > last) {
            return;
        }
        if (frames.containsKey(frame)) {
            throw new AssertionError("two decoded frames have the time of frame " + frame);
        }
        frames.put(frame, new Stats(v.get("YMIN").intValue(), v.get("YMAX").intValue(), v.get("YAVG"), v.get("UAVG"),
                v.get("VAVG")));
    }
}
