package dev.protocolo.jdbc;

import dev.protocolo.jdbc.testing.TestDatabases.Database;

/** {@link JdbcUnitOfWorkTest} on PostgreSQL (skipped unless configured). */
class PostgresUnitOfWorkTest extends JdbcUnitOfWorkTest {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }
}
