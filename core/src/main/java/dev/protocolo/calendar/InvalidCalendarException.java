package dev.protocolo.calendar;

import dev.protocolo.ProtocoloException;

/**
 * Thrown when a {@link BusinessCalendar} is built from rules that make no sense (overlapping hours,
 * no opening on any day, blank holiday names) or is asked to count a negative amount of time.
 * Immutable and safe to share between threads.
 */
public final class InvalidCalendarException extends ProtocoloException {
    private static final long serialVersionUID = 1L;

    public InvalidCalendarException(String message) {
        super(message);
    }

    public InvalidCalendarException(String message, Throwable cause) {
        super(message, cause);
    }
}
