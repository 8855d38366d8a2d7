package dev.protocolo.jdbc;

import dev.protocolo.jdbc.testing.TestDatabases.Database;

/** {@link JdbcDispatchLoadTest} on MariaDB (skipped unless configured). */
class MariaDbDispatchLoadTest extends JdbcDispatchLoadTest {
    @Override
    Database database() {
        return Database.MARIADB;
    }
}
