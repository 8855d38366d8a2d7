package dev.protocolo.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * MariaDB 10.6+ and MySQL 8. Instants live in {@code DATETIME(6)} columns as UTC wall time, which keeps
 * them clear of the session time zone and of {@code TIMESTAMP}'s 2038 limit.
 */
final class MariaDbDialect implements SqlDialect {

    @Override
    public long increment(Connection c, String table, String key, long by) throws SQLException {
        // LAST_INSERT_ID(expr) hands the new value back in the OK packet, read as a generated key
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table
                + " SET current_value = LAST_INSERT_ID(current_value + ?) WHERE series_key = ?", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, by);
            ps.setString(2, key);
            if (ps.executeUpdate() == 0) {
                return -1;
            }
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (keys.next() && keys.getLong(1) > 0) {
                    return keys.getLong(1);
                }
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT LAST_INSERT_ID()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void createSeries(Connection c, String table, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT IGNORE INTO " + table + " (series_key, current_value) VALUES (?, 0)")) {
            ps.setString(1, key);
            ps.executeUpdate();
        }
    }

    @Override
    public String insertIfAbsent(String table, String columns, int values) {
        return "INSERT IGNORE INTO " + table + " (" + columns + ") VALUES (" + JdbcOrderStore.marks(values) + ")";
    }

    @Override
    public boolean skipLocked() {
        return true;
    }

    @Override
    public void lockMigrations(Connection c, String prefix, String historyTable) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT GET_LOCK(?, 600)")) {
            ps.setString(1, lockName(prefix));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getInt(1) != 1) {
                    throw new SQLException("could not take migration lock " + lockName(prefix) + " within 10 minutes");
                }
            }
        }
    }

    @Override
    public void unlockMigrations(Connection c, String prefix) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            ps.setString(1, lockName(prefix));
            ps.executeQuery().close();
        }
    }

    private static String lockName(String prefix) {
        return "protocolo_migrate_" + prefix;
    }

    @Override
    public void setInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.TIMESTAMP);
        } else {
            ps.setObject(index, LocalDateTime.ofInstant(value.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
        }
    }

    @Override
    public Instant getInstant(ResultSet rs, int index) throws SQLException {
        LocalDateTime t = rs.getObject(index, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

}
