package io.cutroom.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import java.util.Optional;

/**
 * Two-pass EBU R128 normalisation with FFmpeg's {@code loudnorm}: pass one measures the whole
 * mix, pass two applies a linear gain computed from the measurement (dynamic processing only if
 * the true-peak limit demands it), so the result lands on the target.
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
            return "aresample=" + outputSampleRate;
        }
        return String.format(Locale.ROOT,
                "loudnorm=I=%s:TP=%s:LRA=%s:measured_I=%s:measured_TP=%s:measured_LRA=%s:measured_thresh=%s"
                        + ":offset=%s:linear=true:print_format=summary,aresample=%d",
                num(target.integrated()), num(target.truePeak()), num(target.range()),
                m.inputI(), m.inputTp(), m.inputLra(), m.inputThresh(), m.targetOffset(), outputSampleRate);
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
