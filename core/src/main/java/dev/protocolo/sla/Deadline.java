package dev.protocolo.sla;

import java.time.Duration;
import java.time.Instant;

/**
 * Where one SLA metric stands at a given {@code now}. Immutable and thread-safe; recompute it when
 * anything changes rather than updating it.
 *
 * @param metric      what is measured
 * @param target      the target it was computed for
 * @param dueAt       when the target runs out; while paused, when it would run out if resumed at {@code now}
 * @param warnAt      when the policy's near threshold of the target is used up, for early warnings
 * @param pausedSoFar counted time (business or calendar, as the target says) spent paused up to {@code now}
 * @param paused      whether the clock is stopped at {@code now}
 * @param breached    whether {@code now} is after {@code dueAt}
 */
public record Deadline(SlaMetric metric, SlaTarget target, Instant dueAt, Instant warnAt,
        Duration pausedSoFar, boolean paused, boolean breached) {

    /** Whether {@code now} has reached the warning instant (breached deadlines are near too). */
    public boolean isNear(Instant now) {
        return !now.isBefore(warnAt);
    }
}
