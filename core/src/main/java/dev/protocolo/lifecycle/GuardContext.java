package dev.protocolo.lifecycle;

import dev.protocolo.command.OrderCommand;
import dev.protocolo.order.ServiceOrder;
import java.time.Instant;

/**
 * What a {@link Guard} may look at.
 *
 * @param order   the order as it is before the command
 * @param command the command asking for the transition
 * @param type    the order's type (reopen window, required attributes, …)
 * @param now     the desk clock's current instant
 */
public record GuardContext(ServiceOrder order, OrderCommand command, OrderType type, Instant now) {
}
