package dev.protocolo.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Brazilian national holidays and optional days ("pontos facultativos") for any year, computed rather
 * than listed so no table ever runs out. Stateless and thread-safe.
 *
 * <p>State and municipal holidays vary by place; hosts add them to their {@link BusinessCalendar}.
 */
public final class BrazilianHolidays {
    /** Lei 14.759/2023 made Consciência Negra national from 2024; before that it was only local. */
    static final int BLACK_CONSCIOUSNESS_FROM = 2024;
    static final LocalTime ASH_WEDNESDAY_OPENS = LocalTime.of(14, 0);

    private BrazilianHolidays() {
    }

    /** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** The national holidays of {@code year}, in date order; all of them close the whole day. */
    public static List<Holiday> national(int year) {
        List<Holiday> list = new ArrayList<>(11);
        list.add(fixed(year, Month.JANUARY, 1, "Confraternização Universal"));
        list.add(Holiday.fullDay(easterSunday(year).minusDays(2), "Sexta-feira Santa"));
        list.add(fixed(year, Month.APRIL, 21, "Tiradentes"));
        list.add(fixed(year, Month.MAY, 1, "Dia do Trabalho"));
        list.add(fixed(year, Month.SEPTEMBER, 7, "Independência do Brasil"));
        list.add(fixed(year, Month.OCTOBER, 12, "Nossa Senhora Aparecida"));
        list.add(fixed(year, Month.NOVEMBER, 2, "Finados"));
        list.add(fixed(year, Month.NOVEMBER, 15, "Proclamação da República"));
        if (year >= BLACK_CONSCIOUSNESS_FROM) {
            list.add(fixed(year, Month.NOVEMBER, 20, "Dia Nacional de Zumbi e da Consciência Negra"));
        }
        list.add(fixed(year, Month.DECEMBER, 25, "Natal"));
        list.sort(Comparator.comparing(Holiday::date));
        return List.copyOf(list);
    }

    /** The optional days of {@code year} among {@code which}, in date order. */
    public static List<Holiday> optional(int year, Set<OptionalDay> which) {
        Objects.requireNonNull(which, "which");
        LocalDate easter = easterSunday(year);
        List<Holiday> list = new ArrayList<>(4);
        if (which.contains(OptionalDay.CARNIVAL)) {
            list.add(Holiday.fullDay(easter.minusDays(48), "Carnaval (segunda-feira)"));
            list.add(Holiday.fullDay(easter.minusDays(47), "Carnaval (terça-feira)"));
        }
        if (which.contains(OptionalDay.ASH_WEDNESDAY)) {
            list.add(Holiday.closedUntil(easter.minusDays(46), "Quarta-feira de Cinzas", ASH_WEDNESDAY_OPENS));
        }
        if (which.contains(OptionalDay.CORPUS_CHRISTI)) {
            list.add(Holiday.fullDay(easter.plusDays(60), "Corpus Christi"));
        }
        return List.copyOf(list);
    }

    private static Holiday fixed(int year, Month month, int day, String name) {
        return Holiday.fullDay(LocalDate.of(year, month, day), name);
    }
}
