package io.cutroom.media;

import java.nio.file.Path;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cutroom.model.Rational;

/** {@link MediaInfo} as JSON for the probe cache; rationals as exact {@code "num/den"} strings. */
final class MediaInfoJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private MediaInfoJson() {
    }

    static ObjectNode write(MediaInfo info) {
        ObjectNode node = NODES.objectNode();
        node.put("size", info.sizeBytes());
        node.put("modified", info.modifiedMillis());
        node.put("container", info.container());
        node.put("duration", exact(info.duration()));
        info.video().ifPresent(v -> {
            ObjectNode video = node.putObject("video");
            video.put("codec", v.codec());
            video.put("width", v.width());
            video.put("height", v.height());
            video.put("sampleAspect", exact(v.sampleAspect()));
            video.put("rotation", v.rotation());
            video.put("pixelFormat", v.pixelFormat());
            video.put("bitDepth", v.bitDepth());
            video.put("frameRate", exact(v.frameRate()));
            video.put("averageFrameRate", exact(v.averageFrameRate()));
            video.put("variableFrameRate", v.variableFrameRate());
            video.put("duration", exact(v.duration()));
        });
        info.audio().ifPresent(a -> {
            ObjectNode audio = node.putObject("audio");
            audio.put("codec", a.codec());
            audio.put("sampleRate", a.sampleRate());
            audio.put("channels", a.channels());
            audio.put("duration", exact(a.duration()));
        });
        return node;
    }

    /** @throws RuntimeException when a field is missing or malformed */
    static MediaInfo read(Path path, JsonNode node) {
        JsonNode v = node.path("video");
        JsonNode a = node.path("audio");
        Optional<VideoInfo> video = v.isObject()
                ? Optional.of(new VideoInfo(text(v, "codec"), v.required("width").asInt(), v.required("height").asInt(),
                        rational(v, "sampleAspect"), v.required("rotation").asInt(), text(v, "pixelFormat"),
                        v.required("bitDepth").asInt(), rational(v, "frameRate"), rational(v, "averageFrameRate"),
                        v.required("variableFrameRate").asBoolean(), rational(v, "duration")))
                : Optional.empty();
        Optional<AudioInfo> audio = a.isObject()
                ? Optional.of(new AudioInfo(text(a, "codec"), a.required("sampleRate").asInt(),
                        a.required("channels").asInt(), rational(a, "duration")))
                : Optional.empty();
        return new MediaInfo(path, node.required("size").asLong(), node.required("modified").asLong(),
                text(node, "container"), rational(node, "duration"), video, audio);
    }

    private static String exact(Rational r) {
        return r.num() + "/" + r.den();
    }

    private static String text(JsonNode node, String field) {
        return node.required(field).asText();
    }

    private static Rational rational(JsonNode node, String field) {
        return Rational.parse(text(node, field));
    }
}
