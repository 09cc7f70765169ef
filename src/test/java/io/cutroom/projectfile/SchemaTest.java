package io.cutroom.projectfile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cutroom.model.FitMode;
import io.cutroom.model.SubtitleStyle;
import io.cutroom.model.Transition;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Keeps the JSON Schema in step with the code that reads and writes project files. */
class SchemaTest {

    static final String SCHEMA = "cutroom-project-1.schema.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    static JsonNode schema() {
        try (InputStream in = ProjectFile.class.getResourceAsStream(SCHEMA)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode definition(Kind kind) {
        return schema().get("$defs").get(kind.schemaName());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void schemaHasExactlyTheFieldsTheReaderAccepts(Kind kind) {
        List<String> properties = new ArrayList<>();
        definition(kind).get("properties").fieldNames().forEachRemaining(properties::add);

        assertThat(properties).as("%s properties, in writing order", kind.schemaName()).isEqualTo(kind.keys());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void schemaRequiresWhatTheReaderRequires(Kind kind) {
        List<String> required = new ArrayList<>();
        JsonNode node = definition(kind).get("required");
        if (node != null) {
            node.forEach(n -> required.add(n.asText()));
        }

        assertThat(required).isEqualTo(kind.fields().stream().filter(Kind.Field::required).map(Kind.Field::name).toList());
        assertThat(definition(kind).get("additionalProperties").asBoolean(true)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void schemaDefaultsAreTheDefaultsOfTheCode(Kind kind) {
        JsonNode properties = definition(kind).get("properties");
        for (Kind.Field field : kind.fields()) {
            JsonNode property = properties.get(field.name());
            if (field.fallback() == null) {
                assertThat(property.has("default")).as("%s.%s has no default", kind.schemaName(), field.name()).isFalse();
            } else {
                assertThat(property.has("default")).as("%s.%s has a default", kind.schemaName(), field.name()).isTrue();
                assertThat(Node.sameValue(JsonTree.parse(property.get("default").toString()), field.fallback()))
                        .as("%s.%s default %s", kind.schemaName(), field.name(), property.get("default")).isTrue();
            }
            assertThat(property.path("description").asText()).as("%s.%s description", kind.schemaName(), field.name())
                    .isNotBlank();
        }
    }

    @Test
    void everyObjectInTheSchemaIsAKindOfTheCode() {
        List<String> objects = new ArrayList<>();
        schema().get("$defs").fields().forEachRemaining(e -> {
            if (e.getValue().has("properties")) {
                objects.add(e.getKey());
            }
        });

        assertThat(objects).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(Kind.values()).map(Kind::schemaName).toList());
    }

    @Test
    void enumsAreTheModelsValues() {
        assertThat(values(definition(Kind.TAKE_SHOT).at("/properties/fit/enum")))
                .isEqualTo(Arrays.stream(FitMode.values()).map(Fields::jsonName).toList());
        assertThat(values(definition(Kind.SUBTITLE_STYLE).at("/properties/position/enum")))
                .isEqualTo(Arrays.stream(SubtitleStyle.Position.values()).map(Fields::jsonName).toList());
        assertThat(values(definition(Kind.TRANSITION).at("/properties/type/enum")))
                .isEqualTo(Arrays.stream(Transition.Type.values()).map(Fields::jsonName).toList());
        assertThat(definition(Kind.PROJECT).at("/properties/cutroom/const").asInt())
                .isEqualTo(Migrator.STANDARD.latest());
    }

    @ParameterizedTest
    @ValueSource(strings = {"full.cutroom.json", "minimal.cutroom.json", "defaults-explicit.cutroom.json"})
    void goldenFilesAreValid(String name) throws IOException {
        assertThat(new MiniSchemaValidator(schema()).validate(JSON.readTree(GoldenFilesTest.text(name)))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bad-colour", "bad-colour-short", "bad-enum", "bad-id", "bad-position", "bad-sample-rate",
        "bad-shot-type", "bad-time", "bad-transition-type", "crossfade-without-duration",
        "duration-and-until", "episodes-not-array", "missing-required", "missing-shot-type", "missing-version",
        "negative-size", "newer-version", "no-episodes", "no-takes", "not-whole-number", "odd-width", "seed-not-integer",
        "takes-not-array", "time-null", "unknown-field-case", "unknown-field-list", "unknown-field-suggestion",
        "version-as-string", "wrong-type-string"})
    void schemaRefusesBadFiles(String name) throws IOException {
        JsonNode bad = JSON.readTree(GoldenFilesTest.text("errors/" + name + ".cutroom.json"));

        assertThat(new MiniSchemaValidator(schema()).validate(bad)).isNotEmpty();
    }

    private static List<String> values(JsonNode array) {
        return Stream.of(array).flatMap(a -> {
            List<String> l = new ArrayList<>();
            a.forEach(n -> l.add(n.asText()));
            return l.stream();
        }).toList();
    }
}
