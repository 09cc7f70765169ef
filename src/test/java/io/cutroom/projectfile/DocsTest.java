package io.cutroom.projectfile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Keeps the field tables of README.md in step with the JSON Schema. */
class DocsTest {

    private static final Path DOCS = Path.of("README.md");
    private static final Pattern ROW = Pattern.compile("^\\| `([A-Za-z]+)` \\|");

    @ParameterizedTest
    @EnumSource(Kind.class)
    void eachObjectHasATableListingExactlyItsFields(Kind kind) throws IOException {
        JsonNode definition = SchemaTest.schema().get("$defs").get(kind.schemaName());
        List<String> properties = new ArrayList<>();
        definition.get("properties").fieldNames().forEachRemaining(properties::add);

        assertThat(tableUnder("#### " + definition.get("title").asText()).stream().map(r -> r.get(0)).toList())
                .isEqualTo(properties);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theDefaultColumnAgreesWithTheCode(Kind kind) throws IOException {
        String title = SchemaTest.schema().get("$defs").get(kind.schemaName()).get("title").asText();
        for (List<String> row : tableUnder("#### " + title)) {
            Kind.Field field = kind.field(row.get(0)).orElseThrow();
            String cell = row.get(2);
            if (field.required()) {
                assertThat(cell).as(row.get(0)).isEqualTo("required");
            } else if (field.fallback() != null) {
                assertThat(cell.replace(" ", "")).as(row.get(0))
                        .isEqualTo("`" + JsonText.render(field.fallback()).replaceAll("\\s", "") + "`");
            } else {
                assertThat(cell).as(row.get(0)).isNotEqualTo("required").doesNotStartWith("`");
            }
        }
    }

    /** The rows of the table under {@code heading}: field name, then the other cells, trimmed. */
    private static List<List<String>> tableUnder(String heading) throws IOException {
        List<String> lines = Files.readAllLines(DOCS, StandardCharsets.UTF_8);
        int start = lines.indexOf(heading);
        assertThat(start).as("README.md has a section '%s'", heading).isNotNegative();
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("#")) {
                break;
            }
            Matcher m = ROW.matcher(line);
            if (m.find()) {
                List<String> row = new ArrayList<>();
                row.add(m.group(1));
                for (String cell : line.substring(m.end()).split(" \\| ")) {
                    row.add(cell.replaceAll("^\\|? *| *\\|?$", ""));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
