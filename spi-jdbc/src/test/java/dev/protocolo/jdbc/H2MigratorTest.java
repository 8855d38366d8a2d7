package dev.protocolo.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.protocolo.jdbc.testing.TestDatabases.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@link MigratorTest} on H2. */
class H2MigratorTest extends MigratorTest {
    @Override
    Database database() {
        return Database.H2;
    }

    @Test
    void everyShippedMigrationFileIsListed() throws IOException {
        Path root = Path.of("src/main/resources/db/protocolo");
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).forEach(f -> assertTrue(
                    Migrator.SCRIPTS.contains(f.getFileName().toString()), f + " is not in Migrator.SCRIPTS"));
        }
        for (Dialect d : Dialect.values()) {
            assertEquals(Migrator.SCRIPTS.size(), Migrator.scripts(d).size());
        }
    }

    @Test
    void tablePrefixIsValidated() {
        for (String bad : new String[] {"", "Proto_", "1x", "a-b", "x;drop", "abcdefghijklmnopqrstuv"}) {
            assertThrows(IllegalArgumentException.class, () -> JdbcStorage.builder(ds).tablePrefix(bad), bad);
        }
        JdbcStorage.builder(ds).tablePrefix("abcdefghijklmnopqrstu");
    }

    @Test
    void dialectsAreRecognisedByProductName() {
        assertEquals(Dialect.POSTGRESQL, Dialect.fromProductName("PostgreSQL").orElseThrow());
        assertEquals(Dialect.MARIADB, Dialect.fromProductName("MariaDB").orElseThrow());
        assertEquals(Dialect.MARIADB, Dialect.fromProductName("MySQL").orElseThrow());
        assertEquals(Dialect.H2, Dialect.fromProductName("H2").orElseThrow());
        assertTrue(Dialect.fromProductName("Oracle").isEmpty());
    }
}
