package dev.protocolo.notification;

import dev.protocolo.lifecycle.Lifecycle;
import dev.protocolo.order.HistoryEntry;
import dev.protocolo.lifecycle.OrderType;
import dev.protocolo.order.ServiceOrder;
import java.time.ZoneId;
import java.util.function.Function;

/**
 * What a {@link NotificationPolicy} sees of one applied step.
 *
 * @param before    the order before the step, or {@code null} at opening
 * @param after     the order after the step
 * @param entry     the history entry of the step
 * @param type      the order's type
 * @param teamNames resolves a team code to the name customers see
 * @param zone      the desk's time zone
 */
public record NotificationContext(ServiceOrder before, ServiceOrder after, HistoryEntry entry, OrderType type,
                                  Function<String, String> teamNames, ZoneId zone) {
    /** The lifecycle of the order's type. */
    public Lifecycle lifecycle() {
        return type.lifecycle();
    }
}
