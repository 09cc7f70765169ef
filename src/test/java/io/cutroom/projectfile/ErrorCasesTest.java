package io.cutroom.projectfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file {@code errors/NAME.cutroom.json} is a bad project; {@code errors/NAME.expected} holds
 * the exact message reading it must give.
 */
class ErrorCasesTest {

    private static final Path FOLDER = GoldenFilesTest.resource("errors");

    @TestFactory
    Stream<DynamicTest> eachBadFileGivesItsMessage() throws IOException {
        return cases().map(file -> DynamicTest.dynamicTest(name(file), () -> {
            String expected = Files.readString(sidecar(file), StandardCharsets.UTF_8).strip();
            String json = Files.readString(file, StandardCharsets.UTF_8);

            assertThatThrownBy(() -> ProjectFile.parse(json, file.getFileName().toString()))
                    .isInstanceOf(ProjectFileException.class)
                    .hasMessage(expected);
        }));
    }

    @Test
    void everyCaseHasItsMessageAndEveryMessageItsCase() throws IOException {
        List<String> cases = cases().map(ErrorCasesTest::name).sorted().toList();
        List<String> messages;
        try (Stream<Path> files = Files.list(FOLDER)) {
            messages = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".expected"))
                    .map(n -> n.substring(0, n.length() - ".expected".length())).sorted().toList();
        }
        assertThat(cases).hasSizeGreaterThan(40).isEqualTo(messages);
    }

    private static Stream<Path> cases() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".cutroom.json")).sorted().toList().stream();
        }
    }

    private static String name(Path file) {
        String n = file.getFileName().toString();
        return n.substring(0, n.length() - ".cutroom.json".length());
    }

    private static Path sidecar(Path file) {
        return file.resolveSibling(name(file) + ".expected");
    }
}
