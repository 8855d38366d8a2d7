package dev.protocolo.sla;

import java.time.Instant;
import java.util.Objects;

/**
 * A stretch during which an SLA clock stood still, typically while the order waited on the customer.
 * Immutable and thread-safe.
 *
 * @param from when the clock stopped
 * @param to   when it started again, or {@code null} while still paused; a {@code to} later than
 *             the {@code now} of a calculation also counts as still paused at that {@code now}
 */
public record Pause(Instant from, Instant to) {
    public Pause {
        Objects.requireNonNull(from, "from");
        if (to != null && to.isBefore(from)) {
            throw new InvalidSlaException("pause must not end before it starts: " + from + " to " + to);
        }
    }

    /** A finished pause. */
    public static Pause between(Instant from, Instant to) {
        return new Pause(from, Objects.requireNonNull(to, "to"));
    }

    /** A pause still going on. */
    public static Pause since(Instant from) {
        return new Pause(from, null);
    }

    /** Whether the pause has no end yet. */
    public boolean isOngoing() {
        return to == null;
    }
}
