package dev.protocolo.order;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One immutable step in an order's history. Entries are append-only; replaying them in
 * {@link #sequence()} order reproduces the order.
 *
 * @param orderId        the order
 * @param sequence       1 for the opening, then +1 per step; equals the order's version after the step
 * @param action         what was done
 * @param transition     the lifecycle transition taken, or {@code null} for the opening
 * @param actor          who did it
 * @param at             when
 * @param statusBefore   status before, or {@code null} for the opening
 * @param statusAfter    status after
 * @param teamBefore     responsible team before
 * @param teamAfter      responsible team after
 * @param agentBefore    responsible agent before
 * @param agentAfter     responsible agent after
 * @param publicMessage  text for the customer, or {@code null}
 * @param internalNote   text for agents only, or {@code null}
 * @param visibility     whether the customer sees this step
 * @param details        action-specific values needed to replay it (wait-until, resolution, outcome…)
 */
public record HistoryEntry(OrderId orderId, long sequence, Action action, String transition, Actor actor, Instant at,
                           String statusBefore, String statusAfter, String teamBefore, String teamAfter,
                           String agentBefore, String agentAfter, String publicMessage, String internalNote,
                           Visibility visibility, Map<String, String> details) {
    public HistoryEntry {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(statusAfter, "statusAfter");
        Objects.requireNonNull(visibility, "visibility");
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    /** Whether the customer sees this step. */
    public boolean isPublic() {
        return visibility == Visibility.PUBLIC;
    }
}
