package dev.protocolo.jdbc;

import dev.protocolo.jdbc.testing.TestDatabases.Database;

/** {@link JdbcDeadlineTest} on PostgreSQL (skipped unless configured). */
class PostgresDeadlineTest extends JdbcDeadlineTest {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }
}
