package dev.protocolo.jdbc;

import dev.protocolo.jdbc.testing.TestDatabases.Database;

/** {@link JdbcReportContractTest} on PostgreSQL (skipped unless configured). */
class PostgresReportContractTest extends JdbcReportContractTest {
    @Override
    Database database() {
        return Database.POSTGRESQL;
    }
}
