package io.cutroom.render;

import io.cutroom.ffmpeg.Escaping;
import io.cutroom.ffmpeg.Filter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loudness normalisation to a preset's EBU R128 target, in two passes over the finished mix. Pass
 * one measures it with {@code ebur128} (integrated loudness, loudness range, true peak, with 4×
 * oversampling). Pass two applies one linear gain that puts the integrated loudness on the target,
 * so the mix keeps its dynamics; only when that gain would push the true peak over the preset's
 * ceiling does a look-ahead limiter, run at 192 kHz so that it catches peaks between samples, hold
 * the peaks down. Limiting takes some loudness away with the peaks, so a limited mix is measured
 * again as it is encoded, and encoded once more with the gain corrected when it missed the target
 * by more than {@link #TOLERANCE} LU.
 *
 * <p>This is how a mixing engineer normalises a programme (gain, then a true-peak limiter), and it
 * costs a fraction of FFmpeg's {@code loudnorm}, whose measurement pass runs a 192 kHz true-peak
 * meter over the whole episode and whose fallback compresses the whole mix when one peak is too
 * high. The limiter compensates its look-ahead delay ({@code latency=1}), and the samples are
 * stamped afresh by count, so the result has exactly the mix's length.
 *
 * @param outputSampleRate the rate the normalised sound is resampled to (the preset's)
 */
public record Normalisation(Preset.Loudness target, int outputSampleRate) {

    /** How far (LU) a limited mix may land from the target before it is encoded again with more gain. */
    public static final double TOLERANCE = 0.5;

    /** Encodings of a limited mix at most, the first included. */
    public static final int MAX_PASSES = 3;

    /** The rate the limiter runs at: 4× oversampling of 48 kHz, as a true-peak meter does. */
    private static final int LIMITER_RATE = 192_000;

    /**
     * What pass one measured, in LUFS, LU and dBTP as {@code ebur128} prints them (to 0.1).
     * {@code silent} when there is nothing to measure: no 400 ms block above the absolute gate (−70 LUFS).
     */
    public record Measurement(double integrated, double range, double truePeak, boolean silent) {

        /** One line for a person: {@code -20.2 LUFS, range 4.0 LU, true peak -6.3 dBTP}. */
        public String describe() {
            return silent ? "too quiet or too short to measure" : String.format(Locale.ROOT, "%.1f LUFS, range %.1f LU, true peak %.1f dBTP",
                    integrated, range, truePeak);
        }
    }

    /** The measuring filter; its summary is at the end of stderr, read by {@link #parse}. */
    public String measureFilter() {
        return meter().toString();
    }

    /** The measuring filter, to put into a graph. */
    public Filter meter() {
        return Filter.of("ebur128").set("peak", "true").set("framelog", "quiet");
    }

    /**
     * After encoding pass {@code pass} of a limited mix, which came out at {@code result} LUFS with
     * {@code correction} dB of extra gain: the correction for another pass, or empty when the result
     * is within {@link #TOLERANCE} of the target or the passes are used up.
     */
    public java.util.OptionalDouble nextCorrection(int pass, double correction, double result) {
        double miss = target.integrated() - result;
        return Math.abs(miss) <= TOLERANCE || pass >= MAX_PASSES ? java.util.OptionalDouble.empty()
                : java.util.OptionalDouble.of(correction + miss);
    }

    /** The gain that puts the measured loudness on the target, in dB (0 for silence). */
    public double gain(Measurement m) {
        return m.silent() ? 0 : target.integrated() - m.integrated();
    }

    /** Whether the gain alone would take the true peak over the ceiling, so that a limiter is needed. */
    public boolean limits(Measurement m) {
        return !m.silent() && m.truePeak() + gain(m) > target.truePeak();
    }

    /** Pass two: the filter chain for what pass one measured. */
    public String normaliseFilter(Measurement m) {
        return normaliseFilter(m, 0);
    }

    /**
     * Pass two with {@code correction} dB more gain: what a limited mix that came out too quiet by
     * that much is encoded with again. The limiter still holds the peaks.
     */
    public String normaliseFilter(Measurement m, double correction) {
        StringBuilder chain = new StringBuilder();
        if (!m.silent()) {
            chain.append(String.format(Locale.ROOT, "volume=%.2fdB,", gain(m) + correction));
        }
        if (limits(m)) {
            chain.append(String.format(Locale.ROOT,
                    "aresample=%d,alimiter=limit=%.6f:attack=5:release=50:level=0:latency=1,", LIMITER_RATE,
                    Math.pow(10, target.truePeak() / 20)));
        }
        return chain.append(String.format(Locale.ROOT, "aresample=%d,asettb=1/%d,asetpts=N", outputSampleRate,
                outputSampleRate)).toString();
    }

    /**
     * Meters a part of the normalised sound as it passes: {@code ebur128} passes the samples on in
     * 100 ms frames and {@code ametadata} writes each frame's momentary loudness (the 400 ms block
     * ending with it) to {@code file}, for {@link #integrated(List)}.
     */
    public static String meterFilter(Path file) {
        return "ebur128=metadata=1:framelog=quiet,ametadata=mode=print:key=lavfi.r128.M:file="
                + Escaping.filterValue(file.toString());
    }

    /** A 400 ms block of the sound: the sample it ends before, and its loudness (LUFS). */
    public record Block(long end, double loudness) {
    }

    /**
     * Reads what {@link #meterFilter} wrote: the blocks of a part, with their ends counted in
     * samples from {@code start} (the sample the part's metered stream starts at), at {@code rate}.
     * Frames before the first whole block are left out.
     */
    public static List<Block> blocks(String printed, long start, int rate) {
        List<Block> blocks = new ArrayList<>();
        long pts = -1;
        for (String line : printed.split("\n")) {
            if (line.startsWith("frame:")) {
                Matcher m = PTS.matcher(line);
                pts = m.find() ? Long.parseLong(m.group(1)) : -1;
            } else if (line.startsWith("lavfi.r128.M=") && pts >= 0) {
                double loudness = decibels(line.substring("lavfi.r128.M=".length()).trim());
                if (loudness > -120) {
                    blocks.add(new Block(start + pts + rate / 10, loudness));
                }
            }
        }
        return blocks;
    }

    private static final Pattern PTS = Pattern.compile("pts:(-?\\d+)");

    /**
     * The integrated loudness of gating blocks as EBU R128 (ITU-R BS.1770) defines it: the
     * energy mean of the blocks above −70 LUFS and above the relative gate 10 LU under their own
     * mean; empty when no block passes.
     */
    public static java.util.OptionalDouble integrated(List<Block> blocks) {
        double[] absolute = blocks.stream().mapToDouble(Block::loudness).filter(l -> l > -70).map(Normalisation::energy)
                .toArray();
        if (absolute.length == 0) {
            return java.util.OptionalDouble.empty();
        }
        double relative = loudness(java.util.Arrays.stream(absolute).average().orElseThrow()) - 10;
        return java.util.Arrays.stream(absolute).filter(e -> loudness(e) > relative).average()
                .stream().map(Normalisation::loudness).findFirst();
    }

    private static double energy(double loudness) {
        return Math.pow(10, (loudness + 0.691) / 10);
    }

    private static double loudness(double energy) {
        return -0.691 + 10 * Math.log10(energy);
    }

    /**
     * The normalising chain of a limited mix as a graph whose output {@code [out]} is the sound to
     * encode, measured on the way ({@code ebur128} prints its summary at the end of stderr).
     */
    public String measuredGraph(Measurement m, double correction) {
        return "[0:a]" + normaliseFilter(m, correction) + ",asplit[out][m];[m]" + measureFilter() + ",anullsink";
    }

    /** What a render says about the sound: the measurement, the gain, and whether peaks were limited. */
    public String describe(Measurement m) {
        return describe(m, 0, java.util.OptionalDouble.empty());
    }

    /**
     * What a render says about the sound, with the correction a limited mix needed and what it
     * measured as encoded (empty when it was not limited).
     */
    public String describe(Measurement m, double correction, java.util.OptionalDouble limited) {
        if (m.silent()) {
            return "the mix is too quiet or too short to measure; not normalised";
        }
        String text = String.format(Locale.ROOT, "mix %s; gain %+.1f dB to %s LUFS", m.describe(),
                gain(m) + correction, number(target.integrated()));
        if (limits(m)) {
            text += ", peaks limited to " + number(target.truePeak()) + " dBTP";
            if (limited.isPresent()) {
                text += String.format(Locale.ROOT, " (result %.1f LUFS)", limited.getAsDouble());
            }
        }
        if (m.range() > target.range()) {
            text += String.format(Locale.ROOT, "; its loudness range is wider than the preset's %s LU (kept)",
                    number(target.range()));
        }
        return text;
    }

    private static final Pattern SUMMARY = Pattern.compile(
            "Summary:\\s*Integrated loudness:\\s*I:\\s*(\\S+) LUFS.*?Loudness range:\\s*LRA:\\s*(\\S+) LU"
                    + ".*?True peak:\\s*Peak:\\s*(\\S+) dBFS", Pattern.DOTALL);

    /** The summary block {@code ebur128} prints at the end of stderr, or "" if there is none. */
    static String summary(String stderr) {
        int at = stderr.lastIndexOf("Summary:");
        int peak = at < 0 ? -1 : stderr.indexOf("dBFS", stderr.indexOf("True peak:", at));
        return peak < 0 ? "" : stderr.substring(at, peak + 4) + "\n";
    }

    /** Reads the summary {@code ebur128} prints at the end of a measuring run's stderr. */
    public static Optional<Measurement> parse(String stderr) {
        Matcher m = SUMMARY.matcher(summary(stderr));
        if (!m.find()) {
            return Optional.empty();
        }
        double integrated = decibels(m.group(1));
        double range = decibels(m.group(2));
        double peak = decibels(m.group(3));
        if (Double.isNaN(integrated) || Double.isNaN(range) || Double.isNaN(peak)) {
            return Optional.empty();
        }
        boolean silent = integrated <= -70 || peak == Double.NEGATIVE_INFINITY;
        return Optional.of(new Measurement(integrated, Double.isInfinite(range) ? 0 : range, peak, silent));
    }

    private static double decibels(String text) {
        if (text.equals("-inf")) {
            return Double.NEGATIVE_INFINITY;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
