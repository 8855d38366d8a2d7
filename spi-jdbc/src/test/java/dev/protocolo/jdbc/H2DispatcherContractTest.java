package dev.protocolo.jdbc;

import dev.protocolo.jdbc.testing.TestDatabases.Database;

/** {@link JdbcDispatcherContractTest} on H2. */
class H2DispatcherContractTest extends JdbcDispatcherContractTest {
    @Override
    Database database() {
        return Database.H2;
    }
}
