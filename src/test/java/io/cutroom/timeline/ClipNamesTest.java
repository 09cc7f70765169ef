package io.cutroom.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The naming convention, case by case, from {@code clip-names.txt}. */
class ClipNamesTest {

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = ClipNamesTest.class.getResourceAsStream("/io/cutroom/timeline/clip-names.txt")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            return lines.stream().map(l -> {
                int bar = l.lastIndexOf(" | ");
                return Arguments.of(l.substring(0, bar), l.substring(bar + 3));
            });
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("cases")
    void readsWhatTheNameSays(String name, String expected) {
        assertThat(ClipNames.parse(name).map(ShotAddress::describe).orElse("no")).isEqualTo(expected);
    }
}
