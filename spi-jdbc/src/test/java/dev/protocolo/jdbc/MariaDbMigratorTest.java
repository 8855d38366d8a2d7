package dev.protocolo.jdbc;

import dev.protocolo.jdbc.testing.TestDatabases.Database;

/** {@link MigratorTest} on MariaDB (skipped unless configured). */
class MariaDbMigratorTest extends MigratorTest {
    @Override
    Database database() {
        return Database.MARIADB;
    }
}
