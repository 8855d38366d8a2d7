package dev.protocolo.jdbc;

import dev.protocolo.jdbc.testing.TestDatabases.Database;

/** {@link JdbcStorageContractTest} on H2. */
class H2StorageContractTest extends JdbcStorageContractTest {
    @Override
    Database database() {
        return Database.H2;
    }
}
