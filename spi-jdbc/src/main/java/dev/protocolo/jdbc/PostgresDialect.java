package dev.protocolo.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** PostgreSQL: upsert with {@code RETURNING}, {@code SKIP LOCKED}, session advisory locks for migrations. */
final class PostgresDialect implements SqlDialect {

    @Override
    public long increment(Connection c, String table, String key, long by) throws SQLException {
        // one round trip whether or not the series exists; ON CONFLICT waits for a concurrent creator
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " AS s (series_key, current_value) VALUES (?, ?)"
                + " ON CONFLICT (series_key) DO UPDATE SET current_value = s.current_value + EXCLUDED.current_value"
                + " RETURNING current_value")) {
            ps.setString(1, key);
            ps.setLong(2, by);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Override
    public boolean needsSeriesRow() {
        return false;
    }

    @Override
    public void createSeries(Connection c, String table, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table
                + " (series_key, current_value) VALUES (?, 0) ON CONFLICT (series_key) DO NOTHING")) {
            ps.setString(1, key);
            ps.executeUpdate();
        }
    }

    @Override
    public String insertIfAbsent(String table, String columns, int values) {
        // a duplicate-key error would abort the whole transaction on PostgreSQL; ON CONFLICT never raises it
        return "INSERT INTO " + table + " (" + columns + ") VALUES (" + JdbcOrderStore.marks(values) + ") ON CONFLICT DO NOTHING";
    }

    @Override
    public boolean skipLocked() {
        return true;
    }

    @Override
    public void lockMigrations(Connection c, String prefix, String historyTable) throws SQLException {
        // session-level, so it survives the commits of the migration scripts themselves
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_lock(?)")) {
            ps.setLong(1, lockKey(prefix));
            ps.executeQuery().close();
        }
    }

    @Override
    public void unlockMigrations(Connection c, String prefix) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            ps.setLong(1, lockKey(prefix));
            ps.executeQuery().close();
        }
    }

    private static long lockKey(String prefix) {
        // a fixed high word keeps clear of host applications' small advisory keys
        return (0x50524f54L << 32) | (("protocolo:" + prefix).hashCode() & 0xffffffffL);
    }
}
