package dev.protocolo.deadline;

import dev.protocolo.order.ServiceOrder;
import java.time.Instant;

/**
 * Something time-driven happened to an order: a call back is due, a deadline is near or was breached, or
 * the order was closed automatically. Fired once per order, kind and due time, across all nodes.
 *
 * @param kind    what happened
 * @param order   the order as the watcher saw it
 * @param dueAt   the deadline or call back time concerned
 * @param firedAt when the watcher noticed
 */
public record DeadlineEvent(Kind kind, ServiceOrder order, Instant dueAt, Instant firedAt) {
    /** The kinds of deadline event. */
    public enum Kind {
        /** A waiting order's call back time came ("call the customer back tomorrow"). */
        CALLBACK_DUE,
        /** The resolution deadline reached the policy's warning threshold (e.g. 80%). */
        RESOLUTION_NEAR,
        /** The resolution deadline passed with the order unresolved. */
        RESOLUTION_BREACHED,
        /** The first-response deadline passed with no response. */
        FIRST_RESPONSE_BREACHED,
        /** The customer is owed news: the next-update deadline after the last public step passed. */
        NEXT_UPDATE_OVERDUE,
        /** A resolved order without reaction was closed by the watcher. */
        AUTO_CLOSED
    }
}
