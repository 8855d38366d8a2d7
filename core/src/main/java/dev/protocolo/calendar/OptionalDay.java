package dev.protocolo.calendar;

/**
 * Brazilian "pontos facultativos": days the federal government lets each employer decide on.
 * A host switches them on with {@link BusinessCalendarBuilder#optionalDays(OptionalDay...)}.
 * Dates move with Easter; see {@link BrazilianHolidays#optional(int, java.util.Set)}.
 */
public enum OptionalDay {
    /** Carnival Monday and Tuesday (Easter − 48 and − 47 days), closed the whole day. */
    CARNIVAL,
    /** Ash Wednesday (Easter − 46 days), closed until 14:00 and open afterwards as usual. */
    ASH_WEDNESDAY,
    /** Corpus Christi (Easter + 60 days), closed the whole day. */
    CORPUS_CHRISTI
}
