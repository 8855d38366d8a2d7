package dev.protocolo.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core stays pure: JDK, SLF4J and Jakarta Validation only, no cycles, injected time, one exception root. */
class CoreArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.protocolo");

    @Test
    void coreDependsOnlyOnJdkSlf4jAndJakartaValidation() {
        noClasses().should().dependOnClassesThat().resideOutsideOfPackages(
                "java..", "javax.crypto..", "org.slf4j..", "jakarta.validation..", "dev.protocolo..")
                .check(CORE);
    }

    @Test
    void noCyclesBetweenPackages() {
        ProtocoloRules.NO_CYCLES.check(CORE);
    }

    @Test
    void timeIsInjected() {
        ProtocoloRules.NO_WALL_CLOCK.check(CORE);
    }

    @Test
    void everyExceptionExtendsTheRoot() {
        ProtocoloRules.EXCEPTIONS_SHARE_ONE_ROOT.check(CORE);
    }

    @Test
    void internalsStayInsideTheCore() {
        ProtocoloRules.noForeignInternals("dev.protocolo").check(CORE);
    }
}
