package dev.protocolo.command;

import dev.protocolo.order.Action;
import dev.protocolo.order.Actor;
import dev.protocolo.order.OrderRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Gives the final answer. The resolution text is sent to the customer and kept on the order.
 */
public record Resolve(@NotNull @Valid OrderRef order, @NotNull @Valid Actor actor,
                      @NotBlank @Size(max = 20000) String resolution,
                      @Size(max = 4000) String note) implements OrderCommand {

    @Override
    public Action action() {
        return Action.RESOLVE;
    }

    @Override
    public String publicMessage() {
        return resolution;
    }

    @Override
    public String internalNote() {
        return note;
    }
}
