package dev.protocolo.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.protocolo.jdbc.testing.TestDatabases;
import dev.protocolo.jdbc.testing.TestDatabases.Database;
import dev.protocolo.order.ServiceOrder;
import dev.protocolo.spi.contract.StorageContract;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The storage contract plus JDBC-only guarantees (gap-free rollback, host-managed transactions, error
 * wrapping), run once per database by the nested subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcStorageContractTest extends StorageContract {
    static final String PREFIX = "ct_";

    HikariDataSource ds;
    JdbcStorage storage;

    abstract Database database();

    @BeforeAll
    void start() {
        ds = TestDatabases.pool(database(), "contract", 12);
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
    protected Ports ports() {
        TestDatabases.deleteRows(ds, PREFIX, "outbox");
        return new Ports(storage.orders(), storage.outbox(), storage.unitOfWork(), storage.sequence());
    }

    @Test
    void dialectIsDetected() {
        assertEquals(switch (database()) {
            case H2 -> Dialect.H2;
            case POSTGRESQL -> Dialect.POSTGRESQL;
            case MARIADB -> Dialect.MARIADB;
        }, storage.dialect());
    }

    @Test
    void gapFreeNumberOfARolledBackOpeningIsHandedOutAgain() {
        String series = tenant + "|general|2026";
        assertEquals(1, p.sequence().next(series));
        assertThrows(IllegalStateException.class, () -> p.unitOfWork().execute(() -> {
            assertEquals(2, p.sequence().next(series));
            throw new IllegalStateException("opening failed");
        }));
        assertEquals(2, p.unitOfWork().execute(() -> p.sequence().next(series)));
    }

    @Test
    void hostManagedTransactionDecidesCommitAndRollback() throws SQLException {
        try (Connection host = ds.getConnection()) {
            host.setAutoCommit(false);
            JdbcStorage hosted = JdbcStorage.builder(ds).tablePrefix(PREFIX).migration(MigrationMode.VALIDATE)
                    .connectionProvider(new ConnectionProvider() {
                        @Override
                        public Connection getConnection() {
                            return host;
                        }

                        @Override
                        public void releaseConnection(Connection connection) {
                            // the host closes it when its transaction is over
                        }
                    }).build();
            ServiceOrder o = order(tenant, "2026000900", T0);
            long number = hosted.unitOfWork().execute(() -> {
                long n = hosted.sequence().next(tenant + "|host|2026");
                hosted.orders().insert(o, opening(o));
                hosted.outbox().enqueue(List.of(notification(o, T0, T0)));
                return n;
            });
            assertEquals(1, number);
            assertFalse(host.getAutoCommit(), "the host's connection is left as it was");
            assertTrue(hosted.orders().findById(tenant, o.id()).isPresent(), "the host's transaction sees its own writes");
            assertTrue(storage.orders().findById(tenant, o.id()).isEmpty(), "not committed by the unit of work");

            host.rollback();
            assertTrue(storage.orders().findById(tenant, o.id()).isEmpty());
            assertTrue(storage.orders().history(tenant, o.id()).isEmpty());
            assertTrue(storage.outbox().forOrder(tenant, o.id()).isEmpty());
            assertEquals(1, storage.sequence().next(tenant + "|host|2026"), "the number went back with the rollback");

            ServiceOrder kept = order(tenant, "2026000901", T0);
            hosted.unitOfWork().execute(() -> {
                hosted.orders().insert(kept, opening(kept));
                return null;
            });
            host.commit();
            assertEquals(kept, storage.orders().findById(tenant, kept.id()).orElseThrow());
        }
    }

    @Test
    void sqlFailuresAreWrappedWithTheOperationNamed() {
        ServiceOrder o = insert(order(tenant, "2026000950", T0));
        StorageException e = assertThrows(StorageException.class, () -> p.orders().insert(o, opening(o)));
        assertEquals("insert order", e.operation());
        assertTrue(e.getMessage().startsWith("JDBC storage failed to insert order: "), e.getMessage());
        assertTrue(e.sqlState().startsWith("23"), e.sqlState());
    }
}
