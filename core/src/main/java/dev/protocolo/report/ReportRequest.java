package dev.protocolo.report;

import dev.protocolo.calendar.BusinessCalendar;
import dev.protocolo.order.Channel;
import dev.protocolo.order.Priority;
import dev.protocolo.spi.ReportSource;
import java.time.Instant;
import java.util.Objects;

/**
 * What to report on: one tenant, a half-open period {@code [from, to)}, optional filters on the order's current
 * type, team, priority and its opening channel, the instant the backlog is aged at, and the calendar for business
 * time. Build with {@link #of} and the verb-style copies. Immutable and thread-safe.
 *
 * @param tenant   required
 * @param from     period start, inclusive
 * @param to       period end, exclusive
 * @param asOf     when backlog ages and still-running team holds are measured; defaults to {@code to}
 * @param type     order type code, or {@code null}
 * @param team     current team code, or {@code null}
 * @param channel  opening channel, or {@code null}
 * @param priority current priority, or {@code null}
 * @param calendar business-time calendar, or {@code null} for {@link BusinessCalendar#brazilCommercial} in the
 *                 desk's zone
 */
public record ReportRequest(String tenant, Instant from, Instant to, Instant asOf, String type, String team,
                            Channel channel, Priority priority, BusinessCalendar calendar) {
    public ReportRequest {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("report period must end after it starts: " + from + " .. " + to);
        }
        asOf = asOf == null ? to : asOf;
    }

    /** Every order of the tenant over {@code [from, to)}. */
    public static ReportRequest of(String tenant, Instant from, Instant to) {
        return new ReportRequest(tenant, from, to, null, null, null, null, null, null);
    }

    public ReportRequest asOf(Instant v) {
        return new ReportRequest(tenant, from, to, v, type, team, channel, priority, calendar);
    }

    public ReportRequest type(String v) {
        return new ReportRequest(tenant, from, to, asOf, v, team, channel, priority, calendar);
    }

    public ReportRequest team(String v) {
        return new ReportRequest(tenant, from, to, asOf, type, v, channel, priority, calendar);
    }

    public ReportRequest channel(Channel v) {
        return new ReportRequest(tenant, from, to, asOf, type, team, v, priority, calendar);
    }

    public ReportRequest priority(Priority v) {
        return new ReportRequest(tenant, from, to, asOf, type, team, channel, v, calendar);
    }

    public ReportRequest calendar(BusinessCalendar v) {
        return new ReportRequest(tenant, from, to, asOf, type, team, channel, priority, v);
    }

    /** The filter handed to the {@link ReportSource}. */
    public ReportSource.Filter filter() {
        return new ReportSource.Filter(tenant, type, team, channel, priority);
    }
}
