package dev.protocolo.command;

import dev.protocolo.order.Action;
import dev.protocolo.order.Actor;
import dev.protocolo.order.OrderRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import dev.protocolo.order.Priority;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
/**
 * Changes an order's priority; its deadlines are recomputed keeping the time already paused. Internal.
 */
public record Reclassify(@NotNull @Valid OrderRef order, @NotNull @Valid Actor actor, Priority priority, @Size(max = 4000) String note) implements OrderCommand {
    @Override
    public Action action() {
        return Action.RECLASSIFY;
    }

    /** Bean Validation rule: the priority must be given. */
    @AssertTrue(message = "priority must be given")
    public boolean isPriorityGiven() {
        return priority != null;
    }

    @Override
    public String internalNote() {
        return note;
    }
}
