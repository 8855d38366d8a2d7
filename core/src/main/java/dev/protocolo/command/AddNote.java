package dev.protocolo.command;

import dev.protocolo.order.Action;
import dev.protocolo.order.Actor;
import dev.protocolo.order.OrderRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Adds an internal note, never shown or sent to the customer.
 */
public record AddNote(@NotNull @Valid OrderRef order, @NotNull @Valid Actor actor,
                      @NotBlank @Size(max = 20000) String note) implements OrderCommand {

    @Override
    public Action action() {
        return Action.NOTE;
    }

    @Override
    public String internalNote() {
        return note;
    }
}
