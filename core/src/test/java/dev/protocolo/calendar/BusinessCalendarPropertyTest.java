package dev.protocolo.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class BusinessCalendarPropertyTest {

    @Property
    void addLandsOnAnOpenInstantOrExactlyAtAClosing(@ForAll("calendars") BusinessCalendar cal,
            @ForAll("instants") Instant start, @ForAll("durations") Duration d) {
        Instant result = cal.add(start, d);
        boolean closingReached = !d.isZero() && cal.isOpenAt(result.minusNanos(1));
        assertTrue(cal.isOpenAt(result) || closingReached, () -> cal + " " + start + " + " + d + " = " + result);
    }

    @Property
    void betweenUndoesAdd(@ForAll("calendars") BusinessCalendar cal,
            @ForAll("instants") Instant start, @ForAll("durations") Duration d) {
        assertEquals(d, cal.between(start, cal.add(start, d)));
    }

    @Property
    void addingInTwoStepsEqualsAddingOnce(@ForAll("calendars") BusinessCalendar cal,
            @ForAll("instants") Instant start, @ForAll("durations") Duration d1, @ForAll("durations") Duration d2) {
        if (d2.isZero()) {
            return; // adding zero deliberately moves a closing instant on to the next opening
        }
        assertEquals(cal.add(start, d1.plus(d2)), cal.add(cal.add(start, d1), d2));
    }

    @Property
    void betweenIsAdditive(@ForAll("calendars") BusinessCalendar cal,
            @ForAll("instants") Instant a, @ForAll("instants") Instant b, @ForAll("instants") Instant c) {
        assertEquals(cal.between(a, c), cal.between(a, b).plus(cal.between(b, c)));
    }

    @Property
    void nextOpeningIsOpenAndNoWorkingTimeIsSkipped(@ForAll("calendars") BusinessCalendar cal,
            @ForAll("instants") Instant t) {
        Instant opening = cal.nextOpening(t);
        assertTrue(cal.isOpenAt(opening));
        assertEquals(Duration.ZERO, cal.between(t, opening));
    }

    @Property
    void businessDaysLandOnOpenInstantsInOrder(@ForAll("calendars") BusinessCalendar cal,
            @ForAll("instants") Instant t, @ForAll("days") int n) {
        Instant r = cal.addBusinessDays(t, n);
        assertTrue(cal.isOpenAt(r));
        assertTrue(!cal.addBusinessDays(t, n + 1).isBefore(r));
    }

    @Provide
    Arbitrary<BusinessCalendar> calendars() {
        ZoneId sp = ZoneId.of("America/Sao_Paulo");
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        return Arbitraries.of(
                BusinessCalendar.brazilCommercial(sp),
                BusinessCalendar.builder(sp)
                        .weekdays(WorkingInterval.parse("08:00-12:00"), WorkingInterval.parse("13:00-18:00"))
                        .workingHours(DayOfWeek.SATURDAY, WorkingInterval.parse("09:00-13:00"))
                        .brazilianHolidays(true)
                        .optionalDays(OptionalDay.values())
                        .holiday(MonthDay.of(1, 25), "Aniversário de São Paulo")
                        .build(),
                BusinessCalendar.builder(berlin)
                        .weekdays(WorkingInterval.parse("00:30-03:30"), WorkingInterval.parse("22:00-00:00"))
                        .workingHours(DayOfWeek.SUNDAY, WorkingInterval.parse("01:59-02:01"))
                        .holiday(Holiday.closedUntil(LocalDate.of(2025, 10, 27), "Teste", java.time.LocalTime.of(2, 0)))
                        .build(),
                BusinessCalendar.twentyFourSeven(berlin).toBuilder().holiday(MonthDay.of(12, 25), "Natal").build(),
                BusinessCalendar.calendarDays(sp));
    }

    @Provide
    Arbitrary<Instant> instants() {
        long from = Instant.parse("2023-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2027-12-31T00:00:00Z").getEpochSecond();
        Arbitrary<Instant> any = Arbitraries.longs().between(from, to).map(Instant::ofEpochSecond);
        // whole hours hit openings and closings exactly, where off-by-one mistakes hide
        Arbitrary<Instant> onTheHour = Arbitraries.longs().between(from / 3600, to / 3600)
                .map(h -> Instant.ofEpochSecond(h * 3600));
        return Arbitraries.oneOf(any, onTheHour);
    }

    @Provide
    Arbitrary<Duration> durations() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(0, 400).map(Duration::ofHours),
                Arbitraries.longs().between(0, 400 * 3600).map(Duration::ofSeconds),
                Arbitraries.just(Duration.ZERO));
    }

    @Provide
    Arbitrary<Integer> days() {
        return Arbitraries.integers().between(0, 60);
    }
}
