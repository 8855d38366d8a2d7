package dev.protocolo.sla;

import dev.protocolo.ProtocoloException;

/**
 * Thrown when an SLA policy, target or pause is given values that cannot describe real time:
 * negative targets, pauses that end before they start, warning thresholds outside (0, 1].
 * Immutable and safe to share between threads.
 */
public final class InvalidSlaException extends ProtocoloException {
    private static final long serialVersionUID = 1L;

    public InvalidSlaException(String message) {
        super(message);
    }

    public InvalidSlaException(String message, Throwable cause) {
        super(message, cause);
    }
}
