package dev.protocolo.jdbc;

import dev.protocolo.jdbc.testing.TestDatabases.Database;

/** {@link JdbcUnitOfWorkTest} on H2. */
class H2UnitOfWorkTest extends JdbcUnitOfWorkTest {
    @Override
    Database database() {
        return Database.H2;
    }
}
