package dev.protocolo.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * When a service desk is open — a time zone, working hours per weekday and holidays — and how much
 * working time lies between instants. Immutable and thread-safe; build one with {@link #builder(ZoneId)}
 * or start from a preset.
 *
 * <p>Conventions every operation shares: working intervals include their start and exclude their
 * end, so at 18:00 a desk open 08:00–18:00 is closed. Adding business time may land exactly on a
 * closing instant (Friday 16:00 + 2h = Friday 18:00, not Monday 08:00), because that is the moment
 * the time ran out; any other result is an open instant. Adding zero moves a closed instant to
 * {@link #nextOpening(Instant) the next opening}.
 *
 * <p>A {@linkplain #calendarDays(ZoneId) calendar-days} calendar counts every instant and ignores
 * holidays: it is the clock for rules stated in plain days ("5 dias corridos").
 */
public final class BusinessCalendar {
    private final ZoneId zone;
    private final Map<DayOfWeek, List<WorkingInterval>> hours;
    private final boolean brazilianHolidays;
    private final Set<OptionalDay> optionalDays;
    private final List<YearlyHoliday> yearly;
    private final List<Holiday> dated;
    private final boolean everyInstantCounts;

    /** A host's own holiday that recurs on the same month-day each year. */
    record YearlyHoliday(MonthDay day, String name) {
    }

    BusinessCalendar(BusinessCalendarBuilder b, boolean everyInstantCounts) {
        this.zone = b.zone;
        EnumMap<DayOfWeek, List<WorkingInterval>> copy = new EnumMap<>(DayOfWeek.class);
        b.hours.forEach((day, list) -> copy.put(day, List.copyOf(list)));
        this.hours = copy;
        this.brazilianHolidays = b.brazilianHolidays;
        this.optionalDays = Set.copyOf(b.optionalDays);
        this.yearly = List.copyOf(b.yearly);
        this.dated = List.copyOf(b.dated);
        this.everyInstantCounts = everyInstantCounts;
    }

    /** A builder with no working hours and no holidays yet. */
    public static BusinessCalendarBuilder builder(ZoneId zone) {
        return new BusinessCalendarBuilder(zone);
    }

    /** Open every day, all day, with no holidays; add holidays through {@link #toBuilder()}. */
    public static BusinessCalendar twentyFourSeven(ZoneId zone) {
        return builder(zone).workingHours(EnumSet.allOf(DayOfWeek.class), WorkingInterval.allDay()).build();
    }

    /** Monday to Friday 08:00–18:00, closed on Brazilian national holidays; no optional days. */
    public static BusinessCalendar brazilCommercial(ZoneId zone) {
        return builder(zone).weekdays(WorkingInterval.parse("08:00-18:00")).brazilianHolidays(true).build();
    }

    /** Every instant counts and holidays are ignored; {@link #addBusinessDays} adds plain days. */
    public static BusinessCalendar calendarDays(ZoneId zone) {
        BusinessCalendarBuilder b =
                builder(zone).workingHours(EnumSet.allOf(DayOfWeek.class), WorkingInterval.allDay());
        return new BusinessCalendar(b.validated(), true);
    }

    /**
     * A builder holding this calendar's rules, to derive a variant. A calendar-days calendar gives a
     * 24/7 builder whose result honours any holidays added.
     */
    public BusinessCalendarBuilder toBuilder() {
        BusinessCalendarBuilder b = new BusinessCalendarBuilder(zone).brazilianHolidays(brazilianHolidays);
        hours.forEach((day, list) -> b.hours.put(day, new ArrayList<>(list)));
        b.optionalDays.addAll(optionalDays);
        b.yearly.addAll(yearly);
        b.dated.addAll(dated);
        return b;
    }

    public ZoneId zone() {
        return zone;
    }

    /** Whether this is a calendar-days calendar, where every instant is working time. */
    public boolean countsEveryInstant() {
        return everyInstantCounts;
    }

    /** The working intervals of a weekday, in time order; empty if closed that day. */
    public List<WorkingInterval> workingHours(DayOfWeek day) {
        return hours.getOrDefault(day, List.of());
    }

    /** Every holiday and optional day that applies in {@code year}, in date order, with names. */
    public List<Holiday> holidaysIn(int year) {
        if (everyInstantCounts) {
            return List.of();
        }
        List<Holiday> out = new ArrayList<>();
        if (brazilianHolidays) {
            out.addAll(BrazilianHolidays.national(year));
        }
        out.addAll(BrazilianHolidays.optional(year, optionalDays));
        for (YearlyHoliday y : yearly) {
            if (y.day().isValidYear(year)) {
                out.add(Holiday.fullDay(y.day().atYear(year), y.name()));
            }
        }
        dated.stream().filter(h -> h.date().getYear() == year).forEach(out::add);
        out.sort(Comparator.comparing(Holiday::date).thenComparing(Holiday::name));
        return List.copyOf(out);
    }

    /** Whether {@code instant} falls inside working hours. */
    public boolean isOpenAt(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        if (everyInstantCounts) {
            return true;
        }
        OpenSpans.Span s = new OpenSpans(this, instant).next(instant.plusNanos(1));
        return s != null && s.start().equals(instant);
    }

    /** {@code instant} itself if open, otherwise the start of the next working interval. */
    public Instant nextOpening(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return everyInstantCounts ? instant : new OpenSpans(this, instant).next(null).start();
    }

    /**
     * The instant at which {@code businessTime} of working time has passed since {@code start}.
     * See the class comment for where results may land.
     */
    public Instant add(Instant start, Duration businessTime) {
        Objects.requireNonNull(start, "start");
        requireNotNegative(businessTime);
        if (everyInstantCounts) {
            return start.plus(businessTime);
        }
        OpenSpans walker = new OpenSpans(this, start);
        Duration remaining = businessTime;
        while (true) {
            OpenSpans.Span s = walker.next(null);
            Duration length = Duration.between(s.start(), s.end());
            if (remaining.compareTo(length) <= 0) {
                return s.start().plus(remaining);
            }
            remaining = remaining.minus(length);
        }
    }

    /**
     * Working time between two instants; negative when {@code to} is before {@code from}, so that
     * {@code between(a, b).plus(between(b, c))} always equals {@code between(a, c)}.
     */
    public Duration between(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            return between(to, from).negated();
        }
        if (everyInstantCounts) {
            return Duration.between(from, to);
        }
        OpenSpans walker = new OpenSpans(this, from);
        Duration total = Duration.ZERO;
        for (OpenSpans.Span s = walker.next(to); s != null && s.start().isBefore(to); s = walker.next(to)) {
            total = total.plus(Duration.between(s.start(), s.end().isAfter(to) ? to : s.end()));
        }
        return total;
    }

    /**
     * The same local time of day {@code days} business days later, counted from the next opening
     * at or after {@code start}, and moved to the next opening if that day is closed at that time
     * (its hours may be shorter). A business day is a date with any working hours left after
     * holidays. Zero days gives {@link #nextOpening(Instant)}. Example with Mon–Fri 08–18: Friday
     * 20:00 + 1 = Tuesday 08:00 (the count starts Monday 08:00); Wednesday 12:30 with a lunch break
     * until 13:00 + 1 = Thursday 13:00. A calendar-days calendar adds plain days in its zone.
     */
    public Instant addBusinessDays(Instant start, int days) {
        Objects.requireNonNull(start, "start");
        if (days < 0) {
            throw new InvalidCalendarException("business days must not be negative: " + days);
        }
        if (everyInstantCounts) {
            return start.atZone(zone).plusDays(days).toInstant();
        }
        ZonedDateTime base = nextOpening(start).atZone(zone);
        LocalDate date = base.toLocalDate();
        LocalTime timeOfDay = base.toLocalTime();
        OpenSpans openings = new OpenSpans(this, start); // only for its per-year holiday cache
        for (int i = 0; i < days; i++) {
            int skipped = 0;
            do {
                date = date.plusDays(1);
                if (++skipped > OpenSpans.MAX_CLOSED_DAYS) {
                    throw new InvalidCalendarException("calendar never opens after " + date);
                }
            } while (openings.spans(date).isEmpty());
        }
        return nextOpening(ZonedDateTime.of(date, timeOfDay, zone).toInstant());
    }

    static void requireNotNegative(Duration d) {
        Objects.requireNonNull(d, "duration");
        if (d.isNegative()) {
            throw new InvalidCalendarException("business time must not be negative: " + d);
        }
    }

    @Override public String toString() {
        return everyInstantCounts ? "BusinessCalendar[calendar days, " + zone + "]"
                : "BusinessCalendar[" + zone + ", " + hours + ", national=" + brazilianHolidays
                + ", optional=" + optionalDays + ", own=" + (yearly.size() + dated.size()) + "]";
    }
}
