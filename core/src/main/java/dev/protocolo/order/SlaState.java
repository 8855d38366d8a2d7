package dev.protocolo.order;

import java.time.Duration;
import java.time.Instant;

/**
 * The deadlines stored on an order and the clock pauses that shaped them.
 *
 * @param firstResponseDueAt when the first response is due, or {@code null} (no target, or already answered)
 * @param resolutionDueAt    when the resolution is due, or {@code null} (no target, or already resolved)
 * @param pausedSince        when the current pause began (order waiting), or {@code null} when running
 * @param pausedTotal        time already paused (in the SLA's time basis) before {@code pausedSince}
 */
public record SlaState(Instant firstResponseDueAt, Instant resolutionDueAt, Instant pausedSince, Duration pausedTotal) {
    /** No deadlines, never paused. */
    public static final SlaState NONE = new SlaState(null, null, null, Duration.ZERO);

    public SlaState {
        pausedTotal = pausedTotal == null ? Duration.ZERO : pausedTotal;
    }

    /** Whether the clock is paused now. */
    public boolean paused() {
        return pausedSince != null;
    }
}
