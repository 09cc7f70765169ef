package io.cutroom.projectfile;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every kind of object in a version 1 project file, with its fields in the order they are written,
 * which of them are required, and the default of each defaulted field as a JSON value. The reader
 * accepts exactly these keys and fills in these defaults; the writer orders keys by this list and
 * omits values equal to their default; the schema test compares it with the JSON Schema.
 */
enum Kind {
    PROJECT(required("cutroom"), required("format"), fallback("mediaRoot", "\".\""), fallback("style", "{}"),
            required("episodes")),
    FORMAT(required("width"), required("height"), required("frameRate"), fallback("sampleRate", "48000")),
    STYLE(fallback("subtitles", "{}"), optional("lut")),
    SUBTITLE_STYLE(optional("font"), fallback("size", "0"), fallback("color", "\"#FFFFFF\""),
            fallback("outlineColor", "\"#000000\""), fallback("outline", "2"), fallback("box", "false"),
            fallback("boxColor", "\"#000000A0\""), fallback("position", "\"bottom\""), fallback("margin", "0"),
            fallback("safeArea", "0.9"), fallback("speakerColors", "{}"), fallback("shadow", "0"),
            fallback("shadowColor", "\"#000000A0\"")),
    EPISODE(required("id"), fallback("title", "\"\""), required("scenes"), fallback("music", "[]")),
    SCENE(required("id"), required("heading"), optional("chapter"), required("shots")),
    TAKE_SHOT(required("type"), required("id"), fallback("description", "\"\""), optional("selected"), fallback("fit", "\"fit\""),
            fallback("gain", "0"), fallback("clipAudio", "true"), required("takes"),
            fallback("transition", "{\"type\": \"cut\"}"), fallback("dialogue", "[]"), fallback("subtitles", "[]")),
    CARD(required("type"), required("id"), required("text"), required("duration"),
            fallback("background", "\"#000000\""), fallback("color", "\"#FFFFFF\""),
            fallback("transition", "{\"type\": \"cut\"}"), fallback("dialogue", "[]"), fallback("subtitles", "[]")),
    SLATE(required("type"), required("id"), required("description"), required("duration"),
            fallback("transition", "{\"type\": \"cut\"}"), fallback("dialogue", "[]"), fallback("subtitles", "[]")),
    TRANSITION(required("type"), optional("duration")),
    TAKE(required("id"), required("source"), fallback("in", "0"), optional("out"), optional("prompt"),
            optional("model"), optional("seed"), optional("notes")),
    DIALOGUE(required("source"), fallback("offset", "0"), fallback("in", "0"), optional("out"), fallback("gain", "0")),
    SUBTITLE(required("text"), fallback("offset", "0"), required("duration"), optional("speaker")),
    MUSIC(required("source"), required("anchor"), fallback("offset", "0"), fallback("in", "0"), optional("duration"),
            optional("until"), fallback("gain", "0"), fallback("fadeIn", "0"), fallback("fadeOut", "0"),
            fallback("duck", "true"));

    /**
     * One field of an object kind.
     *
     * @param fallback the value taken when the field is absent, or null when it has none
     */
    record Field(String name, boolean required, Node fallback) {
    }

    private final List<Field> fields;

    Kind(Field... fields) {
        this.fields = List.of(fields);
    }

    /** The fields in the order they are written. */
    List<Field> fields() {
        return fields;
    }

    /** The keys this kind accepts, in the order they are written. */
    List<String> keys() {
        return fields.stream().map(Field::name).toList();
    }

    Optional<Field> field(String key) {
        return fields.stream().filter(f -> f.name().equals(key)).findFirst();
    }

    /** The name of this kind's definition in the JSON Schema: {@code takeShot}, {@code subtitleStyle}. */
    String schemaName() {
        String[] words = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder b = new StringBuilder(words[0]);
        Arrays.stream(words).skip(1).forEach(w -> b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1)));
        return b.toString();
    }

    private static Field required(String name) {
        return new Field(name, true, null);
    }

    private static Field optional(String name) {
        return new Field(name, false, null);
    }

    private static Field fallback(String name, String json) {
        return new Field(name, false, JsonTree.parse(json));
    }
}
