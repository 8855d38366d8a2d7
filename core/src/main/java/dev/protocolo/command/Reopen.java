package dev.protocolo.command;

import dev.protocolo.order.Action;
import dev.protocolo.order.Actor;
import dev.protocolo.order.OrderRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Reopens a resolved order, or a closed one within its type's reopen window.
 */
public record Reopen(@NotNull @Valid OrderRef order, @NotNull @Valid Actor actor,
                     @NotBlank @Size(max = 4000) String reason) implements OrderCommand {

    @Override
    public Action action() {
        return Action.REOPEN;
    }

    @Override
    public String publicMessage() {
        return reason;
    }
}
