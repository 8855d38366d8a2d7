package dev.protocolo.command;

import dev.protocolo.order.Action;
import dev.protocolo.order.Actor;
import dev.protocolo.order.OrderRef;
import dev.protocolo.order.Priority;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Changes an order's priority and/or its order type. Deadlines are recomputed from the new target, keeping
 * the time already paused. A new type must share the order's lifecycle, so the history stays replayable.
 * Internal: the customer is not notified.
 *
 * @param priority the new priority, or {@code null} to keep it
 * @param type     the code of the new order type, or {@code null} to keep it
 */
public record Reclassify(@NotNull @Valid OrderRef order, @NotNull @Valid Actor actor, Priority priority,
                         @Size(max = 64) String type, @Size(max = 4000) String note) implements OrderCommand {

    /** Changes the priority only. */
    public Reclassify(OrderRef order, Actor actor, Priority priority, String note) {
        this(order, actor, priority, null, note);
    }

    @Override
    public Action action() {
        return Action.RECLASSIFY;
    }

    /** Bean Validation rule: something must change. */
    @AssertTrue(message = "priority or type must be given")
    public boolean isPriorityOrTypeGiven() {
        return priority != null || (type != null && !type.isBlank());
    }

    @Override
    public String internalNote() {
        return note;
    }
}
