package dev.protocolo.command;

import dev.protocolo.order.Action;
import dev.protocolo.order.Actor;
import dev.protocolo.order.Channel;
import dev.protocolo.order.ContactOutcome;
import dev.protocolo.order.OrderRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Records an attempt to reach the customer (a call back, a message), reached or not.
 */
public record RecordContactAttempt(@NotNull @Valid OrderRef order, @NotNull @Valid Actor actor,
                                   @NotNull ContactOutcome outcome, Channel via, @Size(max = 4000) String note,
                                   @Size(max = 4000) String message) implements OrderCommand {

    @Override
    public Action action() {
        return Action.CONTACT_ATTEMPT;
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
