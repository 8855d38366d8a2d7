package dev.protocolo.jdbc;

import dev.protocolo.jdbc.testing.TestDatabases.Database;

/** {@link JdbcRetentionTest} on H2. */
class H2RetentionTest extends JdbcRetentionTest {
    @Override
    Database database() {
        return Database.H2;
    }
}
