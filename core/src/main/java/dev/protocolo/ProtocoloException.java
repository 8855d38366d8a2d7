package dev.protocolo;

/**
 * Root of every exception the library throws on purpose.
 *
 * <p>Hosts can catch this one type to handle any refusal from Protocolo. Each feature declares its
 * own subclasses next to the code that throws them, so the message always names the field, rule or
 * state that caused the refusal. Instances are immutable and safe to share between threads.
 */
public abstract class ProtocoloException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected ProtocoloException(String message) {
        super(message);
    }

    protected ProtocoloException(String message, Throwable cause) {
        super(message, cause);
    }
}
