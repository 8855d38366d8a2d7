package dev.protocolo.examples;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.protocolo.architecture.ProtocoloRules;
import org.junit.jupiter.api.Test;

/** The examples are what hosts copy: they may use the public API only. */
class ExamplesArchitectureTest {
    private static final JavaClasses EXAMPLES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("dev.protocolo.examples");

    @Test
    void examplesUseOnlyThePublicApi() {
        ProtocoloRules.noForeignInternals("dev.protocolo.examples").check(EXAMPLES);
    }
}
