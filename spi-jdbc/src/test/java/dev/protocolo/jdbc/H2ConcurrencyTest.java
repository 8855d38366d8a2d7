package dev.protocolo.jdbc;

import dev.protocolo.jdbc.testing.TestDatabases.Database;

/** {@link JdbcConcurrencyTest} on H2. */
class H2ConcurrencyTest extends JdbcConcurrencyTest {
    @Override
    Database database() {
        return Database.H2;
    }
}
