package dev.protocolo.jdbc;

import dev.protocolo.jdbc.testing.TestDatabases.Database;

/** {@link JdbcDeadlineTest} on H2. */
class H2DeadlineTest extends JdbcDeadlineTest {
    @Override
    Database database() {
        return Database.H2;
    }
}
