package dev.protocolo.command;

import dev.protocolo.order.Action;
import dev.protocolo.order.Actor;
import dev.protocolo.order.OrderRef;
import dev.protocolo.order.ServiceOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * Removes the customer's personal data from a finished order once its retention period is over: the customer
 * becomes an anonymous placeholder (no tax id, e-mail or phone), and subject, description and the named custom
 * attributes are cleared. Type, team, status, priority, channel and every timestamp stay, so reports do not
 * change. The step is internal and never notified. Usually issued by {@code RetentionSweeper}.
 *
 * @param order      the order, pinned to the version whose attributes were listed
 * @param actor      who anonymizes (usually the system)
 * @param reason     why, for the internal record
 * @param attributes names of the custom attributes to clear (all of the order's, see {@link #of})
 */
public record Anonymize(@NotNull @Valid OrderRef order, @NotNull @Valid Actor actor,
                        @NotBlank @Size(max = 4000) String reason, Set<String> attributes) implements OrderCommand {
    public Anonymize {
        attributes = attributes == null ? Set.of() : Set.copyOf(attributes);
    }

    /** Anonymizes exactly the version in hand, clearing all of its attributes. */
    public static Anonymize of(ServiceOrder order, Actor actor, String reason) {
        return new Anonymize(OrderRef.of(order), actor, reason, order.attributes().keySet());
    }

    @Override
    public Action action() {
        return Action.ANONYMIZE;
    }

    @Override
    public String internalNote() {
        return reason;
    }
}
