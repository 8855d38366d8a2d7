package dev.protocolo.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
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

    /** The thread's transaction: its connection, whether we end it, and what waits for its commit. */
    private static final class Bound {
        final Connection connection;
        final boolean own;
        final List<Runnable> afterCommit = new ArrayList<>();

        Bound(Connection connection, boolean own) {
            this.connection = connection;
            this.own = own;
        }
    }

    private final DataSource dataSource;
    private final ConnectionProvider provider;
    private final ThreadLocal<Bound> bound = new ThreadLocal<>();
    /** Whether the database takes savepoints; asked once, on first use. */
    private volatile Boolean savepoints;

    Transactions(DataSource dataSource, ConnectionProvider provider) {
        this.dataSource = dataSource;
        this.provider = provider;
    }

    /** Whether a host's connection provider supplies the connections (and may own the transactions). */
    boolean hostManaged() {
        return provider != null;
    }

    boolean active() {
        return bound.get() != null;
    }

    /** Runs {@code work} in the thread's transaction, or in a new one committed before returning. */
    <T> T run(String operation, SqlWork<T> work) {
        Bound b = bound.get();
        if (b != null) {
            try {
                return work.run(b.connection);
            } catch (SQLException e) {
                throw StorageException.of(operation, e);
            }
        }
        return inNewTransaction(operation, false, work);
    }

    /**
     * Runs a unit of work. Joining the thread's transaction, or running inside the host's, the work is
     * guarded by a savepoint: if it throws, only its own writes (and the after-commit actions it registered)
     * are undone, and the enclosing transaction stays usable, even on PostgreSQL, which otherwise refuses
     * every statement after an error until the transaction ends.
     */
    <T> T unitOfWork(Supplier<T> work) {
        Bound b = bound.get();
        if (b != null) {
            try {
                return guarded(b, c -> work.get());
            } catch (SQLException e) {
                throw StorageException.of("run nested unit of work", e);
            }
        }
        return inNewTransaction("run unit of work", true, c -> work.get());
    }

    /**
     * Runs {@code action} after the thread's transaction commits, or at once when there is none. In the host's
     * transaction (a {@link ConnectionProvider} connection with auto-commit off) the commit is not ours to
     * observe: the action runs as soon as the outermost unit of work returns.
     */
    void afterCommit(Runnable action) {
        Bound b = bound.get();
        if (b == null) {
            action.run();
        } else {
            b.afterCommit.add(action);
        }
    }

    /**
     * Opens a transaction (or joins the host's, with a {@link ConnectionProvider}), binds it to the thread,
     * runs {@code work} and commits; any exception rolls back and propagates unchanged. In the host's
     * transaction, {@code savepoint} guards the work with a savepoint instead of a rollback we may not do.
     */
    private <T> T inNewTransaction(String operation, boolean savepoint, SqlWork<T> work) {
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
        Bound b = new Bound(c, own);
        bound.set(b);
        T result;
        try {
            result = !own && savepoint ? guarded(b, work) : work.run(c);
            if (own) {
                c.commit();
            }
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
        // unbound and released first, so actions that use the storage run in transactions of their own
        runAfterCommit(b.afterCommit);
        return result;
    }

    /** Runs {@code work} on {@code b}'s connection behind a savepoint, rolling back to it if the work throws. */
    private <T> T guarded(Bound b, SqlWork<T> work) throws SQLException {
        Connection c = b.connection;
        if (!supportsSavepoints(c)) {
            // Without a savepoint a failing nested step would leave its writes for the outer commit.
            throw new SQLException("a nested unit of work needs savepoints, which this driver does not support");
        }
        Savepoint sp = c.setSavepoint();
        int actions = b.afterCommit.size();
        T result;
        try {
            result = work.run(c);
        } catch (SQLException | RuntimeException | Error e) {
            b.afterCommit.subList(actions, b.afterCommit.size()).clear();
            if (sp != null) {
                try {
                    c.rollback(sp);
                } catch (SQLException rollbackFailed) {
                    e.addSuppressed(rollbackFailed);
                }
            }
            throw e;
        }
        if (sp != null) {
            try {
                c.releaseSavepoint(sp);
            } catch (SQLException | UnsupportedOperationException e) {
                // the savepoint ends with the transaction anyway; releasing it early only frees resources
                LOG.debug("could not release savepoint", e);
            }
        }
        return result;
    }

    private boolean supportsSavepoints(Connection c) throws SQLException {
        Boolean known = savepoints;
        if (known == null) {
            known = c.getMetaData().supportsSavepoints();
            savepoints = known;
        }
        return known;
    }

    private static void runAfterCommit(List<Runnable> actions) {
        for (Runnable action : actions) {
            try {
                action.run();
            } catch (RuntimeException e) {
                // the transaction has committed: a failing action must not make the caller believe otherwise
                LOG.warn("after-commit action failed", e);
            }
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
