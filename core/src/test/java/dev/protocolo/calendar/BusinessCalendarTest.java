package dev.protocolo.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {
    static final ZoneId SP = ZoneId.of("America/Sao_Paulo");
    final BusinessCalendar commercial = BusinessCalendar.brazilCommercial(SP);

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SP).toInstant();
    }

    @Test
    void fridayLateAfternoonPlusTwoHoursIsMondayMorning() {
        assertEquals(at("2025-06-09T09:00"), commercial.add(at("2025-06-06T17:00"), Duration.ofHours(2)));
    }

    @Test
    void timeRunningOutAtClosingLandsOnTheClosingInstant() {
        assertEquals(at("2025-06-06T18:00"), commercial.add(at("2025-06-06T16:00"), Duration.ofHours(2)));
        assertFalse(commercial.isOpenAt(at("2025-06-06T18:00")));
    }

    @Test
    void addingZeroMovesAClosedInstantToTheNextOpening() {
        assertEquals(at("2025-06-09T08:00"), commercial.add(at("2025-06-07T10:00"), Duration.ZERO));
        assertEquals(at("2025-06-06T10:00"), commercial.add(at("2025-06-06T10:00"), Duration.ZERO));
    }

    @Test
    void skipsGoodFridayAndTiradentes() {
        // Thursday 17 April 2025 17:00 + 2h: Good Friday 18th, weekend, Monday 21st Tiradentes
        assertEquals(at("2025-04-22T09:00"), commercial.add(at("2025-04-17T17:00"), Duration.ofHours(2)));
        assertEquals(Duration.ofHours(2), commercial.between(at("2025-04-17T17:00"), at("2025-04-22T09:00")));
    }

    @Test
    void lunchBreakIsNotWorkingTime() {
        BusinessCalendar cal = BusinessCalendar.builder(SP)
                .weekdays(WorkingInterval.parse("08:00-12:00"), WorkingInterval.parse("13:00-18:00")).build();
        assertEquals(at("2025-06-04T14:00"), cal.add(at("2025-06-04T11:00"), Duration.ofHours(2)));
        assertFalse(cal.isOpenAt(at("2025-06-04T12:30")));
        assertEquals(at("2025-06-04T13:00"), cal.nextOpening(at("2025-06-04T12:30")));
        assertEquals(Duration.ofHours(9), cal.between(at("2025-06-04T00:00"), at("2025-06-05T00:00")));
    }

    @Test
    void ashWednesdayMorningIsClosedOnlyWhenSwitchedOn() {
        Instant wednesdayMorning = at("2026-02-18T10:00");
        assertTrue(commercial.isOpenAt(wednesdayMorning));
        BusinessCalendar withCarnival = commercial.toBuilder()
                .optionalDays(OptionalDay.CARNIVAL, OptionalDay.ASH_WEDNESDAY).build();
        assertFalse(withCarnival.isOpenAt(wednesdayMorning));
        assertTrue(withCarnival.isOpenAt(at("2026-02-18T14:00")));
        // Friday before Carnival 17:00 + 2h: Mon/Tue closed, Wednesday opens at 14:00
        assertEquals(at("2026-02-18T15:00"), withCarnival.add(at("2026-02-13T17:00"), Duration.ofHours(2)));
    }

    @Test
    void businessDaysKeepTheTimeOfDay() {
        assertEquals(at("2025-06-05T10:00"), commercial.addBusinessDays(at("2025-06-04T10:00"), 1));
        assertEquals(at("2025-06-10T08:00"), commercial.addBusinessDays(at("2025-06-06T20:00"), 1));
        assertEquals(at("2025-04-22T10:00"), commercial.addBusinessDays(at("2025-04-17T10:00"), 1));
        assertEquals(at("2025-07-16T10:00"), commercial.addBusinessDays(at("2025-06-04T10:00"), 30));
    }

    @Test
    void calendarDaysCountEveryInstantAndIgnoreHolidays() {
        BusinessCalendar days = BusinessCalendar.calendarDays(SP);
        assertEquals(at("2025-12-30T10:00"), days.addBusinessDays(at("2025-12-25T10:00"), 5));
        assertEquals(Duration.ofDays(5), days.between(at("2025-12-25T10:00"), at("2025-12-30T10:00")));
        assertTrue(days.isOpenAt(at("2025-12-25T03:00")));
        assertTrue(days.holidaysIn(2025).isEmpty());
    }

    @Test
    void twentyFourSevenHandlesDaylightSavingDays() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        BusinessCalendar cal = BusinessCalendar.twentyFourSeven(berlin);
        Instant before = LocalDateTime.parse("2025-03-29T12:00").atZone(berlin).toInstant();
        Instant after = LocalDateTime.parse("2025-03-31T12:00").atZone(berlin).toInstant();
        assertEquals(Duration.ofHours(47), cal.between(before, after));
        assertEquals(after, cal.add(before, Duration.ofHours(47)));
    }

    @Test
    void workingHoursSpanningTheDstGapStayConsistent() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        BusinessCalendar cal = BusinessCalendar.builder(berlin)
                .workingHours(DayOfWeek.SUNDAY, WorkingInterval.parse("01:00-04:00")).build();
        Instant start = LocalDateTime.parse("2025-03-30T00:00").atZone(berlin).toInstant();
        // 02:00-03:00 does not exist that night: only two hours of work
        assertEquals(Duration.ofHours(2), cal.between(start, start.plus(Duration.ofDays(1))));
    }
}
