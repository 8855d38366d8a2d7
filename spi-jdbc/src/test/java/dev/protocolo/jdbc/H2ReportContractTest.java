package dev.protocolo.jdbc;

import dev.protocolo.jdbc.testing.TestDatabases.Database;

/** {@link JdbcReportContractTest} on H2. */
class H2ReportContractTest extends JdbcReportContractTest {
    @Override
    Database database() {
        return Database.H2;
    }
}
