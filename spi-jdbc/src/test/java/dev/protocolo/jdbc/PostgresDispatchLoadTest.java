package dev.protocolo.jdbc;

import dev.protocolo.jdbc.testing.TestDatabases.Database;

/** {@link JdbcDispatchLoadTest} on PostgreSQL (skipped unless configured). */
class PostgresDispatchLoadTest extends JdbcDispatchLoadTest {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }
}
