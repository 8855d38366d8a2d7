package dev.protocolo.order;

/**
 * The category every {@link Status} belongs to. Reports, SLA clocks and notifications reason about
 * categories, so a custom lifecycle with its own status names still behaves predictably.
 */
public enum StatusCategory {
    /** Opened, nobody working on it yet. */
    NEW,
    /** Someone is working on it. */
    IN_PROGRESS,
    /** Waiting on the customer or a third party; SLA clocks pause. */
    WAITING,
    /** An answer was given; the customer may still react. */
    RESOLVED,
    /** Finished. */
    CLOSED,
    /** Abandoned before resolution. */
    CANCELLED;

    /** Whether an order in this category is finished (closed or cancelled). */
    public boolean isFinal() {
        return this == CLOSED || this == CANCELLED;
    }

    /** Whether an order in this category still counts as open work (backlog). */
    public boolean isOpen() {
        return this == NEW || this == IN_PROGRESS || this == WAITING;
    }
}
