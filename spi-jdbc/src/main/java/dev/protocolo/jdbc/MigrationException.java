package dev.protocolo.jdbc;

import dev.protocolo.ProtocoloException;

/**
 * The database schema is not what this version of the library needs: a migration is missing, was
 * changed after it was applied, or could not be applied. The message lists what differs and how to fix
 * it. Immutable and thread-safe.
 */
public final class MigrationException extends ProtocoloException {
    private static final long serialVersionUID = 1L;

    public MigrationException(String message) {
        super(message);
    }

    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
