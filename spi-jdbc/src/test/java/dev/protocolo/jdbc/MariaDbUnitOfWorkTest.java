package dev.protocolo.jdbc;

import dev.protocolo.jdbc.testing.TestDatabases.Database;

/** {@link JdbcUnitOfWorkTest} on MariaDB (skipped unless configured). */
class MariaDbUnitOfWorkTest extends JdbcUnitOfWorkTest {
    @Override
    Database database() {
        return Database.MARIADB;
    }
}
