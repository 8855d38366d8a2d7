package dev.protocolo.spi;

import dev.protocolo.ProtocoloException;
import java.time.Duration;
import java.util.Optional;

/**
 * A {@link NotificationSender} could not deliver a message. {@link #isTransient()} tells the dispatcher
 * whether trying again later may help (a connection refused, an SMTP 4xx, an HTTP 5xx, 429 or a timeout) or
 * whether the message is dead (a rejected recipient, an HTTP 4xx): providers document the same split, and
 * retrying a final refusal only burns quota. Immutable.
 */
public final class DeliveryException extends ProtocoloException {
    private static final long serialVersionUID = 1L;
    private final boolean transientFailure;
    private final Duration retryAfter;

    private DeliveryException(String message, Throwable cause, boolean transientFailure, Duration retryAfter) {
        super(message, cause);
        this.transientFailure = transientFailure;
        this.retryAfter = retryAfter;
    }

    /** A failure that may go away: the dispatcher retries with backoff. */
    public static DeliveryException transientFailure(String message, Throwable cause) {
        return new DeliveryException(message, cause, true, null);
    }

    /**
     * A transient failure whose server said when to come back (HTTP {@code Retry-After}); the dispatcher
     * waits at least that long.
     */
    public static DeliveryException retryAfter(String message, Duration retryAfter) {
        return new DeliveryException(message, null, true, retryAfter);
    }

    /** A final refusal: the entry is marked dead at once. */
    public static DeliveryException permanent(String message, Throwable cause) {
        return new DeliveryException(message, cause, false, null);
    }

    /** Whether a later attempt may succeed. */
    public boolean isTransient() {
        return transientFailure;
    }

    /** The wait the server asked for, if it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
