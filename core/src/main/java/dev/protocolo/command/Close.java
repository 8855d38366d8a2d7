package dev.protocolo.command;

import dev.protocolo.order.Action;
import dev.protocolo.order.Actor;
import dev.protocolo.order.OrderRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Closes a resolved order.
 */
public record Close(@NotNull @Valid OrderRef order, @NotNull @Valid Actor actor,
                    @Size(max = 4000) String message) implements OrderCommand {

    @Override
    public Action action() {
        return Action.CLOSE;
    }

    @Override
    public String publicMessage() {
        return message;
    }
}
