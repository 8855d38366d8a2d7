package dev.protocolo.jdbc;

import dev.protocolo.jdbc.testing.TestDatabases.Database;

/** {@link JdbcStorageContractTest} on PostgreSQL (skipped unless configured). */
class PostgresStorageContractTest extends JdbcStorageContractTest {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }
}
