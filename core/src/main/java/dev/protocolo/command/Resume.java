package dev.protocolo.command;

import dev.protocolo.order.Action;
import dev.protocolo.order.Actor;
import dev.protocolo.order.OrderRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Ends a wait and puts the order back in progress.
 */
public record Resume(@NotNull @Valid OrderRef order, @NotNull @Valid Actor actor,
                     @Size(max = 4000) String message) implements OrderCommand {

    @Override
    public Action action() {
        return Action.RESUME;
    }

    @Override
    public String publicMessage() {
        return message;
    }
}
