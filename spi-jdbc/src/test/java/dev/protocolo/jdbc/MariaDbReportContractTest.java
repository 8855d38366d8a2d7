package dev.protocolo.jdbc;

import dev.protocolo.jdbc.testing.TestDatabases.Database;

/** {@link JdbcReportContractTest} on MariaDB (skipped unless configured). */
class MariaDbReportContractTest extends JdbcReportContractTest {
    @Override
    Database database() {
        return Database.MARIADB;
    }
}
