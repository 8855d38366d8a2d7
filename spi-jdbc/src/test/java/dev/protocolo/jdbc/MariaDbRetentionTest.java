package dev.protocolo.jdbc;

import dev.protocolo.jdbc.testing.TestDatabases.Database;

/** {@link JdbcRetentionTest} on MariaDB (skipped unless configured). */
class MariaDbRetentionTest extends JdbcRetentionTest {
    @Override
    Database database() {
        return Database.MARIADB;
    }
}
