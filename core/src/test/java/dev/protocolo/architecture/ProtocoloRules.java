package dev.protocolo.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import dev.protocolo.ProtocoloException;

/**
 * The architecture rules every module checks against its own classes (shared through the core test-jar).
 */
public final class ProtocoloRules {
    private ProtocoloRules() {
    }

    /** Code outside {@code ownPackage} never reaches into another module's {@code internal} packages. */
    public static ArchRule noForeignInternals(String ownPackage) {
        return noClasses().that().resideInAPackage(ownPackage + "..")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "are internal to another module",
                        c -> c.getPackageName().contains(".internal")
                                && c.getPackageName().startsWith("dev.protocolo")
                                && !c.getPackageName().startsWith(ownPackage + ".")));
    }

    /** Time is injected: nothing reads the system clock directly. */
    public static final ArchRule NO_WALL_CLOCK = noClasses()
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.LocalDateTime.class, "now")
            .orShould().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(java.time.ZonedDateTime.class, "now")
            .orShould().callMethod(java.time.OffsetDateTime.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .because("time comes from an injected java.time.Clock");

    /** Feature packages (each with its internal sub-package) form layers, never a cycle. */
    public static final ArchRule NO_CYCLES = slices().matching("dev.protocolo.(*)..").should().beFreeOfCycles();

    /** One exception hierarchy: everything thrown on purpose extends {@link ProtocoloException}. */
    public static final ArchRule EXCEPTIONS_SHARE_ONE_ROOT = classes().that().areAssignableTo(Throwable.class)
            .and().resideInAPackage("dev.protocolo..")
            .should().beAssignableTo(ProtocoloException.class);
}
