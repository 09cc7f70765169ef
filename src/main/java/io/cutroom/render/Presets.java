package io.cutroom.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds and reads render presets: a path to a {@code .json} file, or a name looked up in the
 * user's preset folder ({@code $CUTROOM_PRESETS}, else {@code ~/.config/cutroom/presets}) and
 * then among the presets that ship with Cutroom.
 */
public final class Presets {

    /** The presets that ship inside the jar, by name (kept in step with {@code presets/}). */
    public static final List<String> BUNDLED =
            List.of("web-1080p", "vertical-1080x1920", "preview-540p", "master-prores", "archive-av1");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TOP = Set.of("description", "container", "width", "height", "video", "audio",
            "loudness", "subtitles");

    private final Path userFolder;

    public Presets(Path userFolder) {
        this.userFolder = userFolder;
    }

    /** Presets with the user folder from the environment. */
    public static Presets standard() {
        String env = System.getenv("CUTROOM_PRESETS");
        Path folder = env != null && !env.isBlank() ? Path.of(env)
                : Path.of(System.getProperty("user.home"), ".config", "cutroom", "presets");
        return new Presets(folder);
    }

    public Path userFolder() {
        return userFolder;
    }

    /** A preset by file path or name. */
    public Preset find(String nameOrFile) throws RenderException {
        Path asFile = Path.of(nameOrFile);
        if (nameOrFile.endsWith(".json") || Files.isRegularFile(asFile)) {
            if (!Files.isRegularFile(asFile)) {
                throw new RenderException("preset file " + nameOrFile + " does not exist");
            }
            return read(asFile);
        }
        Path user = userFolder.resolve(nameOrFile + ".json");
        if (Files.isRegularFile(user)) {
            return read(user);
        }
        if (BUNDLED.contains(nameOrFile)) {
            return bundled(nameOrFile);
        }
        throw new RenderException("there is no preset '" + nameOrFile + "'; presets: " + String.join(", ", names()));
    }

    /** All preset names, the user's first (they override bundled ones of the same name). */
    public List<String> names() {
        Map<String, Boolean> names = new TreeMap<>();
        BUNDLED.forEach(n -> names.put(n, true));
        if (Files.isDirectory(userFolder)) {
            try (var files = Files.list(userFolder)) {
                files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".json"))
                        .forEach(f -> names.put(f.substring(0, f.length() - 5), true));
            } catch (IOException e) {
                // an unreadable user folder lists nothing of its own
            }
        }
        return new ArrayList<>(names.keySet());
    }

    public static Preset bundled(String name) throws RenderException {
        try (InputStream in = Presets.class.getResourceAsStream("/presets/" + name + ".json")) {
            if (in == null) {
                throw new RenderException("bundled preset '" + name + "' is missing from the jar");
            }
            return parse(name, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
                    "presets/" + name + ".json");
        } catch (IOException e) {
            throw new RenderException("cannot read bundled preset '" + name + "': " + e.getMessage());
        }
    }

    public static Preset read(Path file) throws RenderException {
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        try {
            return parse(name, Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new RenderException("cannot read preset " + file + ": " + e.getMessage());
        }
    }

    /** Reads a preset; every message names the file and the field. */
    public static Preset parse(String name, String json, String fileName) throws RenderException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new RenderException(fileName + ":" + e.getLocation().getLineNr() + ": not valid JSON: "
                    + e.getOriginalMessage());
        }
        try {
            if (root == null || !root.isObject()) {
                throw new IllegalArgumentException("expected a JSON object");
            }
            for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!TOP.contains(f)) {
                    throw new IllegalArgumentException("unknown field '" + f + "' (fields: " + String.join(", ",
                            new java.util.TreeSet<>(TOP)) + ")");
                }
            }
            Preset.Container container = enumValue(Preset.Container.class, required(root, "container").asText(),
                    "container");
            JsonNode v = required(root, "video");
            Map<String, String> options = new LinkedHashMap<>();
            JsonNode opts = v.path("options");
            for (Iterator<Map.Entry<String, JsonNode>> it = opts.fields(); it.hasNext(); ) {
                var e = it.next();
                options.put(e.getKey(), e.getValue().asText());
            }
            JsonNode a = required(root, "audio");
            JsonNode l = required(root, "loudness");
            return new Preset(name,
                    required(root, "description").asText(),
                    container,
                    root.path("width").asInt(0),
                    root.path("height").asInt(0),
                    new Preset.Video(required(v, "codec").asText(), required(v, "pixelFormat").asText(), options),
                    new Preset.Audio(required(a, "codec").asText(), a.hasNonNull("bitrate") ? a.get("bitrate").asText() : null,
                            a.path("sampleRate").asInt(0)),
                    new Preset.Loudness(required(l, "integrated").asDouble(), l.path("truePeak").asDouble(-1),
                            l.path("range").asDouble(11)),
                    enumValue(Preset.SubtitleMode.class, root.path("subtitles").asText("soft"), "subtitles"));
        } catch (IllegalArgumentException e) {
            throw new RenderException(fileName + ": " + e.getMessage());
        }
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("missing field '" + field + "'");
        }
        return v;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String text, String field) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(text)) {
                return e;
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            allowed.add(e.name().toLowerCase(Locale.ROOT));
        }
        throw new IllegalArgumentException(field + ": expected one of " + String.join(", ", allowed) + ", got '" + text + "'");
    }
}
