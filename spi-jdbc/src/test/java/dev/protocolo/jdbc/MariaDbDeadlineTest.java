package dev.protocolo.jdbc;

import dev.protocolo.jdbc.testing.TestDatabases.Database;

/** {@link JdbcDeadlineTest} on MariaDB (skipped unless configured). */
class MariaDbDeadlineTest extends JdbcDeadlineTest {
    @Override
    Database database() {
        return Database.MARIADB;
    }
}
