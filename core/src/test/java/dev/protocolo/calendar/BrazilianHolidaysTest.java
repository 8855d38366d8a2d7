package dev.protocolo.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BrazilianHolidaysTest {
    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");

    @Test
    void easterMatchesPublishedDates() {
        assertEquals(LocalDate.of(2024, 3, 31), BrazilianHolidays.easterSunday(2024));
        assertEquals(LocalDate.of(2025, 4, 20), BrazilianHolidays.easterSunday(2025));
        assertEquals(LocalDate.of(2026, 4, 5), BrazilianHolidays.easterSunday(2026));
        assertEquals(LocalDate.of(2000, 4, 23), BrazilianHolidays.easterSunday(2000));
        assertEquals(LocalDate.of(2038, 4, 25), BrazilianHolidays.easterSunday(2038));
    }

    @Test
    void movableDaysOf2025() {
        assertTrue(dates(BrazilianHolidays.national(2025)).contains(LocalDate.of(2025, 4, 18)));
        assertEquals(List.of(LocalDate.of(2025, 6, 19)),
                dates(BrazilianHolidays.optional(2025, EnumSet.of(OptionalDay.CORPUS_CHRISTI))));
    }

    @Test
    void movableDaysOf2026() {
        assertTrue(dates(BrazilianHolidays.national(2026)).contains(LocalDate.of(2026, 4, 3)));
        assertEquals(List.of(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
                        LocalDate.of(2026, 6, 4)),
                dates(BrazilianHolidays.optional(2026, EnumSet.allOf(OptionalDay.class))));
    }

    @Test
    void ashWednesdayClosesOnlyUntilTwoInTheAfternoon() {
        Holiday ash = BrazilianHolidays.optional(2026, Set.of(OptionalDay.ASH_WEDNESDAY)).get(0);
        assertEquals(LocalDate.of(2026, 2, 18), ash.date());
        assertEquals(LocalTime.of(14, 0), ash.closedUntil());
        assertFalse(ash.isFullDay());
    }

    @Test
    void blackConsciousnessDayIsNationalFrom2024Only() {
        assertFalse(dates(BrazilianHolidays.national(2023)).contains(LocalDate.of(2023, 11, 20)));
        assertTrue(dates(BrazilianHolidays.national(2024)).contains(LocalDate.of(2024, 11, 20)));
        assertEquals(9, BrazilianHolidays.national(2023).size());
        assertEquals(10, BrazilianHolidays.national(2025).size());
    }

    @Test
    void calendarListsNationalOptionalAndOwnDaysWithNames() {
        BusinessCalendar cal = BusinessCalendar.brazilCommercial(SAO_PAULO).toBuilder()
                .optionalDays(OptionalDay.CARNIVAL)
                .holiday(java.time.MonthDay.of(1, 25), "Aniversário de São Paulo")
                .holiday(LocalDate.of(2026, 7, 9), "Revolução Constitucionalista")
                .build();
        List<Holiday> list = cal.holidaysIn(2026);
        assertEquals(14, list.size());
        assertEquals("Aniversário de São Paulo", list.get(1).name());
        assertEquals(LocalDate.of(2026, 1, 25), list.get(1).date());
        assertEquals("Carnaval (segunda-feira)", list.get(2).name());
        assertTrue(dates(list).contains(LocalDate.of(2026, 7, 9)));
        assertFalse(dates(cal.holidaysIn(2027)).contains(LocalDate.of(2027, 7, 9)));
    }

    private static List<LocalDate> dates(List<Holiday> holidays) {
        return holidays.stream().map(Holiday::date).toList();
    }
}
