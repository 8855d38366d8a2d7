package dev.protocolo.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Collects the rules of a {@link BusinessCalendar} and checks them all at {@link #build()}, so a
 * calendar that exists is always usable. Not thread-safe: use one builder on one thread; the
 * calendars it builds are immutable and independent of it.
 */
public final class BusinessCalendarBuilder {
    final ZoneId zone;
    final Map<DayOfWeek, List<WorkingInterval>> hours = new EnumMap<>(DayOfWeek.class);
    boolean brazilianHolidays;
    final Set<OptionalDay> optionalDays = EnumSet.noneOf(OptionalDay.class);
    final List<BusinessCalendar.YearlyHoliday> yearly = new ArrayList<>();
    final List<Holiday> dated = new ArrayList<>();

    BusinessCalendarBuilder(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Sets the working intervals of one weekday, replacing any set before; none closes the day. */
    public BusinessCalendarBuilder workingHours(DayOfWeek day, WorkingInterval... intervals) {
        return workingHours(EnumSet.of(Objects.requireNonNull(day, "day")), intervals);
    }

    /** Sets the same working intervals on each of {@code days}, replacing any set before. */
    public BusinessCalendarBuilder workingHours(Set<DayOfWeek> days, WorkingInterval... intervals) {
        List<WorkingInterval> list = List.copyOf(Arrays.asList(intervals));
        for (DayOfWeek day : days) {
            hours.put(day, new ArrayList<>(list));
        }
        return this;
    }

    /** Sets the same working intervals Monday to Friday, e.g. 08:00–12:00 and 13:00–18:00. */
    public BusinessCalendarBuilder weekdays(WorkingInterval... intervals) {
        return workingHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), intervals);
    }

    /** Whether Brazilian national holidays close the calendar. */
    public BusinessCalendarBuilder brazilianHolidays(boolean on) {
        this.brazilianHolidays = on;
        return this;
    }

    /** Which optional days close the calendar, replacing any chosen before; none switches all off. */
    public BusinessCalendarBuilder optionalDays(OptionalDay... days) {
        optionalDays.clear();
        optionalDays.addAll(Arrays.asList(days));
        return this;
    }

    /** A state or municipal holiday on the same day every year, e.g. 25 January in São Paulo. */
    public BusinessCalendarBuilder holiday(MonthDay day, String name) {
        yearly.add(new BusinessCalendar.YearlyHoliday(Objects.requireNonNull(day, "day"), checkedName(day, name)));
        return this;
    }

    /** A holiday on one specific date, closed all day. */
    public BusinessCalendarBuilder holiday(LocalDate date, String name) {
        return holiday(Holiday.fullDay(date, name));
    }

    /** A holiday on one specific date, possibly closing only the morning. */
    public BusinessCalendarBuilder holiday(Holiday holiday) {
        dated.add(Objects.requireNonNull(holiday, "holiday"));
        return this;
    }

    /**
     * The calendar.
     *
     * @throws InvalidCalendarException if no weekday has working hours or intervals of a day overlap
     */
    public BusinessCalendar build() {
        return new BusinessCalendar(validated(), false);
    }

    BusinessCalendarBuilder validated() {
        for (Map.Entry<DayOfWeek, List<WorkingInterval>> e : hours.entrySet()) {
            List<WorkingInterval> list = e.getValue();
            list.sort(Comparator.comparingLong(WorkingInterval::startNanos));
            for (int i = 1; i < list.size(); i++) {
                if (list.get(i - 1).overlaps(list.get(i))) {
                    throw new InvalidCalendarException("working hours overlap on " + e.getKey() + ": "
                            + list.get(i - 1) + " and " + list.get(i));
                }
            }
        }
        if (hours.values().stream().allMatch(List::isEmpty)) {
            throw new InvalidCalendarException(
                    "no working hours on any day of the week: the calendar would never open");
        }
        return this;
    }

    private static String checkedName(Object day, String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidCalendarException("holiday on " + day + " needs a name");
        }
        return name;
    }
}
