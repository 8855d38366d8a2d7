package dev.protocolo.desk;

import dev.protocolo.order.HistoryEntry;
import dev.protocolo.order.ServiceOrder;

/**
 * Published after a command committed: the order before and after, and the step that was recorded.
 *
 * @param before the order before, or {@code null} when the step opened it
 * @param after  the order after
 * @param entry  the history entry; its action and transition name say what happened
 */
public record OrderEvent(ServiceOrder before, ServiceOrder after, HistoryEntry entry) {
    /** The status before, or {@code null} at opening. */
    public String from() {
        return entry.statusBefore();
    }

    /** The status after. */
    public String to() {
        return entry.statusAfter();
    }
}
