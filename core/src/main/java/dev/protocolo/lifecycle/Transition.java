package dev.protocolo.lifecycle;

import dev.protocolo.order.Action;
import java.util.Objects;
import java.util.Set;

/**
 * A named, guarded move of a {@link Lifecycle} from one of several statuses to one status, triggered by
 * one {@link Action}. A transition whose target is one of its sources (a self-loop) records a step
 * without changing status: a reply, a note, a reassignment.
 *
 * @param name           unique within the lifecycle, e.g. {@code resolve}
 * @param action         the command kind that triggers it
 * @param from           statuses it may start from
 * @param to             the status it leads to; for self-loops over several statuses use {@link #STAY}
 * @param requiredFields command fields or order attributes that must be present and non-blank
 * @param rolesAllowed   roles of which the actor must have one; empty means anyone
 * @param guard          extra condition
 * @param guardDescription what the guard checks, for error messages
 */
public record Transition(String name, Action action, Set<String> from, String to, Set<String> requiredFields,
                         Set<String> rolesAllowed, Guard guard, String guardDescription) {
    /** Target meaning "stay in the status the transition started from". */
    public static final String STAY = "*";

    public Transition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(to, "to");
        if (action == Action.OPEN) {
            throw new InvalidLifecycleException("transition '" + name + "': OPEN is not a transition, it enters the initial status");
        }
        from = Set.copyOf(from);
        if (from.isEmpty()) {
            throw new InvalidLifecycleException("transition '" + name + "' has no source status");
        }
        requiredFields = requiredFields == null ? Set.of() : Set.copyOf(requiredFields);
        rolesAllowed = rolesAllowed == null ? Set.of() : Set.copyOf(rolesAllowed);
        guard = guard == null ? Guard.ALWAYS : guard;
        guardDescription = guardDescription == null ? "" : guardDescription;
    }

    /** The status this transition leads to when started from {@code current}. */
    public String target(String current) {
        return STAY.equals(to) ? current : to;
    }

    /** Whether this transition never changes status. */
    public boolean isSelfLoop() {
        return STAY.equals(to) || (from.size() == 1 && from.contains(to));
    }

    @Override
    public String toString() {
        return name + " (" + action + ": " + String.join("|", new java.util.TreeSet<>(from)) + " -> " + to + ")";
    }
}
