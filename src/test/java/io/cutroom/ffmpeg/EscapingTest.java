package io.cutroom.ffmpeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EscapingTest {

    static Stream<Arguments> filterValues() {
        return Tables.arguments("filter-values.json", "case", "value", "escaped");
    }

    static Stream<Arguments> concatLines() {
        return Tables.arguments("concat-lines.json", "case", "path", "line");
    }

    static Stream<Arguments> ffmetadataValues() {
        return Tables.arguments("ffmetadata-values.json", "case", "value", "escaped");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filterValues")
    void escapesFilterValuesForBothLevels(String name, String value, String escaped) {
        assertThat(Escaping.filterValue(value)).isEqualTo(escaped);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("concatLines")
    void writesConcatLines(String name, String path, String line) {
        assertThat(Escaping.concatFileLine(Path.of(path))).isEqualTo(line);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ffmetadataValues")
    void escapesFfmetadata(String name, String value, String escaped) {
        assertThat(Escaping.ffmetadata(value)).isEqualTo(escaped);
    }

    @Test
    void refusesLineBreaksInConcatPaths() {
        assertThatThrownBy(() -> Escaping.concatFileLine(Path.of("a\nb.mp4")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'a\nb.mp4' contains a line break, which an ffmpeg concat list cannot hold");
    }
}
