package dev.protocolo.lifecycle;

import dev.protocolo.ProtocoloException;

/** A lifecycle definition was refused when built; the message names the problem. */
public final class InvalidLifecycleException extends ProtocoloException {
    private static final long serialVersionUID = 1L;

    public InvalidLifecycleException(String message) {
        super(message);
    }
}
