package io.cutroom.projectfile;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class PackageRulesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.cutroom.projectfile");

    @Test
    void usesOnlyTheModelJacksonAndCommonsIo() {
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "io.cutroom.model..", "io.cutroom.projectfile..",
                        "com.fasterxml.jackson.core..", "org.apache.commons.io..")
                .check(CLASSES);
    }

    /**
     * The facade, its exception, and what the editor needs besides reading and writing: autosave
     * and recovery ({@code Recovery}), and rewriting relative paths for another folder
     * ({@code ProjectPaths}, for Save As and untitled recovery copies).
     */
    @Test
    void onlyTheFacadesAndTheExceptionArePublic() {
        classes().that().areTopLevelClasses().and().haveModifier(JavaModifier.PUBLIC)
                .should().haveSimpleName("ProjectFile").orShould().haveSimpleName("ProjectFileException")
                .orShould().haveSimpleName("Recovery").orShould().haveSimpleName("ProjectPaths")
                .check(CLASSES);
    }
}
