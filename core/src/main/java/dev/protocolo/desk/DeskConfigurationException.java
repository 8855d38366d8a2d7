package dev.protocolo.desk;

import dev.protocolo.ProtocoloException;

/** The desk was configured inconsistently; the message names the setting. */
public final class DeskConfigurationException extends ProtocoloException {
    private static final long serialVersionUID = 1L;

    public DeskConfigurationException(String message) {
        super(message);
    }
}
