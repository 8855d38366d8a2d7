package dev.protocolo.jdbc;

import dev.protocolo.jdbc.testing.TestDatabases.Database;

/** {@link JdbcDispatcherContractTest} on MariaDB (skipped unless configured). */
class MariaDbDispatcherContractTest extends JdbcDispatcherContractTest {
    @Override
    Database database() {
        return Database.MARIADB;
    }
}
