package dev.protocolo.report;

/**
 * One elapsed-time metric measured two ways. Immutable and thread-safe.
 *
 * @param calendar wall-clock time between the two instants
 * @param business working time between them by the report's {@link dev.protocolo.calendar.BusinessCalendar}
 */
public record TimeStats(DurationStats calendar, DurationStats business) {
}
