package dev.protocolo.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import dev.protocolo.ProtocoloException;
import org.junit.jupiter.api.Test;

class BusinessCalendarBuilderTest {
    private static final ZoneId SP = ZoneId.of("America/Sao_Paulo");

    @Test
    void refusesACalendarThatNeverOpens() {
        var e = assertThrows(InvalidCalendarException.class, () -> BusinessCalendar.builder(SP).build());
        assertTrue(e.getMessage().contains("never open"), e.getMessage());
        assertThrows(InvalidCalendarException.class,
                () -> BusinessCalendar.builder(SP).workingHours(DayOfWeek.MONDAY).build());
    }

    @Test
    void refusesOverlappingIntervals() {
        var e = assertThrows(InvalidCalendarException.class, () -> BusinessCalendar.builder(SP)
                .weekdays(WorkingInterval.parse("13:00-18:00"), WorkingInterval.parse("08:00-13:30")).build());
        assertTrue(e.getMessage().contains("08:00–13:30 and 13:00–18:00"), e.getMessage());
    }

    @Test
    void acceptsTouchingIntervalsAndSortsThem() {
        BusinessCalendar cal = BusinessCalendar.builder(SP)
                .weekdays(WorkingInterval.parse("12:00-18:00"), WorkingInterval.parse("08:00-12:00")).build();
        assertEquals(List.of(WorkingInterval.parse("08:00-12:00"), WorkingInterval.parse("12:00-18:00")),
                cal.workingHours(DayOfWeek.MONDAY));
    }

    @Test
    void refusesBackwardsIntervalsBadTextAndBlankNames() {
        assertThrows(InvalidCalendarException.class, () -> WorkingInterval.parse("18:00-08:00"));
        assertThrows(InvalidCalendarException.class, () -> WorkingInterval.parse("8h às 18h"));
        assertThrows(InvalidCalendarException.class,
                () -> BusinessCalendar.builder(SP).holiday(MonthDay.of(1, 25), " "));
        assertThrows(InvalidCalendarException.class,
                () -> Holiday.closedUntil(java.time.LocalDate.of(2025, 1, 1), "x", LocalTime.MIDNIGHT));
    }

    @Test
    void refusesNegativeAmounts() {
        BusinessCalendar cal = BusinessCalendar.brazilCommercial(SP);
        Instant t = Instant.parse("2025-06-04T12:00:00Z");
        assertThrows(InvalidCalendarException.class, () -> cal.add(t, Duration.ofMinutes(-1)));
        ProtocoloException e = assertThrows(InvalidCalendarException.class, () -> cal.addBusinessDays(t, -1));
        assertTrue(e.getMessage().contains("-1"));
    }

    @Test
    void aCalendarClosedByHolidaysForeverIsReportedNotLoopedOn() {
        var b = BusinessCalendar.builder(SP).workingHours(DayOfWeek.MONDAY, WorkingInterval.allDay());
        for (int d = 1; d <= 31; d++) {
            for (java.time.Month m : java.time.Month.values()) {
                if (d <= m.maxLength()) {
                    b.holiday(MonthDay.of(m, d), "fechado");
                }
            }
        }
        BusinessCalendar shut = b.build();
        assertThrows(InvalidCalendarException.class, () -> shut.nextOpening(Instant.parse("2025-01-01T00:00:00Z")));
    }
}
