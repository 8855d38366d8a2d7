package dev.protocolo.jdbc;

import static dev.protocolo.desk.Fixtures.FINANCE;
import static dev.protocolo.desk.Fixtures.TENANT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.protocolo.command.AddReply;
import dev.protocolo.command.Assign;
import dev.protocolo.command.Close;
import dev.protocolo.desk.Fixtures;
import dev.protocolo.desk.OrderEvent;
import dev.protocolo.desk.ServiceDesk;
import dev.protocolo.jdbc.testing.TestDatabases;
import dev.protocolo.jdbc.testing.TestDatabases.Database;
import dev.protocolo.lifecycle.IllegalTransitionException;
import dev.protocolo.memory.ManualClock;
import dev.protocolo.order.Action;
import dev.protocolo.order.OrderRef;
import dev.protocolo.order.ServiceOrder;
import dev.protocolo.spi.OrderQuery;
import dev.protocolo.spi.UnitOfWork;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Several commands in one JDBC unit of work, run once per database by the subclasses: they see each other's
 * writes, a failing nested one undoes only itself (a savepoint), and listeners hear about a change only once
 * it committed. The same inside a host's transaction, except that its commit cannot be observed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcUnitOfWorkTest {
    static final String PREFIX = "uw_";

    HikariDataSource ds;
    JdbcStorage storage;
    final ManualClock clock = ManualClock.at("2026-03-02T13:00:00Z");
    final List<OrderEvent> events = new CopyOnWriteArrayList<>();
    ServiceDesk desk;

    abstract Database database();

    @BeforeAll
    void start() {
        if (!TestDatabases.configured(database())) {
            return;
        }
        ds = TestDatabases.pool(database(), "unitofwork", 4);
        TestDatabases.dropTables(ds, PREFIX);
        storage = JdbcStorage.builder(ds).tablePrefix(PREFIX).build();
    }

    @AfterAll
    void stop() {
        if (ds != null) {
            ds.close();
        }
    }

    @BeforeEach
    void cleanDesk() {
        TestDatabases.assumeConfigured(database());
        TestDatabases.deleteRows(ds, PREFIX, "outbox", "history", "orders");
        events.clear();
        desk = desk(storage);
    }

    private ServiceDesk desk(JdbcStorage s) {
        return s.configure(ServiceDesk.builder()).clock(clock).listener(events::add).build();
    }

    private List<ServiceOrder> allOrders() {
        return storage.orders().search(OrderQuery.all(TENANT, 100)).items();
    }

    @Test
    void commandsInOneUnitOfWorkSeeEachOtherAndPublishAfterCommit() {
        ServiceOrder o = desk.unitOfWork().execute(() -> {
            ServiceOrder opened = desk.open(Fixtures.phoneCall("x"));
            ServiceOrder assigned = desk.assign(new Assign(OrderRef.of(opened), FINANCE, "finance", null, null));
            assertTrue(events.isEmpty(), "nothing is published before the commit");
            return desk.reply(new AddReply(OrderRef.of(assigned), FINANCE, "Olá"));
        });
        assertEquals(3, o.version());
        assertEquals(List.of(Action.OPEN, Action.ASSIGN, Action.REPLY), events.stream().map(e -> e.entry().action()).toList());
        assertEquals(3, desk.history(TENANT, o.id()).size());
    }

    @Test
    void aFailedCommandUndoesOnlyItself() {
        ServiceOrder o = desk.open(Fixtures.phoneCall("x"));
        int notifications = desk.notifications(TENANT, o.id()).size();
        events.clear();
        desk.unitOfWork().execute(() -> {
            desk.reply(new AddReply(OrderRef.latest(TENANT, o.id()), FINANCE, "primeira"));
            assertThrows(IllegalTransitionException.class,
                    () -> desk.close(new Close(OrderRef.latest(TENANT, o.id()), FINANCE, null)));
            return null;
        });
        assertEquals(2, desk.find(TENANT, o.id()).orElseThrow().version());
        assertEquals(notifications + 2, desk.notifications(TENANT, o.id()).size(), "the reply's e-mail and SMS only");
        assertEquals(1, events.size());
    }

    @Test
    void aNestedUnitOfWorkThatThrowsAfterWritingLeavesTheOuterWrites() {
        ServiceOrder kept = desk.unitOfWork().execute(() -> {
            ServiceOrder first = desk.open(Fixtures.phoneCall("kept"));
            assertThrows(IllegalStateException.class, () -> desk.unitOfWork().execute(() -> {
                desk.open(Fixtures.phoneCall("undone"));
                throw new IllegalStateException("nested failure after its writes");
            }));
            return desk.reply(new AddReply(OrderRef.of(first), FINANCE, "segue"));
        });
        assertEquals(List.of(kept), allOrders());
        assertEquals(2, desk.history(TENANT, kept.id()).size());
        assertEquals(List.of(kept.id(), kept.id()), events.stream().map(e -> e.after().id()).toList(),
                "the undone opening is never published");
        ServiceOrder next = desk.open(Fixtures.phoneCall("next"));
        assertTrue(next.protocol().value().compareTo(kept.protocol().value()) > 0);
        assertEquals(2, allOrders().size());
    }

    @Test
    void aDatabaseErrorInANestedUnitOfWorkLeavesTheOuterTransactionUsable() {
        ServiceOrder o = desk.unitOfWork().execute(() -> {
            ServiceOrder opened = desk.open(Fixtures.phoneCall("x"));
            // the same key again: the database refuses, which on PostgreSQL would abort the whole transaction
            assertThrows(StorageException.class, () -> desk.unitOfWork().execute(() -> {
                storage.orders().insert(opened, desk.history(TENANT, opened.id()).get(0));
                return null;
            }));
            return desk.reply(new AddReply(OrderRef.of(opened), FINANCE, "ainda aqui"));
        });
        assertEquals(2, desk.find(TENANT, o.id()).orElseThrow().version());
        assertEquals(2, events.size());
    }

    @Test
    void aRolledBackUnitOfWorkPublishesNothingAndLeavesNothing() {
        assertThrows(IllegalStateException.class, () -> desk.unitOfWork().execute(() -> {
            desk.open(Fixtures.phoneCall("x"));
            throw new IllegalStateException("host failure");
        }));
        assertTrue(events.isEmpty());
        assertTrue(allOrders().isEmpty());
    }

    @Test
    void afterCommitRunsAtOnceOutsideAndAfterTheOutermostCommitInside() {
        UnitOfWork uow = storage.unitOfWork();
        List<String> ran = new ArrayList<>();
        uow.afterCommit(() -> ran.add("outside"));
        assertEquals(List.of("outside"), ran);
        uow.execute(() -> {
            uow.afterCommit(() -> ran.add("outer"));
            uow.execute(() -> {
                uow.afterCommit(() -> ran.add("nested"));
                return null;
            });
            assertThrows(IllegalStateException.class, () -> uow.execute(() -> {
                uow.afterCommit(() -> ran.add("failed nested"));
                throw new IllegalStateException("undone");
            }));
            assertEquals(List.of("outside"), ran);
            return null;
        });
        assertEquals(List.of("outside", "outer", "nested"), ran);
        assertThrows(IllegalStateException.class, () -> uow.execute(() -> {
            uow.afterCommit(() -> ran.add("rolled back"));
            throw new IllegalStateException("rollback");
        }));
        assertEquals(3, ran.size());
    }

    @Test
    void inTheHostsTransactionActionsRunAfterTheWorkAndFailuresRollBackToASavepoint() throws SQLException {
        try (Connection host = ds.getConnection()) {
            host.setAutoCommit(false);
            JdbcStorage hosted = JdbcStorage.builder(ds).tablePrefix(PREFIX).migration(MigrationMode.NONE)
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
            ServiceDesk hostedDesk = desk(hosted);
            ServiceOrder o = hostedDesk.open(Fixtures.phoneCall("x"));
            assertEquals(1, events.size(), "the host's commit cannot be observed: published right after the work");
            assertTrue(storage.orders().findById(TENANT, o.id()).isEmpty(), "not committed yet");

            assertThrows(IllegalStateException.class, () -> hostedDesk.unitOfWork().execute(() -> {
                hostedDesk.reply(new AddReply(OrderRef.of(o), FINANCE, "desfeita"));
                throw new IllegalStateException("host step failed");
            }));
            assertEquals(1, events.size(), "nothing published for the undone work");
            assertEquals(1, hostedDesk.find(TENANT, o.id()).orElseThrow().version(), "back to the savepoint");
            assertFalse(host.getAutoCommit());

            hostedDesk.reply(new AddReply(OrderRef.of(o), FINANCE, "mantida"));
            host.commit();
            ServiceOrder committed = storage.orders().findById(TENANT, o.id()).orElseThrow();
            assertEquals(2, committed.version());
            assertEquals(List.of(Action.OPEN, Action.REPLY),
                    storage.orders().history(TENANT, o.id()).stream().map(h -> h.action()).toList());
        }
    }
}
