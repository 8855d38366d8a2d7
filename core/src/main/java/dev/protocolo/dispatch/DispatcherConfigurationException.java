package dev.protocolo.dispatch;

import dev.protocolo.ProtocoloException;

/** A {@link NotificationDispatcher} was built without a required part. Immutable. */
public final class DispatcherConfigurationException extends ProtocoloException {
    private static final long serialVersionUID = 1L;

    public DispatcherConfigurationException(String message) {
        super(message);
    }
}
