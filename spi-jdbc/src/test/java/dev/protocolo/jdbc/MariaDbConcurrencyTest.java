package dev.protocolo.jdbc;

import dev.protocolo.jdbc.testing.TestDatabases.Database;

/** {@link JdbcConcurrencyTest} on MariaDB (skipped unless configured). */
class MariaDbConcurrencyTest extends JdbcConcurrencyTest {
    @Override
    Database database() {
        return Database.MARIADB;
    }
}
