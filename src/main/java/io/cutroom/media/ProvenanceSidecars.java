package io.cutroom.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cutroom.model.Provenance;

/**
 * Provenance sidecars: a JSON file beside a generated clip, {@code CLIP.mp4.json} or
 * {@code CLIP.json}, that says where the clip came from and, optionally, which shot it is for:
 *
 * <pre>
 * { "prompt": "A lighthouse at dusk, slow push in", "model": "veo-3", "seed": 1837463,
 *   "notes": "the second try", "scene": 3, "shot": 2 }
 * </pre>
 *
 * <ul>
 *   <li>{@code prompt}, {@code model}, {@code notes}: text; {@code seed}: a whole number, or text of
 *       digits (as tools that fear large numbers write it). Each may be missing or null; empty text
 *       counts as missing.
 *   <li>{@code scene}, {@code shot}: a number (the position, 1-based, in the episode and the scene) or
 *       text (the id). A shot by id needs no scene; a shot by number needs one; a scene needs a shot.
 *   <li>Other fields are ignored. A field of the wrong type is an error naming the file and the field.
 * </ul>
 */
public final class ProvenanceSidecars {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TEXTS = List.of("prompt", "model", "notes");
    private static final String EXAMPLE = "{\"prompt\": \"…\", \"seed\": 1}";

    /**
     * What a sidecar says.
     *
     * @param sceneNumber the scene by position (1-based), or null
     * @param sceneId the scene by id, or null
     * @param shotNumber the shot by position in its scene (1-based), or null
     * @param shotId the shot by id, or null
     */
    public record Sidecar(Path file, Provenance provenance, Integer sceneNumber, String sceneId, Integer shotNumber,
            String shotId) {
    }

    private ProvenanceSidecars() {
    }

    /** The sidecar of {@code clip} on disk: {@code CLIP.mp4.json}, else {@code CLIP.json}; empty when it has none. */
    public static Optional<Path> find(Path clip) {
        for (Path candidate : candidates(clip)) {
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The names a sidecar of {@code clip} may have, the more exact first. */
    static List<Path> candidates(Path clip) {
        String name = clip.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path full = clip.resolveSibling(name + ".json");
        return dot > 0 ? List.of(full, clip.resolveSibling(name.substring(0, dot) + ".json")) : List.of(full);
    }

    /** Whether {@code file} is named as a JSON file (and so may be a sidecar). */
    public static boolean isJson(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json");
    }

    /**
     * Reads a sidecar.
     *
     * @throws MediaException naming the file and what is wrong: not found, not JSON (with line and
     *     column), not an object, or a field of the wrong type ({@code seed: expected a whole number, got 12.5})
     */
    public static Sidecar read(Path file) throws MediaException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new MediaException(file, "file not found");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new MediaException(file, "not valid JSON" + (at == null ? "" : " at line " + at.getLineNr()
                    + ", column " + at.getColumnNr()) + ": " + jacksonMessage(e));
        } catch (IOException e) {
            throw new MediaException(file, "cannot be read: " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new MediaException(file, "is empty; a sidecar is a JSON object such as " + EXAMPLE);
        }
        if (!root.isObject()) {
            throw new MediaException(file, "expected a JSON object such as " + EXAMPLE + ", got " + describe(root));
        }
        String[] texts = new String[TEXTS.size()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = text(file, root, TEXTS.get(i));
        }
        Long seed = seed(file, root.get("seed"));
        JsonNode scene = place(file, root, "scene");
        JsonNode shot = place(file, root, "shot");
        if (scene != null && shot == null) {
            throw new MediaException(file, "scene: a scene needs a shot beside it (\"shot\": 2 or \"shot\": \"s3-b\")");
        }
        if (shot != null && shot.isNumber() && scene == null) {
            throw new MediaException(file, "shot: a shot by number needs its scene (\"scene\": 3)");
        }
        return new Sidecar(file, new Provenance(texts[0], texts[1], seed, texts[2]), number(scene), id(scene), number(shot),
                id(shot));
    }

    private static String text(Path file, JsonNode root, String field) throws MediaException {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new MediaException(file, field + ": expected text, got " + describe(node));
        }
        return node.asText().isBlank() ? null : node.asText();
    }

    private static Long seed(Path file, JsonNode node) throws MediaException {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        if (node.isTextual() && node.asText().strip().matches("-?\\d{1,19}")) {
            try {
                return Long.valueOf(node.asText().strip());
            } catch (NumberFormatException e) {
                // too large: reported below
            }
        }
        if (node.isIntegralNumber() || node.isTextual() && node.asText().strip().matches("-?\\d+")) {
            throw new MediaException(file, "seed: " + node.asText().strip() + " is larger than a seed can be (at most "
                    + Long.MAX_VALUE + ")");
        }
        throw new MediaException(file, "seed: expected a whole number, got " + describe(node));
    }

    /** A scene or shot: a position (a whole number from 1) or an id (text); null when missing. */
    private static JsonNode place(Path file, JsonNode root, String field) throws MediaException {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isIntegralNumber() && node.canConvertToInt() && node.intValue() >= 1) {
            return node;
        }
        if (node.isTextual() && !node.asText().isBlank()) {
            return node;
        }
        throw new MediaException(file, field + ": expected a " + field + " number from 1 or a " + field
                + " id, got " + describe(node));
    }

    /** Jackson's message without its note on the source ({@code … (start marker at [Source: …; line: 1, column: 1])}). */
    private static String jacksonMessage(JsonProcessingException e) {
        return e.getOriginalMessage().replaceAll(
                "\\s*\\(start marker at \\[Source:[^\\]]*; line: (\\d+), column: (\\d+)\\]\\)",
                " opened at line $1, column $2");
    }

    private static Integer number(JsonNode place) {
        return place != null && place.isNumber() ? place.intValue() : null;
    }

    private static String id(JsonNode place) {
        return place != null && place.isTextual() ? place.asText() : null;
    }

    /** A JSON value in a message: {@code 12.5}, {@code "abc"}, {@code an object}, {@code a list}. */
    private static String describe(JsonNode node) {
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isTextual()) {
            return node.asText().isBlank() ? "empty text" : "\"" + node.asText() + "\"";
        }
        return node.toString();
    }
}
