package dev.protocolo.command;

import dev.protocolo.order.Action;
import dev.protocolo.order.Actor;
import dev.protocolo.order.OrderRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Hands the order to another team ("encaminhar"); the agent is cleared. The reason stays internal; the customer
 * learns which team now handles it.
 */
public record Forward(@NotNull @Valid OrderRef order, @NotNull @Valid Actor actor,
                      @NotBlank @Size(max = 64) String toTeam, @NotBlank @Size(max = 4000) String reason,
                      @Size(max = 4000) String message) implements OrderCommand {

    @Override
    public Action action() {
        return Action.FORWARD;
    }

    @Override
    public String publicMessage() {
        return message;
    }

    @Override
    public String internalNote() {
        return reason;
    }
}
