package dev.protocolo.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * H2 2.x. H2 has no advisory locks and no reliable {@code SKIP LOCKED}: outbox claims use conditional
 * updates, and migrations lock a row of the history table from a second connection (DDL commits).
 */
final class H2Dialect implements SqlDialect {

    @Override
    public long increment(Connection c, String table, String key, long by) throws SQLException {
        // FINAL TABLE returns the row as the UPDATE left it: increment and read in one round trip
        try (PreparedStatement ps = c.prepareStatement("SELECT current_value FROM FINAL TABLE (UPDATE " + table
                + " SET current_value = current_value + ? WHERE series_key = ?)")) {
            ps.setLong(1, by);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }

    @Override
    public void createSeries(Connection c, String table, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (series_key, current_value) VALUES (?, 0)")) {
            ps.setString(1, key);
            ps.executeUpdate();
        } catch (SQLException e) {
            if (!SqlDialect.isDuplicateKey(e)) {
                throw e;
            }
        }
    }

    @Override
    public boolean skipLocked() {
        return false;
    }

    @Override
    public void lockMigrations(Connection c, String prefix, String historyTable) throws SQLException {
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute(Migrator.historyTableDdl(historyTable));
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + historyTable
                + " (version, description, checksum) VALUES (0, 'migration lock', 0)")) {
            ps.executeUpdate();
        } catch (SQLException e) {
            if (!SqlDialect.isDuplicateKey(e)) {
                throw e;
            }
        }
        c.setAutoCommit(false);
        // H2 gives up waiting for a row lock after its LOCK_TIMEOUT; keep asking while another node migrates
        for (int attempt = 1; ; attempt++) {
            try (Statement s = c.createStatement()) {
                s.executeQuery("SELECT version FROM " + historyTable + " WHERE version = 0 FOR UPDATE").close();
                return;
            } catch (SQLException e) {
                c.rollback();
                if (attempt >= 300) {
                    throw e;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    @Override
    public void unlockMigrations(Connection c, String prefix) throws SQLException {
        c.rollback();
        c.setAutoCommit(true);
    }
}
