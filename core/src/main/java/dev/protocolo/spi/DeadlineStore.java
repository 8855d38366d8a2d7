package dev.protocolo.spi;

import dev.protocolo.order.OrderId;
import dev.protocolo.order.ServiceOrder;
import java.time.Instant;
import java.util.List;

/**
 * Port: the deadline queries of the {@code DeadlineWatcher} and of agents' queues, plus the record of
 * which deadline events already fired. "Running" below means open (new or in progress) and not waiting:
 * a waiting order's clock is paused and cannot breach. Every query is scoped to one tenant and ordered by
 * the deadline it asks about, earliest first. Thread-safe.
 */
public interface DeadlineStore {
    /** Running orders whose resolution is due in {@code [from, to)} ({@code from} may be null: no lower bound), optionally of one team. */
    List<ServiceOrder> dueBetween(String tenant, Instant from, Instant to, String team, int limit);

    /** Running orders whose resolution deadline is near: warn time reached at {@code now}, due time not yet passed. */
    List<ServiceOrder> nearDeadline(String tenant, Instant now, int limit);

    /** Running orders with no first response yet whose first-response deadline passed before {@code now}. */
    List<ServiceOrder> firstResponseOverdue(String tenant, Instant now, int limit);

    /** Waiting orders whose wait-until (call back) time is at or before {@code now}. */
    List<ServiceOrder> waitingUntil(String tenant, Instant now, int limit);

    /** Resolved orders of a type resolved at or before {@code before}: candidates for automatic closing. */
    List<ServiceOrder> resolvedBefore(String tenant, String type, Instant before, int limit);

    /**
     * Records that {@code event} fired for the order's deadline {@code dueAt}. Returns true for exactly one
     * caller per (tenant, order, event, dueAt), across every node sharing the store.
     */
    boolean markFired(String tenant, OrderId orderId, String event, Instant dueAt, Instant firedAt);
}
