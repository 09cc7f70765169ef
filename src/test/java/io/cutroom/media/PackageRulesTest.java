package io.cutroom.media;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md's arrows for the two rooms here: ffmpeg imports nothing of ours, media only model and
 * ffmpeg; neither touches JavaFX. Media may also use the JDK's javax.imageio, to keep thumbnails
 * as small JPEG files.
 */
class PackageRulesTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.cutroom.ffmpeg", "io.cutroom.media");

    @Test
    void ffmpegImportsNothingOfOurs() {
        classes().that().resideInAPackage("io.cutroom.ffmpeg..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.cutroom.ffmpeg..", "java..", "org.bytedeco..")
                .check(MAIN);
    }

    @Test
    void mediaImportsOnlyModelAndFfmpeg() {
        classes().that().resideInAPackage("io.cutroom.media..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.cutroom.media..", "io.cutroom.model..",
                        "io.cutroom.ffmpeg..", "java..", "javax.imageio..", "org.bytedeco..", "com.fasterxml.jackson..")
                .check(MAIN);
    }
}
