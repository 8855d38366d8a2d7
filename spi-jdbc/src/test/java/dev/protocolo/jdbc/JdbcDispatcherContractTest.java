package dev.protocolo.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import dev.protocolo.desk.ServiceDeskBuilder;
import dev.protocolo.dispatch.DispatcherContract;
import dev.protocolo.jdbc.testing.TestDatabases;
import dev.protocolo.jdbc.testing.TestDatabases.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * The dispatcher's delivery guarantees (retries, dead entries, a dispatcher frozen mid-batch, stopping) over
 * the JDBC outbox, run once per database by the subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcDispatcherContractTest extends DispatcherContract {
    static final String PREFIX = "dc_";

    HikariDataSource ds;
    JdbcStorage storage;

    abstract Database database();

    @BeforeAll
    void start() {
        if (!TestDatabases.configured(database())) {
            return;
        }
        ds = TestDatabases.pool(database(), "dispatch", 6);
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
        // the contract counts every entry of the outbox, so each test starts from an empty one
        TestDatabases.deleteRows(ds, PREFIX, "outbox", "history", "orders");
        return storage.configure(builder);
    }
}
