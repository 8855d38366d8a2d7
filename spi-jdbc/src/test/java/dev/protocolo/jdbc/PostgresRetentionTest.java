package dev.protocolo.jdbc;

import dev.protocolo.jdbc.testing.TestDatabases.Database;

/** {@link JdbcRetentionTest} on PostgreSQL (skipped unless configured). */
class PostgresRetentionTest extends JdbcRetentionTest {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }
}
