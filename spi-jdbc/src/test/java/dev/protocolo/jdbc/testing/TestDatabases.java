package dev.protocolo.jdbc.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases tests run against, shared with other modules through this module's test-jar.
 *
 * <p>H2 always runs, in memory. PostgreSQL and MariaDB run when their JDBC URL is in
 * {@value #POSTGRES_URL} / {@value #MARIADB_URL}; when one is missing the test is skipped with a message
 * naming the database, unless {@value #REQUIRE} is {@code true} (CI), in which case it fails.
 * Thread-safe; holds no state.
 */
public final class TestDatabases {
    public static final String POSTGRES_URL = "PROTOCOLO_TEST_POSTGRES_URL";
    public static final String MARIADB_URL = "PROTOCOLO_TEST_MARIADB_URL";
    public static final String REQUIRE = "PROTOCOLO_REQUIRE_DATABASES";

    /** A database the tests know how to reach. */
    public enum Database { H2, POSTGRESQL, MARIADB }

    /** Databases whose skipping was already announced in this run, so the console says it once per database. */
    private static final java.util.Set<Database> ANNOUNCED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private TestDatabases() {
    }

    /**
     * The JDBC URL of {@code db}. For H2, an in-memory database called {@code name}, shared by every pool of
     * this JVM that asks for the same name. Skips (or fails, when databases are required) if not configured.
     */
    public static String url(Database db, String name) {
        return switch (db) {
            // a long lock timeout: contended tests queue on row locks for longer than H2's default second
            case H2 -> "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000";
            case POSTGRESQL -> fromEnv(POSTGRES_URL, "PostgreSQL");
            case MARIADB -> fromEnv(MARIADB_URL, "MariaDB");
        };
    }

    private static String fromEnv(String variable, String database) {
        String url = System.getenv(variable);
        if (url == null || url.isBlank()) {
            String message = database + " tests skipped: set " + variable + " to a JDBC URL to run them";
            if (Boolean.parseBoolean(System.getenv(REQUIRE))) {
                Assertions.fail(database + " is required (" + REQUIRE + "=true) but " + variable + " is not set");
            }
            Assumptions.abort(message);
        }
        return url;
    }

    /**
     * Whether {@code db} can be used in this run; fails when it is required (CI) but not configured. Use in
     * {@code @BeforeAll} to skip expensive setup, then {@link #assumeConfigured} in each test.
     */
    public static boolean configured(Database db) {
        if (db == Database.H2) {
            return true;
        }
        String variable = db == Database.POSTGRESQL ? POSTGRES_URL : MARIADB_URL;
        String url = System.getenv(variable);
        if (url == null || url.isBlank()) {
            if (Boolean.parseBoolean(System.getenv(REQUIRE))) {
                Assertions.fail(db + " is required (" + REQUIRE + "=true) but " + variable + " is not set");
            }
            if (ANNOUNCED.add(db)) {
                System.out.println("[protocolo] skipping the " + db + " tests: set " + variable + " to run them");
            }
            return false;
        }
        return true;
    }

    /** Skips the calling test, naming the database and the variable to set, unless {@code db} is configured. */
    public static void assumeConfigured(Database db) {
        if (!configured(db)) {
            url(db, "");
        }
    }

    /** A connection pool of {@code size} on {@code db}; close it when done. */
    public static HikariDataSource pool(Database db, String name, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url(db, name));
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(0);
        config.setPoolName(db + "-" + name);
        config.setConnectionTimeout(30_000);
        if (db == Database.POSTGRESQL) {
            // tests need no durability; skipping the commit flush keeps the suite fast
            config.setConnectionInitSql("SET synchronous_commit TO OFF");
        }
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            if (db != Database.H2) {
                Assertions.fail(db + " is configured but unreachable: " + e.getMessage(), e);
            }
            throw e;
        }
    }

    /** Drops every Protocolo table with {@code prefix}, so a test class starts from an empty schema. */
    public static void dropTables(javax.sql.DataSource ds, String prefix) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String table : List.of("deadline_events", "outbox", "history", "orders", "sequences",
                    "schema_history")) {
                s.execute("DROP TABLE IF EXISTS " + prefix + table);
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop tables with prefix " + prefix, e);
        }
    }

    /** Deletes every row of the named Protocolo tables with {@code prefix}. */
    public static void deleteRows(javax.sql.DataSource ds, String prefix, String... tables) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String table : tables) {
                s.execute("DELETE FROM " + prefix + table);
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not clean tables with prefix " + prefix, e);
        }
    }
}
