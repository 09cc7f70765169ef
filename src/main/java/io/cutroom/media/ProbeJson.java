package io.cutroom.media;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.cutroom.model.Rational;

/** Reads the JSON of {@code ffprobe -show_format -show_streams -show_entries packet=stream_index,pts}. */
final class ProbeJson {

    /** Frame intervals that differ by more than one tick and by more than this share are variable. */
    private static final double VFR_SPREAD = 0.05;

    private ProbeJson() {
    }

    static MediaInfo read(Path file, long size, long modified, JsonNode root) throws MediaException {
        JsonNode format = root.path("format");
        Optional<Rational> formatDuration = seconds(format.path("duration"));
        JsonNode videoStream = null;
        JsonNode audioStream = null;
        for (JsonNode stream : root.path("streams")) {
            String type = stream.path("codec_type").asText();
            if (type.equals("video") && videoStream == null && stream.path("disposition").path("attached_pic").asInt() == 0) {
                videoStream = stream;
            } else if (type.equals("audio") && audioStream == null) {
                audioStream = stream;
            }
        }
        if (videoStream == null && audioStream == null) {
            throw new MediaException(file, "has no audio or video stream");
        }
        Optional<Rational> videoDuration = videoStream == null ? Optional.empty() : streamDuration(videoStream);
        Optional<Rational> audioDuration = audioStream == null ? Optional.empty() : streamDuration(audioStream);
        Rational duration = formatDuration
                .or(() -> max(videoDuration, audioDuration))
                .orElseThrow(() -> new MediaException(file, "ffprobe reports no duration (a still image?)"));
        Optional<VideoInfo> video = videoStream == null ? Optional.empty()
                : Optional.of(video(file, videoStream, videoDuration.orElse(duration), root.path("packets")));
        Optional<AudioInfo> audio = audioStream == null ? Optional.empty()
                : Optional.of(new AudioInfo(audioStream.path("codec_name").asText("unknown"),
                        audioStream.path("sample_rate").asInt(), audioStream.path("channels").asInt(),
                        audioDuration.orElse(duration)));
        return new MediaInfo(file, size, modified, format.path("format_name").asText(""), duration, video, audio);
    }

    private static VideoInfo video(Path file, JsonNode stream, Rational duration, JsonNode packets) throws MediaException {
        Optional<Rational> real = rate(stream.path("r_frame_rate"));
        Optional<Rational> average = rate(stream.path("avg_frame_rate"));
        Rational frameRate = real.or(() -> average)
                .orElseThrow(() -> new MediaException(file, "its video stream has no frame rate"));
        String pixelFormat = stream.path("pix_fmt").asText("");
        return new VideoInfo(
                stream.path("codec_name").asText("unknown"),
                stream.path("width").asInt(),
                stream.path("height").asInt(),
                sampleAspect(stream.path("sample_aspect_ratio").asText("")),
                rotation(stream),
                pixelFormat,
                PixelFormats.bitDepth(pixelFormat, stream.path("bits_per_raw_sample").asInt(0)),
                frameRate,
                average.orElse(frameRate),
                variableFrameRate(stream.path("index").asInt(), packets),
                duration);
    }

    /**
     * Whether the intervals between the presentation timestamps of the video packets (sorted, so
     * that B-frame reordering does not count) differ by more than one tick and more than 5%.
     */
    static boolean variableFrameRate(int streamIndex, JsonNode packets) {
        List<Long> pts = new ArrayList<>();
        for (JsonNode packet : packets) {
            if (packet.path("stream_index").asInt(-1) == streamIndex && packet.path("pts").isIntegralNumber()) {
                pts.add(packet.path("pts").asLong());
            }
        }
        Collections.sort(pts);
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 1; i < pts.size(); i++) {
            long delta = pts.get(i) - pts.get(i - 1);
            if (delta > 0) {
                min = Math.min(min, delta);
                max = Math.max(max, delta);
            }
        }
        return max > min + 1 && max > min * (1 + VFR_SPREAD);
    }

    /** Clockwise degrees from the display matrix (ffprobe prints it counter-clockwise), or the old rotate tag. */
    static int rotation(JsonNode stream) {
        for (JsonNode sideData : stream.path("side_data_list")) {
            if (sideData.path("side_data_type").asText().equals("Display Matrix") && sideData.has("rotation")) {
                return quarterTurns(-sideData.path("rotation").asDouble());
            }
        }
        JsonNode tag = stream.path("tags").path("rotate");
        return tag.isMissingNode() ? 0 : quarterTurns(tag.asDouble());
    }

    private static int quarterTurns(double clockwise) {
        return Math.floorMod(Math.round(clockwise / 90) * 90, 360);
    }

    private static Rational sampleAspect(String text) {
        String[] parts = text.split(":");
        try {
            if (parts.length == 2 && Long.parseLong(parts[0]) > 0 && Long.parseLong(parts[1]) > 0) {
                return Rational.of(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
            }
        } catch (NumberFormatException e) {
            // N/A and the like: unknown
        }
        return Rational.of(1);
    }

    /** {@code "30000/1001"}; {@code "0/0"} means unknown. */
    private static Optional<Rational> rate(JsonNode node) {
        String[] parts = node.asText("").split("/");
        try {
            if (parts.length == 2 && Long.parseLong(parts[0]) > 0 && Long.parseLong(parts[1]) > 0) {
                return Optional.of(Rational.of(Long.parseLong(parts[0]), Long.parseLong(parts[1])));
            }
        } catch (NumberFormatException e) {
            // unknown
        }
        return Optional.empty();
    }

    /** The stream's duration, else Matroska's DURATION tag ({@code 00:00:04.504000000}). */
    private static Optional<Rational> streamDuration(JsonNode stream) {
        Optional<Rational> own = seconds(stream.path("duration"));
        if (own.isPresent()) {
            return own;
        }
        JsonNode tag = stream.path("tags").path("DURATION");
        if (tag.isTextual()) {
            try {
                return Optional.of(Rational.parse(tag.asText()));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Decimal seconds as ffprobe prints them ({@code "4.504000"}), exactly. */
    static Optional<Rational> seconds(JsonNode node) {
        if (!node.isTextual() && !node.isNumber()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Rational.of(new BigDecimal(node.asText())));
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static Optional<Rational> max(Optional<Rational> a, Optional<Rational> b) {
        if (a.isPresent() && b.isPresent()) {
            return Optional.of(a.get().max(b.get()));
        }
        return a.or(() -> b);
    }
}
