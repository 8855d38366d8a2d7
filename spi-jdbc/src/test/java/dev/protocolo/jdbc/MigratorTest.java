package dev.protocolo.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.protocolo.jdbc.testing.TestDatabases;
import dev.protocolo.jdbc.testing.TestDatabases.Database;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Schema migration on each database: once under concurrency, validation, printed DDL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MigratorTest {
    static final String PREFIX = "mg_";

    HikariDataSource ds;

    abstract Database database();

    @BeforeAll
    void start() {
        if (!TestDatabases.configured(database())) {
            return;
        }
        ds = TestDatabases.pool(database(), "migrator", 10);
    }

    @org.junit.jupiter.api.BeforeEach
    void requireDatabase() {
        TestDatabases.assumeConfigured(database());
    }

    @AfterAll
    void stop() {
        if (ds != null) {
            ds.close();
        }
    }

    @Test
    void fourNodesStartingTogetherApplyEachMigrationOnce() throws Exception {
        TestDatabases.dropTables(ds, PREFIX);
        CyclicBarrier start = new CyclicBarrier(4);
        List<Callable<JdbcStorage>> nodes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            nodes.add(() -> {
                start.await();
                return JdbcStorage.builder(ds).tablePrefix(PREFIX).build();
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Future<JdbcStorage> f : pool.invokeAll(nodes)) {
                assertEquals(PREFIX, f.get().tablePrefix());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(shippedVersions(), appliedVersions());
        // a later start finds nothing to do and validation agrees
        JdbcStorage.builder(ds).tablePrefix(PREFIX).build();
        JdbcStorage.builder(ds).tablePrefix(PREFIX).migration(MigrationMode.VALIDATE).build();
        assertEquals(shippedVersions(), appliedVersions());
    }

    @Test
    void validateRefusesAMissingOrChangedSchema() throws SQLException {
        String prefix = "mv_";
        TestDatabases.dropTables(ds, prefix);
        MigrationException missing = assertThrows(MigrationException.class,
                () -> JdbcStorage.builder(ds).tablePrefix(prefix).migration(MigrationMode.VALIDATE).build());
        assertTrue(missing.getMessage().contains("not installed"), missing.getMessage());

        JdbcStorage.builder(ds).tablePrefix(prefix).build();
        execute("DELETE FROM " + prefix + "schema_history WHERE version = 2");
        MigrationException lacking = assertThrows(MigrationException.class,
                () -> JdbcStorage.builder(ds).tablePrefix(prefix).migration(MigrationMode.VALIDATE).build());
        assertTrue(lacking.getMessage().contains("V2 (indexes)"), lacking.getMessage());

        execute("UPDATE " + prefix + "schema_history SET checksum = 42 WHERE version = 1");
        MigrationException changed = assertThrows(MigrationException.class,
                () -> JdbcStorage.builder(ds).tablePrefix(prefix).migration(MigrationMode.VALIDATE).build());
        assertTrue(changed.getMessage().contains("checksum 42"), changed.getMessage());
        JdbcStorage.builder(ds).tablePrefix(prefix).migration(MigrationMode.NONE).build();
        TestDatabases.dropTables(ds, prefix);
    }

    @Test
    void printedDdlBuildsTheSameSchemaAsTheMigrator() throws SQLException {
        String prefix = "md_";
        TestDatabases.dropTables(ds, prefix);
        String ddl = Migrator.ddl(storageDialect(), prefix);
        assertTrue(ddl.contains("CREATE TABLE IF NOT EXISTS md_orders"), ddl);
        assertTrue(!ddl.contains("${prefix}"));
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String statement : Migrator.statements(ddl)) {
                s.execute(statement);
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
        JdbcStorage.builder(ds).tablePrefix(prefix).migration(MigrationMode.VALIDATE).build();
        TestDatabases.dropTables(ds, prefix);
    }

    @Test
    void aSchemaFromANewerVersionIsRefused() throws SQLException {
        String prefix = "mn_";
        TestDatabases.dropTables(ds, prefix);
        JdbcStorage.builder(ds).tablePrefix(prefix).build();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO mn_schema_history (version, description, checksum) VALUES (99, 'future', 0)");
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
        MigrationException e = org.junit.jupiter.api.Assertions.assertThrows(MigrationException.class,
                () -> JdbcStorage.builder(ds).tablePrefix(prefix).build());
        assertTrue(e.getMessage().contains("newer than this library"), e.getMessage());
        TestDatabases.dropTables(ds, prefix);
    }

    private Dialect storageDialect() {
        return switch (database()) {
            case H2 -> Dialect.H2;
            case POSTGRESQL -> Dialect.POSTGRESQL;
            case MARIADB -> Dialect.MARIADB;
        };
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
    }

    /** Every version this library ships, so the test needs no edit when a migration is added. */
    private static List<Integer> shippedVersions() {
        return Migrator.SCRIPTS.stream().map(f -> Integer.parseInt(f.substring(1, f.indexOf("__")))).sorted().toList();
    }

    private List<Integer> appliedVersions() throws SQLException {
        List<Integer> versions = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version FROM " + PREFIX + "schema_history WHERE version > 0 ORDER BY version")) {
            while (rs.next()) {
                versions.add(rs.getInt(1));
            }
        }
        return versions;
    }
}
