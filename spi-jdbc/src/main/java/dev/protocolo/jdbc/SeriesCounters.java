package dev.protocolo.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The counter table shared by both sequence strategies.
 *
 * <p>Where the increment cannot create its own row (everywhere but PostgreSQL's upsert), a series row is
 * created before its first use by this JVM, in a separate short transaction and before the caller's
 * transaction touches the table. Creating it inside the caller's transaction deadlocks on MariaDB: an
 * {@code UPDATE} that finds no row leaves a gap lock that blocks every insert into that gap, including a
 * concurrent node's first opening. The first opening of a new series therefore uses a second connection
 * for a moment; size pools with a little headroom. Thread-safe.
 */
final class SeriesCounters {
    private final Transactions tx;
    private final SqlDialect dialect;
    private final String table;
    private final Set<String> known = ConcurrentHashMap.newKeySet();
    /** The width of the series_key column. */
    static final int MAX_KEY = 200;

    SeriesCounters(Transactions tx, SqlDialect dialect, Tables tables) {
        this.tx = tx;
        this.dialect = dialect;
        this.table = tables.sequences();
    }

    /**
     * Creates the series row if this JVM has not used the series yet, in a separate short transaction. Callers
     * that are about to open a separate transaction themselves call it first, so at most one extra connection
     * is held at a time.
     */
    void ensureSeries(String key) {
        if (key.length() > MAX_KEY) {
            // MariaDB's INSERT IGNORE would store a truncated key and every later increment would miss it.
            throw new StorageException("create protocol series", "series key longer than " + MAX_KEY
                    + " characters (tenant, type and format pattern together): " + key.substring(0, 40) + "...", null);
        }
        if (dialect.needsSeriesRow() && !known.contains(key)) {
            tx.separate("create protocol series", sc -> {
                dialect.createSeries(sc, table, key);
                return null;
            });
            known.add(key);
        }
    }

    /** Adds {@code by} to the series on {@code c}, in its transaction, and returns the new value. */
    long increment(Connection c, String key, long by) throws SQLException {
        ensureSeries(key);
        long value = dialect.increment(c, table, key, by);
        if (value < 0) {
            known.remove(key);
            throw new SQLException("protocol series '" + key + "' has no row in " + table + " (deleted while in use?)");
        }
        return value;
    }
}
