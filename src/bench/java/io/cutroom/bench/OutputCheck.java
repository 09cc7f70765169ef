package io.cutroom.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cutroom.ffmpeg.FFmpeg;
import io.cutroom.ffmpeg.FFmpegException;
import io.cutroom.ffmpeg.FFmpegProcess;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a rendered file with ffprobe and FFmpeg: H.264 picture at the output size with exactly
 * the expected number of frames, none flagged full range, AAC sound as long as the picture,
 * a subtitle track with every cue, and the integrated loudness near the target.
 */
final class OutputCheck {

    /** What was found, and what is wrong ({@code problems} empty when the file is good). */
    record Report(long frames, double videoSeconds, double audioSeconds, long subtitles, double loudness,
            List<String> problems) {
        boolean ok() {
            return problems.isEmpty();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern INTEGRATED = Pattern.compile("I:\\s+(-?[0-9.]+) LUFS");

    private final FFmpeg ffmpeg;

    OutputCheck(FFmpeg ffmpeg) {
        this.ffmpeg = ffmpeg;
    }

    Report check(Path file, long expectedFrames, long expectedSubtitles, double targetLufs)
            throws IOException, InterruptedException {
        List<String> problems = new ArrayList<>();
        JsonNode streams;
        try {
            streams = JSON.readTree(ffmpeg.runProbe(List.of("-v", "error", "-count_packets", "-show_entries",
                    "stream=codec_type,codec_name,width,height,nb_read_packets,duration", "-of", "json",
                    file.toString()))).path("streams");
        } catch (FFmpegException e) {
            return new Report(0, 0, 0, 0, Double.NaN, List.of("ffprobe cannot read " + file + ": " + e.getMessage()));
        }
        JsonNode video = stream(streams, "video");
        JsonNode audio = stream(streams, "audio");
        JsonNode subtitle = stream(streams, "subtitle");
        long frames = video == null ? 0 : video.path("nb_read_packets").asLong();
        double videoSeconds = video == null ? 0 : video.path("duration").asDouble();
        double audioSeconds = audio == null ? 0 : audio.path("duration").asDouble();
        long cues = subtitle == null ? 0 : subtitle.path("nb_read_packets").asLong();
        if (video == null) {
            problems.add("no video stream");
        } else {
            String shape = video.path("codec_name").asText() + " " + video.path("width").asInt() + "x"
                    + video.path("height").asInt();
            String wanted = "h264 " + SyntheticEpisode.WIDTH + "x" + SyntheticEpisode.HEIGHT;
            if (!shape.equals(wanted)) {
                problems.add("video is " + shape + ", expected " + wanted);
            }
            if (frames != expectedFrames) {
                problems.add("video has " + frames + " frames, expected " + expectedFrames);
            }
        }
        if (audio == null) {
            problems.add("no audio stream");
        } else if (Math.abs(audioSeconds - videoSeconds) > 0.1) {
            // AAC is coded in blocks of 1024 samples plus encoder delay: a few hundredths of a second over
            problems.add(String.format(Locale.ROOT, "audio lasts %.3f s, video %.3f s", audioSeconds, videoSeconds));
        }
        // mov_text writes an empty sample in every gap between cues: count at least one per cue
        if (cues < expectedSubtitles) {
            problems.add("subtitle track has " + cues + " samples, expected at least " + expectedSubtitles + " cues");
        }
        if (video != null) {
            List<String> ranges = keyframeColourRanges(file);
            long full = ranges.stream().filter("pc"::equals).count();
            if (full > 0) {
                problems.add(full + " of " + ranges.size() + " keyframes flagged full range (pc) in a limited-range"
                        + " output");
            }
        }
        double loudness = audio == null ? Double.NaN : integratedLoudness(file);
        if (audio != null && !(Math.abs(loudness - targetLufs) <= 1.0)) {
            problems.add(String.format(Locale.ROOT, "integrated loudness %.1f LUFS, target %.1f", loudness, targetLufs));
        }
        return new Report(frames, videoSeconds, audioSeconds, cues, loudness, List.copyOf(problems));
    }

    private static JsonNode stream(JsonNode streams, String type) {
        for (JsonNode s : streams) {
            if (s.path("codec_type").asText().equals(type)) {
                return s;
            }
        }
        return null;
    }

    /** The colour range of every keyframe: {@code tv} (limited), {@code pc} (full) or {@code unknown}. */
    private List<String> keyframeColourRanges(Path file) throws IOException, InterruptedException {
        try {
            JsonNode frames = JSON.readTree(ffmpeg.runProbe(List.of("-v", "error", "-select_streams", "v:0",
                    "-skip_frame", "nokey", "-show_entries", "frame=color_range", "-of", "json", file.toString())))
                    .path("frames");
            List<String> ranges = new ArrayList<>();
            frames.forEach(f -> ranges.add(f.path("color_range").asText("unknown")));
            return ranges;
        } catch (FFmpegException e) {
            throw new IOException("ffprobe cannot read the frames of " + file + ": " + e.getMessage(), e);
        }
    }

    private double integratedLoudness(Path file) throws IOException, InterruptedException {
        try {
            FFmpegProcess p = FFmpegProcess.start(ffmpeg, List.of("-i", file.toString(), "-map", "0:a:0",
                    "-af", "ebur128=framelog=quiet", "-f", "null", "-"), null);
            p.waitForSuccess();
            Matcher m = INTEGRATED.matcher(p.stderrTail());
            double last = Double.NaN;
            while (m.find()) {
                last = Double.parseDouble(m.group(1));
            }
            return last;
        } catch (FFmpegException e) {
            throw new IOException("cannot measure the loudness of " + file + ": " + e.getMessage(), e);
        }
    }
}
