package dev.protocolo.sla;

import java.time.Duration;
import java.util.Objects;

/**
 * How much time an SLA metric allows, and which time counts. Immutable and thread-safe.
 *
 * <p>Business days are expressed as business time: with 10-hour days "2 dias úteis" is
 * {@code business(Duration.ofHours(20))}, which keeps one unit across calendars with uneven days.
 *
 * @param amount the time allowed; zero means due at once, negative is refused
 * @param basis  whether only working hours or every instant counts
 */
public record SlaTarget(Duration amount, TimeBasis basis) {
    public SlaTarget {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(basis, "basis");
        if (amount.isNegative()) {
            throw new InvalidSlaException("SLA target must not be negative: " + amount);
        }
    }

    /** A target counted in working hours of the policy calendar. */
    public static SlaTarget business(Duration amount) {
        return new SlaTarget(amount, TimeBasis.BUSINESS_TIME);
    }

    /** A target in which every instant counts. */
    public static SlaTarget calendar(Duration amount) {
        return new SlaTarget(amount, TimeBasis.CALENDAR_TIME);
    }
}
