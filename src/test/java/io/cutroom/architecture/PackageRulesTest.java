package io.cutroom.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The arrows of DESIGN.md: which of our packages may import which, and where the libraries live. */
class PackageRulesTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.cutroom");

    private static final List<String> ALL =
            List.of("model", "timeline", "projectfile", "media", "ffmpeg", "subtitles", "render", "interchange", "cli", "ui");

    /** Package → the packages of ours it may import (besides itself). */
    private static final Map<String, List<String>> ALLOWED = Map.of(
            "model", List.of(),
            "timeline", List.of("model"),
            "projectfile", List.of("model"),
            "media", List.of("model", "ffmpeg"),
            "ffmpeg", List.of(),
            "subtitles", List.of("model"),
            "render", List.of("model", "timeline", "media", "ffmpeg", "subtitles"),
            "interchange", List.of("model", "timeline"),
            "cli", List.of("model", "timeline", "projectfile", "media", "ffmpeg", "subtitles", "render", "interchange"));

    @Test
    void packagesImportOnlyWhatTheDesignAllows() {
        ALLOWED.forEach((pkg, allowed) -> {
            String[] forbidden = ALL.stream().filter(p -> !p.equals(pkg) && !allowed.contains(p))
                    .map(p -> "io.cutroom." + p + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("io.cutroom." + pkg + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                    .allowEmptyShould(true)
                    .check(MAIN);
        });
    }

    @Test
    void modelAndTimelineTouchNoFileProcessOrToolkit() {
        noClasses().that().resideInAnyPackage("io.cutroom.model..", "io.cutroom.timeline..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.bytedeco..", "java.io..",
                        "com.fasterxml..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.ProcessBuilder")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.file.Files")
                .check(MAIN);
    }

    @Test
    void librariesStayInTheirRooms() {
        noClasses().that().resideOutsideOfPackages("io.cutroom.ui..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .allowEmptyShould(true)
                .check(MAIN);
        noClasses().that().resideOutsideOfPackages("io.cutroom.ffmpeg..", "io.cutroom.media..", "io.cutroom.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.bytedeco..")
                .check(MAIN);
        noClasses().that().resideOutsideOfPackages("io.cutroom.cli..")
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .check(MAIN);
    }
}
