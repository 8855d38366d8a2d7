package dev.protocolo.sla;

import dev.protocolo.calendar.BusinessCalendar;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Computes SLA deadlines and elapsed time from a start instant, a target and the pauses so far.
 * Immutable and thread-safe; a pure function of its arguments.
 *
 * <p>Paused time does not count: the deadline is the instant at which the counted time outside
 * pauses reaches the target. So a pause only ever moves a deadline later, and a pause that begins
 * after the deadline already passed moves nothing — a breach is not undone by waiting on the
 * customer afterwards. While paused at {@code now}, the deadline is where it would be if the clock
 * resumed at {@code now}. Pauses are data passed in each time, so recomputing after the priority or
 * target changed applies the same pauses to the new target.
 */
public final class DeadlineCalculator {
    /** Share of a target after which a deadline counts as near unless a policy says otherwise. */
    public static final double DEFAULT_NEAR_THRESHOLD = 0.8;

    private final BusinessCalendar business;
    private final BusinessCalendar everyInstant;
    private final double nearThreshold;

    /** A calculator counting business time on {@code calendar}, warning at 80% of a target. */
    public DeadlineCalculator(BusinessCalendar calendar) {
        this(calendar, DEFAULT_NEAR_THRESHOLD);
    }

    /** A calculator warning once {@code nearThreshold} (in (0, 1]) of a target is used up. */
    public DeadlineCalculator(BusinessCalendar calendar, double nearThreshold) {
        this.business = Objects.requireNonNull(calendar, "calendar");
        this.everyInstant = BusinessCalendar.calendarDays(calendar.zone());
        this.nearThreshold = checkedThreshold(nearThreshold);
    }

    /** Where {@code metric} stands at {@code now} for a clock started at {@code start}. */
    public Deadline deadline(SlaMetric metric, SlaTarget target, Instant start, List<Pause> pauses, Instant now) {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(target, "target");
        requireInputs(start, now, pauses);
        BusinessCalendar cal = clock(target.basis());
        PauseTimeline timeline = PauseTimeline.of(start, now, pauses);
        Instant dueAt = reach(cal, start, target.amount(), timeline);
        Instant warnAt = reach(cal, start, scale(target.amount(), nearThreshold), timeline);
        return new Deadline(metric, target, dueAt, warnAt, paused(cal, timeline), timeline.pausedNow(),
                now.isAfter(dueAt));
    }

    /** Business time counted from {@code start} to {@code now}, paused time left out. */
    public Duration elapsed(Instant start, Instant now, List<Pause> pauses) {
        return elapsed(TimeBasis.BUSINESS_TIME, start, now, pauses);
    }

    /** Time of the given basis counted from {@code start} to {@code now}, paused time left out. */
    public Duration elapsed(TimeBasis basis, Instant start, Instant now, List<Pause> pauses) {
        requireInputs(start, now, pauses);
        if (!now.isAfter(start)) {
            return Duration.ZERO;
        }
        BusinessCalendar cal = clock(basis);
        return cal.between(start, now).minus(paused(cal, PauseTimeline.of(start, now, pauses)));
    }

    public double nearThreshold() {
        return nearThreshold;
    }

    private BusinessCalendar clock(TimeBasis basis) {
        return Objects.requireNonNull(basis, "basis") == TimeBasis.BUSINESS_TIME ? business : everyInstant;
    }

    /** The instant where counted time outside the pauses reaches {@code amount}. */
    private static Instant reach(BusinessCalendar cal, Instant start, Duration amount, PauseTimeline timeline) {
        Instant cursor = start;
        Duration remaining = amount;
        for (PauseTimeline.Stretch pause : timeline.stretches()) {
            Duration beforePause = cal.between(cursor, pause.from());
            if (beforePause.compareTo(remaining) >= 0) {
                return cal.add(cursor, remaining);
            }
            remaining = remaining.minus(beforePause);
            cursor = pause.to();
        }
        return cal.add(cursor, remaining);
    }

    private static Duration paused(BusinessCalendar cal, PauseTimeline timeline) {
        Duration total = Duration.ZERO;
        for (PauseTimeline.Stretch s : timeline.stretches()) {
            total = total.plus(cal.between(s.from(), s.to()));
        }
        return total;
    }

    private static Duration scale(Duration d, double factor) {
        BigDecimal seconds = BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9))
                .multiply(BigDecimal.valueOf(factor)).setScale(9, RoundingMode.HALF_UP);
        long whole = seconds.longValue();
        return Duration.ofSeconds(whole, seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue());
    }

    private static void requireInputs(Instant start, Instant now, List<Pause> pauses) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(pauses, "pauses");
    }

    static double checkedThreshold(double f) {
        if (!(f > 0 && f <= 1)) {
            throw new InvalidSlaException("near threshold must be in (0, 1], got " + f);
        }
        return f;
    }
}
