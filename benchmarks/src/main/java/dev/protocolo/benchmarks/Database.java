package dev.protocolo.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A database the benchmarks run against: embedded H2 (a file under {@code target/}), PostgreSQL and MariaDB
 * (URLs from {@code PROTOCOLO_BENCH_POSTGRES_URL} / {@code PROTOCOLO_BENCH_MARIADB_URL}, defaulting to the
 * local servers).
 */
record Database(String name, String url) {

    static Database named(String name) {
        return switch (name) {
            case "h2" -> new Database("h2", "jdbc:h2:file:" + Path.of("target", "bench-h2", "protocolo").toAbsolutePath()
                    + ";LOCK_TIMEOUT=10000");
            case "postgresql", "postgres", "pg" -> new Database("postgresql", env("PROTOCOLO_BENCH_POSTGRES_URL",
                    "jdbc:postgresql://127.0.0.1:5432/test?user=postgres"));
            case "mariadb", "mysql" -> new Database("mariadb", env("PROTOCOLO_BENCH_MARIADB_URL",
                    "jdbc:mariadb://127.0.0.1:3306/test?user=root"));
            default -> throw new IllegalArgumentException("unknown database '" + name + "': use h2, postgresql, mariadb");
        };
    }

    /** The named databases that answer; prints why the others are skipped. */
    static List<Database> reachable(List<String> names) {
        List<Database> out = new ArrayList<>();
        for (String n : names) {
            Database db = named(n);
            Optional<String> version = db.version();
            if (version.isPresent()) {
                System.out.println("# " + db.name() + ": " + version.get());
                out.add(db);
            } else {
                System.out.println("# " + db.name() + ": skipped, not reachable at " + db.url());
            }
        }
        return out;
    }

    private static String env(String name, String otherwise) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? otherwise : v;
    }

    Optional<String> version() {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            String sql = name.equals("h2") ? "SELECT 'H2 ' || H2VERSION()" : "SELECT version()";
            try (ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return Optional.of(rs.getString(1));
            }
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    /** A pool as a host would configure it; {@code size} connections kept open. */
    HikariDataSource pool(String poolName, int size) {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(url);
        c.setPoolName(poolName);
        c.setMaximumPoolSize(size);
        c.setMinimumIdle(size);
        c.setConnectionTimeout(30_000);
        return new HikariDataSource(c);
    }

    /** Empties the Protocolo tables with {@code prefix}. */
    static void truncate(javax.sql.DataSource ds, String prefix) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String t : List.of("outbox", "history", "orders", "sequences")) {
                s.execute("TRUNCATE TABLE " + prefix + t);
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
    }

    /**
     * Builds the storage on {@code prefix}, creating its tables; when tables left by another version of the
     * library are in the way (the migrator refuses their checksums), drops them and starts afresh.
     */
    static dev.protocolo.jdbc.JdbcStorage prepare(javax.sql.DataSource ds, String prefix) throws SQLException {
        try {
            return dev.protocolo.jdbc.JdbcStorage.builder(ds).tablePrefix(prefix).build();
        } catch (dev.protocolo.jdbc.MigrationException stale) {
            System.out.println("# dropping tables '" + prefix + "*' left by another version: " + stale.getMessage());
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                for (String t : List.of("deadline_events", "outbox", "history", "orders", "sequences", "schema_history")) {
                    s.execute("DROP TABLE IF EXISTS " + prefix + t);
                }
                if (!c.getAutoCommit()) {
                    c.commit();
                }
            }
            return dev.protocolo.jdbc.JdbcStorage.builder(ds).tablePrefix(prefix).build();
        }
    }

    /** Row counts of the Protocolo tables with {@code prefix}: orders, history, outbox, sequences. */
    static long[] rowCounts(javax.sql.DataSource ds, String prefix) throws SQLException {
        long[] n = new long[4];
        String[] tables = {"orders", "history", "outbox", "sequences"};
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (int i = 0; i < tables.length; i++) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + prefix + tables[i])) {
                    rs.next();
                    n[i] = rs.getLong(1);
                }
            }
        }
        return n;
    }
}
