package dev.protocolo.command;

import dev.protocolo.order.Action;
import dev.protocolo.order.Actor;
import dev.protocolo.order.OrderRef;
import dev.protocolo.order.WaitingOn;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * Puts the order on hold, waiting on the customer or a third party until a time (a scheduled call back). The SLA
 * clock pauses; {@code until} must be in the future.
 */
public record Wait(@NotNull @Valid OrderRef order, @NotNull @Valid Actor actor, @NotNull WaitingOn on,
                   @NotNull Instant until, @Size(max = 4000) String message,
                   @Size(max = 4000) String note) implements OrderCommand {

    @Override
    public Action action() {
        return Action.WAIT;
    }

    @Override
    public String publicMessage() {
        return message;
    }

    @Override
    public String internalNote() {
        return note;
    }
}
