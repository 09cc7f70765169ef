package io.cutroom.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;

/** The benchmark episode as a Cutroom project file, and the one edit the benchmark makes to it. */
final class ProjectFile {

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private ProjectFile() {
    }

    static void write(SyntheticEpisode episode, Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("cutroom", 1);
        root.putObject("format").put("width", SyntheticEpisode.WIDTH).put("height", SyntheticEpisode.HEIGHT)
                .put("frameRate", Integer.toString(SyntheticEpisode.FPS));
        root.put("mediaRoot", "media");
        ObjectNode ep = root.putArray("episodes").addObject();
        ep.put("id", "bench").put("title", "Render benchmark");
        ArrayNode scenes = ep.putArray("scenes");
        for (SyntheticEpisode.Scene s : episode.scenes()) {
            ObjectNode scene = scenes.addObject().put("id", s.id()).put("heading", s.heading());
            ArrayNode shots = scene.putArray("shots");
            for (SyntheticEpisode.Shot shot : s.shots()) {
                ObjectNode o = shots.addObject().put("type", "take").put("id", shot.id());
                o.putArray("takes").addObject().put("id", "t1").put("source", shot.clip().file())
                        .put("in", seconds(shot.inQ())).put("out", seconds(shot.outQ()));
                if (shot.dialogue() != null) {
                    o.putArray("dialogue").addObject().put("source", shot.dialogue().file())
                            .put("offset", seconds(shot.dialogue().offsetQ()))
                            .put("out", seconds(shot.dialogue().lengthQ()));
                }
                if (shot.subtitle() != null) {
                    o.putArray("subtitles").addObject().put("text", shot.subtitle().text())
                            .put("offset", seconds(shot.subtitle().offsetQ()))
                            .put("duration", seconds(shot.subtitle().durationQ()));
                }
            }
        }
        SyntheticEpisode.Music m = episode.music();
        ep.putArray("music").addObject().put("source", m.file()).put("anchor", episode.scenes().get(0).id())
                .put("gain", m.gainDb()).put("fadeIn", seconds(m.fadeInQ())).put("fadeOut", seconds(m.fadeOutQ()));
        JSON.writeValue(file.toFile(), root);
    }

    /** Sets {@code in} of the first take of one shot in the project file, as someone editing it would. */
    static void setTakeIn(Path file, int scene, int shot, int inQ) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        JsonNode take = root.path("episodes").path(0).path("scenes").path(scene).path("shots").path(shot)
                .path("takes").path(0);
        if (!(take instanceof ObjectNode o)) {
            throw new IOException(file + ": no take at scene " + scene + ", shot " + shot);
        }
        o.put("in", seconds(inQ));
        JSON.writeValue(file.toFile(), root);
    }

    /** Quarter seconds as an exact decimal number of seconds: 0.25, 1.5, 3. */
    static BigDecimal seconds(int quarters) {
        return BigDecimal.valueOf(quarters * 25L, 2).stripTrailingZeros();
    }
}
