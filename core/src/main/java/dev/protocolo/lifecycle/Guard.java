package dev.protocolo.lifecycle;

/**
 * A condition a {@link Transition} checks before it may happen, beyond roles and required fields.
 * Implementations must be side-effect free and thread-safe; they are evaluated inside the command's
 * unit of work.
 */
@FunctionalInterface
public interface Guard {
    /** Always allows. */
    Guard ALWAYS = ctx -> true;

    /** Whether the transition may happen in this context. */
    boolean allows(GuardContext context);
}
