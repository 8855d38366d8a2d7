package dev.protocolo.jdbc;

import dev.protocolo.jdbc.testing.TestDatabases.Database;

/** {@link MigratorTest} on PostgreSQL (skipped unless configured). */
class PostgresMigratorTest extends MigratorTest {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }
}
