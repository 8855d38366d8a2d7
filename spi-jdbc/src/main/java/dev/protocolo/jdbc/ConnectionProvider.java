package dev.protocolo.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Lets the host decide which connection, and so which transaction, the adapter works in. Plug one in
 * with {@link JdbcStorage.Builder#connectionProvider} when the host manages transactions (Spring,
 * JTA): for Spring, return {@code DataSourceUtils.getConnection(dataSource)} and release with
 * {@code DataSourceUtils.releaseConnection(connection, dataSource)}.
 *
 * <p>With a provider the adapter never commits, rolls back or changes the auto-commit mode of a
 * connection that is already in a transaction (auto-commit off): the host's transaction decides. A
 * connection handed out in auto-commit mode means "no host transaction"; the adapter then runs its own
 * short transaction on it and restores auto-commit before releasing it.
 *
 * <p>Inside the host's transaction a unit of work is guarded by a savepoint, so a command that fails undoes
 * only its own writes and leaves the host's transaction usable. The adapter cannot see when the host
 * commits: actions registered with {@code UnitOfWork.afterCommit} (order event listeners) run as soon as
 * the outermost unit of work returns, and hear of work the host may still roll back.
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
public interface ConnectionProvider {
    /** The connection to use now, on the calling thread. */
    Connection getConnection() throws SQLException;

    /** Gives back a connection obtained from {@link #getConnection()}; closes it by default. */
    default void releaseConnection(Connection connection) throws SQLException {
        connection.close();
    }
}
