package dev.protocolo.notify.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.protocolo.architecture.ProtocoloRules;
import org.junit.jupiter.api.Test;

/** The notification module uses core only through its public API, injects time and throws library exceptions. */
class NotifyArchitectureTest {
    private static final JavaClasses NOTIFY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("dev.protocolo.notify");

    @Test
    void usesNoInternalsOfOtherModules() {
        ProtocoloRules.noForeignInternals("dev.protocolo.notify").check(NOTIFY);
    }

    @Test
    void timeIsInjected() {
        ProtocoloRules.NO_WALL_CLOCK.check(NOTIFY);
    }

    @Test
    void everyExceptionExtendsTheRoot() {
        ProtocoloRules.EXCEPTIONS_SHARE_ONE_ROOT.check(NOTIFY);
    }
}
