package dev.protocolo.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connection and transaction handling for one {@link JdbcStorage}. A unit of work binds its connection to
 * the thread; every store operation on that thread joins it. Outside a unit of work each operation runs in
 * its own short transaction. Thread-safe; the binding is per storage instance, never static.
 */
final class Transactions {
    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);

    /** Work against a connection. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    private final DataSource dataSource;
    private final ConnectionProvider provider;
    private final ThreadLocal<Connection> bound = new ThreadLocal<>();

    Transactions(DataSource dataSource, ConnectionProvider provider) {
        this.dataSource = dataSource;
        this.provider = provider;
    }

    boolean active() {
        return bound.get() != null;
    }

    /** Runs {@code work} in the thread's transaction, or in a new one committed before returning. */
    <T> T run(String operation, SqlWork<T> work) {
        Connection c = bound.get();
        if (c != null) {
            try {
                return work.run(c);
            } catch (SQLException e) {
                throw StorageException.of(operation, e);
            }
        }
        return inNewTransaction(operation, work);
    }

    /**
     * Opens a transaction (or joins the host's, with a {@link ConnectionProvider}), binds it to the thread,
     * runs {@code work} and commits; any exception rolls back and propagates unchanged.
     */
    <T> T inNewTransaction(String operation, SqlWork<T> work) {
        Connection c;
        try {
            c = provider != null ? provider.getConnection() : dataSource.getConnection();
        } catch (SQLException e) {
            throw StorageException.of(operation + " (get a connection)", e);
        }
        boolean own;
        boolean restoreAutoCommit;
        try {
            boolean autoCommit = c.getAutoCommit();
            // a provider's connection outside auto-commit is in the host's transaction: not ours to end
            own = provider == null || autoCommit;
            restoreAutoCommit = autoCommit;
            if (autoCommit) {
                c.setAutoCommit(false);
            }
        } catch (SQLException e) {
            release(c);
            throw StorageException.of(operation + " (begin)", e);
        }
        bound.set(c);
        try {
            T result = work.run(c);
            if (own) {
                c.commit();
            }
            return result;
        } catch (SQLException e) {
            rollback(c, own);
            throw StorageException.of(operation, e);
        } catch (RuntimeException | Error e) {
            rollback(c, own);
            throw e;
        } finally {
            bound.remove();
            if (restoreAutoCommit) {
                try {
                    c.setAutoCommit(true);
                } catch (SQLException e) {
                    LOG.warn("could not restore auto-commit after {}", operation, e);
                }
            }
            release(c);
        }
    }

    /**
     * Runs {@code work} in a separate short transaction on a fresh connection from the data source, never
     * the thread's: for work that must commit on its own (reserving a block of numbers, creating a series).
     */
    <T> T separate(String operation, SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            if (autoCommit) {
                c.setAutoCommit(false);
            }
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollback(c, true);
                throw e;
            } finally {
                if (autoCommit) {
                    c.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw StorageException.of(operation, e);
        }
    }

    private static void rollback(Connection c, boolean own) {
        if (!own) {
            return;
        }
        try {
            c.rollback();
        } catch (SQLException e) {
            LOG.warn("rollback failed", e);
        }
    }

    private void release(Connection c) {
        try {
            if (provider != null) {
                provider.releaseConnection(c);
            } else {
                c.close();
            }
        } catch (SQLException e) {
            LOG.warn("could not release connection", e);
        }
    }
}
