package dev.protocolo.command;

import dev.protocolo.order.Action;
import dev.protocolo.order.Actor;
import dev.protocolo.order.OrderRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Sends a public reply to the customer without changing status.
 */
public record AddReply(@NotNull @Valid OrderRef order, @NotNull @Valid Actor actor,
                       @NotBlank @Size(max = 20000) String message) implements OrderCommand {

    @Override
    public Action action() {
        return Action.REPLY;
    }

    @Override
    public String publicMessage() {
        return message;
    }
}
