package dev.protocolo.jdbc;

import dev.protocolo.jdbc.testing.TestDatabases.Database;

/** {@link JdbcConcurrencyTest} on PostgreSQL (skipped unless configured). */
class PostgresConcurrencyTest extends JdbcConcurrencyTest {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }
}
