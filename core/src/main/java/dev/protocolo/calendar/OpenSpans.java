package dev.protocolo.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks the open spans of a calendar day by day, in time order, from a given instant.
 *
 * <p>Working in whole days keeps every operation proportional to the number of days crossed, not
 * minutes, and converting each day's wall-clock hours through {@link ZonedDateTime} keeps DST days
 * (23 or 25 hours long, or with a skipped hour) correct. One walker serves one operation on one
 * thread: it caches the current year's holidays, which is why it is not shared.
 */
final class OpenSpans {
    /** A calendar that stays shut this long is broken, not just closed for the holidays. */
    static final int MAX_CLOSED_DAYS = 3660;

    /** One open stretch [start, end) in absolute time. */
    record Span(Instant start, Instant end) {
    }

    private final BusinessCalendar calendar;
    private final ZoneId zone;
    private final Instant from;
    private final ArrayDeque<Span> pending = new ArrayDeque<>();
    private LocalDate nextDay;
    private int cachedYear = Integer.MIN_VALUE;
    private Map<LocalDate, Long> closedUntil = Map.of();

    OpenSpans(BusinessCalendar calendar, Instant from) {
        this.calendar = calendar;
        this.zone = calendar.zone();
        this.from = from;
        // start a day early: a zone whose clocks fall back at midnight can put the instant in yesterday's hours
        this.nextDay = from.atZone(zone).toLocalDate().minusDays(1);
    }

    /**
     * The next open span that ends after the starting instant, its start clipped to that instant;
     * or {@code null} if no span starts before {@code limit} (a {@code null} limit never stops).
     */
    Span next(Instant limit) {
        int closedDays = 0;
        while (pending.isEmpty()) {
            if (limit != null && !nextDay.atStartOfDay(zone).toInstant().isBefore(limit)) {
                return null;
            }
            pending.addAll(spans(nextDay));
            nextDay = nextDay.plusDays(1);
            if (pending.isEmpty() && ++closedDays > MAX_CLOSED_DAYS) {
                throw new InvalidCalendarException("calendar never opens within " + MAX_CLOSED_DAYS
                        + " days after " + from + "; check its holidays and working hours");
            }
            pending.removeIf(s -> !s.end().isAfter(from));
        }
        Span s = pending.poll();
        return s.start().isBefore(from) ? new Span(from, s.end()) : s;
    }

    /** The open spans of one local date, after holidays, in time order. */
    List<Span> spans(LocalDate date) {
        long closed = closedUntil(date);
        List<Span> out = new ArrayList<>(2);
        for (WorkingInterval wi : calendar.workingHours(date.getDayOfWeek())) {
            long startNanos = Math.max(wi.startNanos(), closed);
            if (startNanos >= wi.endNanos()) {
                continue;
            }
            Instant start = at(date, startNanos);
            Instant end = at(date, wi.endNanos());
            if (start.isBefore(end)) { // a DST gap can swallow a short interval whole
                out.add(new Span(start, end));
            }
        }
        return out;
    }

    private Instant at(LocalDate date, long nanoOfDay) {
        if (nanoOfDay >= WorkingInterval.END_OF_DAY_NANOS) {
            return date.plusDays(1).atStartOfDay(zone).toInstant();
        }
        return ZonedDateTime.of(date, LocalTime.ofNanoOfDay(nanoOfDay), zone).toInstant();
    }

    private long closedUntil(LocalDate date) {
        if (date.getYear() != cachedYear) {
            Map<LocalDate, Long> map = new HashMap<>();
            for (Holiday h : calendar.holidaysIn(date.getYear())) {
                map.merge(h.date(), h.closedUntilNanos(), Math::max);
            }
            closedUntil = map;
            cachedYear = date.getYear();
        }
        return closedUntil.getOrDefault(date, 0L);
    }
}
