package dev.protocolo.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import dev.protocolo.desk.ServiceDesk;
import dev.protocolo.desk.ServiceDeskBuilder;
import dev.protocolo.jdbc.testing.TestDatabases;
import dev.protocolo.jdbc.testing.TestDatabases.Database;
import dev.protocolo.report.ReportContract;
import dev.protocolo.spi.ReportSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** The report contract's hand-computed numbers on each database, through {@link JdbcStorage#reports()}. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcReportContractTest extends ReportContract {
    static final String PREFIX = "rc_";

    HikariDataSource ds;
    JdbcStorage storage;

    abstract Database database();

    @BeforeAll
    void start() {
        if (!TestDatabases.configured(database())) {
            return;
        }
        ds = TestDatabases.pool(database(), "reports", 4);
        TestDatabases.dropTables(ds, PREFIX);
        storage = JdbcStorage.builder(ds).tablePrefix(PREFIX).build();
    }

    @AfterAll
    void stop() {
        if (ds != null) {
            ds.close();
        }
    }

    @Override
    protected ServiceDeskBuilder storage(ServiceDeskBuilder builder) {
        TestDatabases.assumeConfigured(database());
        // sequences stay: the storage remembers which series exist, and numbers need not restart
        TestDatabases.deleteRows(ds, PREFIX, "outbox", "history", "orders");
        return storage.configure(builder);
    }

    @Override
    protected ReportSource reportSource(ServiceDesk desk) {
        return storage.reports();
    }
}
