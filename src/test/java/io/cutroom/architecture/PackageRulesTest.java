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
            List.of("model", "timeline", "projectfile", "media", "ffmpeg", "subtitles", "render", "interchange", "cli", "ui",
                    "app");

    /** Package → the packages of ours it may import (besides itself). */
    private static final Map<String, List<String>> ALLOWED = Map.ofEntries(
            Map.entry("model", List.of()),
            Map.entry("timeline", List.of("model")),
            Map.entry("projectfile", List.of("model")),
            Map.entry("media", List.of("model", "ffmpeg")),
            Map.entry("ffmpeg", List.of()),
            Map.entry("subtitles", List.of("model")),
            Map.entry("render", List.of("model", "timeline", "media", "ffmpeg", "subtitles")),
            Map.entry("interchange", List.of("model", "timeline")),
            Map.entry("cli", List.of("model", "timeline", "projectfile", "media", "ffmpeg", "subtitles", "render", "interchange")),
            Map.entry("ui", List.of("model", "timeline", "projectfile", "media", "ffmpeg", "subtitles", "render", "interchange")),
            // the executable: the only package that sees both faces, to add the editor's 'edit' to the command line
            Map.entry("app", List.of("cli", "ui")));

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
    void interchangeIsAPureTranslationBetweenTextAndTheModel() {
        // it reads scripts with Commons IO and writes the model; saving, probing and rendering are the callers'
        noClasses().that().resideInAPackage("io.cutroom.interchange..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "javafx..", "org.bytedeco..",
                        "picocli..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.ProcessBuilder")
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
        // app defines 'edit' as a picocli command, so it may use picocli too
        noClasses().that().resideOutsideOfPackages("io.cutroom.cli..", "io.cutroom.app..")
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .check(MAIN);
    }
}
