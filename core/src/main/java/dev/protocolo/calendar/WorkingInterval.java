package dev.protocolo.calendar;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * One stretch of working hours within a day, e.g. 08:00–12:00, as local wall-clock times.
 * Immutable and thread-safe.
 *
 * <p>The start is included and the end is excluded. An end of {@code 00:00} means midnight at the
 * end of the day (24:00), since {@link LocalTime} cannot say 24:00; so {@code 00:00–00:00} is the
 * whole day and {@code 22:00–00:00} the last two hours. Intervals never cross midnight; a night
 * shift is two intervals on two days.
 */
public record WorkingInterval(LocalTime start, LocalTime end) {
    static final long END_OF_DAY_NANOS = 24L * 60 * 60 * 1_000_000_000L;

    public WorkingInterval {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!LocalTime.MIDNIGHT.equals(end) && !start.isBefore(end)) {
            throw new InvalidCalendarException("working interval must end after it starts: " + start + "–" + end);
        }
    }

    /** The whole day, 00:00–24:00. */
    public static WorkingInterval allDay() {
        return new WorkingInterval(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
    }

    /** Reads {@code "08:00-12:00"} (an en dash works too). */
    public static WorkingInterval parse(String text) {
        String[] parts = Objects.requireNonNull(text, "text").split("[-–]");
        if (parts.length != 2) {
            throw new InvalidCalendarException("expected HH:MM-HH:MM, got '" + text + "'");
        }
        try {
            return new WorkingInterval(LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip()));
        } catch (DateTimeParseException e) {
            throw new InvalidCalendarException("expected HH:MM-HH:MM, got '" + text + "'", e);
        }
    }

    long startNanos() {
        return start.toNanoOfDay();
    }

    long endNanos() {
        return LocalTime.MIDNIGHT.equals(end) ? END_OF_DAY_NANOS : end.toNanoOfDay();
    }

    boolean overlaps(WorkingInterval other) {
        return startNanos() < other.endNanos() && other.startNanos() < endNanos();
    }

    @Override public String toString() {
        return start + "–" + (LocalTime.MIDNIGHT.equals(end) ? "24:00" : end.toString());
    }
}
