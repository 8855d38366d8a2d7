package dev.protocolo.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** What differs between databases. One implementation per database; all stateless and thread-safe. */
interface SqlDialect {

    /**
     * Adds {@code by} to the counter of {@code key} in the connection's current transaction, leaving the row
     * locked until it ends, and returns the new value; -1 if the series has no row yet.
     */
    long increment(Connection c, String table, String key, long by) throws SQLException;

    /** Whether {@link #increment} needs the series row to exist already (it cannot upsert). */
    default boolean needsSeriesRow() {
        return true;
    }

    /** Creates the series row at 0 unless it exists; must not fail when another node creates it concurrently. */
    void createSeries(Connection c, String table, String key) throws SQLException;

    /**
     * An insert of one row that does nothing (update count 0) when the row's key exists, without failing the
     * transaction. This default is a plain insert: the caller must treat a duplicate-key error as "exists",
     * which is safe only where a failed statement leaves the transaction usable (H2).
     */
    default String insertIfAbsent(String table, String columns, int values) {
        return "INSERT INTO " + table + " (" + columns + ") VALUES (" + JdbcOrderStore.marks(values) + ")";
    }

    /** Whether {@code SELECT ... FOR UPDATE SKIP LOCKED} is available for claiming outbox entries. */
    boolean skipLocked();

    /** Takes the cluster-wide migration lock on {@code c}, waiting for another node to finish. */
    void lockMigrations(Connection c, String prefix, String historyTable) throws SQLException;

    /** Releases what {@link #lockMigrations} took. */
    void unlockMigrations(Connection c, String prefix) throws SQLException;

    /** Binds an instant, truncated to microseconds (the precision every supported database keeps). */
    default void setInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setObject(index, OffsetDateTime.ofInstant(value.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
        }
    }

    default Instant getInstant(ResultSet rs, int index) throws SQLException {
        OffsetDateTime t = rs.getObject(index, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** The SQL state families of a unique-key violation. */
    static boolean isDuplicateKey(SQLException e) {
        String state = e.getSQLState();
        return state != null && state.startsWith("23");
    }
}
