package dev.protocolo.command;

import dev.protocolo.order.Action;
import dev.protocolo.order.Actor;
import dev.protocolo.order.OrderRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Makes a team and/or an agent responsible. From the initial status it starts the work (status "in progress").
 */
public record Assign(@NotNull @Valid OrderRef order, @NotNull @Valid Actor actor, String team, String agent,
                     @Size(max = 4000) String message) implements OrderCommand {

    @Override
    public Action action() {
        return Action.ASSIGN;
    }

    /** Bean Validation rule: a team or an agent must be named. */
    @AssertTrue(message = "team or agent must be given")
    public boolean isTeamOrAgentGiven() {
        return (team != null && !team.isBlank()) || (agent != null && !agent.isBlank());
    }

    @Override
    public String publicMessage() {
        return message;
    }
}
