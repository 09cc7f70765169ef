package io.cutroom.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import java.util.Optional;

/**
 * Two-pass EBU R128 normalisation with FFmpeg's {@code loudnorm}: pass one measures the whole
 * mix, pass two applies a linear gain computed from the measurement, so the result lands on the
 * target. The second pass asks for the preset's loudness range or the mix's own, whichever is
 * wider: the dynamics of the edit are kept rather than compressed. Only where the gain would push
 * the true peak over its limit does {@code loudnorm} fall back to dynamic processing.
 *
 * <p>After {@code loudnorm} the samples are stamped afresh by count: in dynamic mode it stamps the
 * block after a short last block as if that block were whole, which would leave a gap in the
 * timestamps and make the encoded sound end late.
 *
 * @param outputSampleRate loudnorm works at 192 kHz; the result is resampled to this rate
 */
public record Loudnorm(Preset.Loudness target, int outputSampleRate) {

    /** What pass one measured. {@code silent} when there is nothing to measure (integrated −inf). */
    public record Measurement(String inputI, String inputTp, String inputLra, String inputThresh,
            String targetOffset, boolean silent) {
    }

    /** The first-pass filter, which prints its measurement as JSON at the end of stderr. */
    public String firstPass() {
        return String.format(Locale.ROOT, "loudnorm=I=%s:TP=%s:LRA=%s:print_format=json",
                num(target.integrated()), num(target.truePeak()), num(target.range()));
    }

    /** The second-pass filter chain, from what the first pass measured. */
    public String secondPass(Measurement m) {
        if (m.silent()) {
            return "aresample=" + outputSampleRate + ",asettb=1/" + outputSampleRate + ",asetpts=N";
        }
        return String.format(Locale.ROOT,
                "loudnorm=I=%s:TP=%s:LRA=%s:measured_I=%s:measured_TP=%s:measured_LRA=%s:measured_thresh=%s"
                        + ":offset=%s:linear=true:print_format=summary,aresample=%d,asettb=1/%d,asetpts=N",
                num(target.integrated()), num(target.truePeak()), num(range(m)),
                m.inputI(), m.inputTp(), m.inputLra(), m.inputThresh(), m.targetOffset(), outputSampleRate,
                outputSampleRate);
    }

    /** The preset's range, or the mix's own when it is wider (loudnorm takes 1 to 50 LU). */
    private double range(Measurement m) {
        try {
            double measured = Math.ceil(Double.parseDouble(m.inputLra()) * 10) / 10;
            return Math.min(50, Math.max(target.range(), measured));
        } catch (NumberFormatException e) {
            return target.range();
        }
    }

    /** The JSON block loudnorm prints at the end of a first pass's stderr, or "" if there is none. */
    static String json(String stderr) {
        int end = stderr.lastIndexOf('}');
        int start = end < 0 ? -1 : stderr.lastIndexOf('{', end);
        return start < 0 ? "" : stderr.substring(start, end + 1) + "\n";
    }

    /** Reads the JSON block loudnorm prints at the end of a first pass's stderr. */
    public static Optional<Measurement> parse(String stderr) {
        String json = json(stderr);
        if (json.isEmpty()) {
            return Optional.empty();
        }
        try {
            JsonNode n = new ObjectMapper().readTree(json);
            String i = n.path("input_i").asText("");
            if (i.isEmpty()) {
                return Optional.empty();
            }
            boolean silent = i.contains("inf") || Double.parseDouble(i) < -70;
            return Optional.of(new Measurement(i, n.path("input_tp").asText(), n.path("input_lra").asText(),
                    n.path("input_thresh").asText(), n.path("target_offset").asText(), silent));
        } catch (java.io.IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
