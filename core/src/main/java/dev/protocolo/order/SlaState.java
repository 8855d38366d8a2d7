package dev.protocolo.order;

import java.time.Duration;
import java.time.Instant;

/**
 * The deadlines stored on an order and the clock pauses that shaped them. While the order waits, the
 * stored due times stay where they were when the pause began; resuming moves them later by the paused
 * (business) time. Whether a deadline is breached is a question about "now": see {@link #breached}.
 *
 * @param firstResponseDueAt when the first response is due, or {@code null} (no target)
 * @param resolutionDueAt    when the resolution is due, or {@code null} (no target)
 * @param resolutionWarnAt   when the resolution deadline counts as near (the policy's threshold), or {@code null}
 * @param nextUpdateDueAt    when the customer is due the next update after the last public step, or {@code null}
 * @param pausedSince        when the current pause began (order waiting), or {@code null} when running
 * @param pausedTotal        business time (on the policy's calendar) already paused before {@code pausedSince}
 */
public record SlaState(Instant firstResponseDueAt, Instant resolutionDueAt, Instant resolutionWarnAt,
                       Instant nextUpdateDueAt, Instant pausedSince, Duration pausedTotal) {
    /** No deadlines, never paused. */
    public static final SlaState NONE = new SlaState(null, null, null, null, null, Duration.ZERO);

    public SlaState {
        pausedTotal = pausedTotal == null ? Duration.ZERO : pausedTotal;
    }

    /**
     * Whether the resolution deadline has passed at {@code now} on an order that is still unresolved and
     * not paused; a paused clock cannot breach.
     */
    public boolean breached(Instant now, boolean resolved) {
        return resolutionDueAt != null && !resolved && pausedSince == null && now.isAfter(resolutionDueAt);
    }

    /** Whether the clock is paused now. */
    public boolean paused() {
        return pausedSince != null;
    }
}
