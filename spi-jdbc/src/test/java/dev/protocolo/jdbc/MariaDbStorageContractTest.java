package dev.protocolo.jdbc;

import dev.protocolo.jdbc.testing.TestDatabases.Database;

/** {@link JdbcStorageContractTest} on MariaDB (skipped unless configured). */
class MariaDbStorageContractTest extends JdbcStorageContractTest {
    @Override
    Database database() {
        return Database.MARIADB;
    }
}
