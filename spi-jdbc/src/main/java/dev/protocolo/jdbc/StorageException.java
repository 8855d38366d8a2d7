package dev.protocolo.jdbc;

import dev.protocolo.ProtocoloException;
import java.sql.SQLException;

/**
 * A database operation of the JDBC adapter failed. The message names the operation (for example
 * "update order" or "claim notifications") and carries the driver's message and SQL state; the
 * {@link SQLException} is the cause. Immutable and thread-safe.
 */
public final class StorageException extends ProtocoloException {
    private static final long serialVersionUID = 1L;
    private final String operation;

    public StorageException(String operation, String message, Throwable cause) {
        super("JDBC storage failed to " + operation + ": " + message, cause);
        this.operation = operation;
    }

    static StorageException of(String operation, SQLException e) {
        return new StorageException(operation, e.getMessage() + " (SQLState " + e.getSQLState() + ", error " + e.getErrorCode() + ")", e);
    }

    /** What the adapter was doing, e.g. {@code "insert order"}. */
    public String operation() {
        return operation;
    }

    /** The SQL state of the underlying failure, or {@code null}. */
    public String sqlState() {
        return getCause() instanceof SQLException s ? s.getSQLState() : null;
    }
}
