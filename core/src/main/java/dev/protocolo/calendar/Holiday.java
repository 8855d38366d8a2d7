package dev.protocolo.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A date on which the desk is closed, with the name people know it by. Immutable and thread-safe.
 *
 * <p>Most holidays close the whole day ({@code closedUntil == null}). Some optional days only close
 * the morning — Ash Wednesday is "ponto facultativo até as 14h" — so {@code closedUntil} says from
 * when the usual working hours apply again that day.
 *
 * @param date        the local date in the calendar's zone
 * @param name        e.g. {@code "Tiradentes"}
 * @param closedUntil when the day's usual hours resume, or {@code null} if closed all day
 */
public record Holiday(LocalDate date, String name, LocalTime closedUntil) {
    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new InvalidCalendarException("holiday on " + date + " needs a name");
        }
        if (LocalTime.MIDNIGHT.equals(closedUntil)) {
            // "closed until 00:00" would mean open all day; that is not a holiday at all
            throw new InvalidCalendarException("holiday '" + name + "' closed until midnight closes nothing");
        }
    }

    /** A holiday that closes the whole day. */
    public static Holiday fullDay(LocalDate date, String name) {
        return new Holiday(date, name, null);
    }

    /** A holiday that closes the morning, with usual hours from {@code until} on. */
    public static Holiday closedUntil(LocalDate date, String name, LocalTime until) {
        return new Holiday(date, name, Objects.requireNonNull(until, "until"));
    }

    /** Whether the holiday closes the whole day. */
    public boolean isFullDay() {
        return closedUntil == null;
    }

    /** Nanosecond of the day before which the desk is closed; a full day closes all of it. */
    long closedUntilNanos() {
        return closedUntil == null ? WorkingInterval.END_OF_DAY_NANOS : closedUntil.toNanoOfDay();
    }
}
