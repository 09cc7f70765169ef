package io.cutroom.ffmpeg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.provider.Arguments;

/** Table-driven cases kept as JSON arrays of objects beside the tests. */
final class Tables {

    private Tables() {
    }

    static List<JsonNode> rows(String resource) {
        try (InputStream in = Tables.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test table " + resource);
            }
            List<JsonNode> rows = new ArrayList<>();
            new ObjectMapper().readTree(in).forEach(rows::add);
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each row as arguments: the named fields as strings, in order. */
    static Stream<Arguments> arguments(String resource, String... fields) {
        return rows(resource).stream().map(row -> Arguments.of(
                Stream.of(fields).map(f -> row.get(f).asText()).toArray()));
    }
}
