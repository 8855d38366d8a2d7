package dev.protocolo.jdbc;

import dev.protocolo.jdbc.testing.TestDatabases.Database;

/** {@link JdbcDispatcherContractTest} on PostgreSQL (skipped unless configured). */
class PostgresDispatcherContractTest extends JdbcDispatcherContractTest {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }
}
