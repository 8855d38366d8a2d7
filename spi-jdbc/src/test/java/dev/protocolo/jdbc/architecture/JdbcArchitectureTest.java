package dev.protocolo.jdbc.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.protocolo.architecture.ProtocoloRules;
import org.junit.jupiter.api.Test;

/** The JDBC module uses core only through its public API, injects time and throws library exceptions. */
class JdbcArchitectureTest {
    private static final JavaClasses JDBC = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("dev.protocolo.jdbc");

    @Test
    void usesNoInternalsOfOtherModules() {
        ProtocoloRules.noForeignInternals("dev.protocolo.jdbc").check(JDBC);
    }

    @Test
    void timeIsInjected() {
        ProtocoloRules.NO_WALL_CLOCK.check(JDBC);
    }

    @Test
    void everyExceptionExtendsTheRoot() {
        ProtocoloRules.EXCEPTIONS_SHARE_ONE_ROOT.check(JDBC);
    }
}
