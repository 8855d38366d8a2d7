package dev.protocolo.spi;

import dev.protocolo.order.OrderId;
import dev.protocolo.order.ServiceOrder;
import java.time.Instant;
import java.util.List;

/**
 * Port: the deadline queries of the {@code DeadlineWatcher} and of agents' queues, plus the record of
 * which deadline events already fired. The watcher's queries leave out events already fired, so a backlog
 * of old breaches never hides a new one behind the batch limit. "Running" below means open (new or in progress) and not waiting:
 * a waiting order's clock is paused and cannot breach. Every query is scoped to one tenant and ordered by
 * the deadline it asks about, earliest first. Thread-safe.
 */
public interface DeadlineStore {
    /** Event name recorded by {@link #markFired} when a call back time comes; due time = wait-until. */
    String CALLBACK_DUE = "CALLBACK_DUE";
    /** Event name for a passed first-response deadline; due time = first-response due. */
    String FIRST_RESPONSE_BREACHED = "FIRST_RESPONSE_BREACHED";
    /** Event name for a near resolution deadline; due time = resolution due. */
    String RESOLUTION_NEAR = "RESOLUTION_NEAR";
    /** Event name for a passed resolution deadline; due time = resolution due. */
    String RESOLUTION_BREACHED = "RESOLUTION_BREACHED";
    /** Event name for a customer owed news past the next-update deadline; due time = next-update due. */
    String NEXT_UPDATE_OVERDUE = "NEXT_UPDATE_OVERDUE";

    /** Running orders whose resolution is due in {@code [from, to)} ({@code from} may be null: no lower bound), optionally of one team: an agent's queue. */
    List<ServiceOrder> dueBetween(String tenant, Instant from, Instant to, String team, int limit);

    /**
     * Waiting orders whose wait-until (call back) time is at or before {@code now}, leaving out those for
     * which {@link #CALLBACK_DUE} already fired with that time.
     */
    List<ServiceOrder> callbacksDue(String tenant, Instant now, int limit);

    /**
     * Running orders with no first response whose first-response deadline is before {@code now}, leaving out
     * those for which {@link #FIRST_RESPONSE_BREACHED} already fired with that deadline.
     */
    List<ServiceOrder> firstResponseOverdue(String tenant, Instant now, int limit);

    /**
     * Running orders whose resolution warning time is at or before {@code now} and whose due time is not
     * before {@code now}, leaving out those for which {@link #RESOLUTION_NEAR} already fired with that due time.
     */
    List<ServiceOrder> nearDeadline(String tenant, Instant now, int limit);

    /**
     * Running orders whose resolution due time is before {@code now}, leaving out those for which
     * {@link #RESOLUTION_BREACHED} already fired with that due time.
     */
    List<ServiceOrder> breached(String tenant, Instant now, int limit);

    /**
     * Running orders whose next-update deadline is before {@code now}, leaving out those for which
     * {@link #NEXT_UPDATE_OVERDUE} already fired with that deadline.
     */
    List<ServiceOrder> nextUpdateOverdue(String tenant, Instant now, int limit);

    /** Resolved orders of a type resolved at or before {@code before}: candidates for automatic closing. */
    List<ServiceOrder> resolvedBefore(String tenant, String type, Instant before, int limit);

    /**
     * Records that {@code event} fired for the order's deadline {@code dueAt}. Returns true for exactly one
     * caller per (tenant, order, event, dueAt), across every node sharing the store.
     */
    boolean markFired(String tenant, OrderId orderId, String event, Instant dueAt, Instant firedAt);
}
