package dev.protocolo.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.protocolo.desk.ServiceDeskBuilder;
import dev.protocolo.jdbc.testing.TestDatabases.Database;
import dev.protocolo.jdbc.testing.TestDatabases;
import dev.protocolo.order.Actor;
import dev.protocolo.order.HistoryEntry;
import dev.protocolo.report.ReportDataSet;
import dev.protocolo.retention.RetentionContract;
import dev.protocolo.spi.RetentionStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The retention contract over {@link JdbcStorage}, plus the store's own rules: which orders are expired, in
 * which order, and exactly what redaction changes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcRetentionTest extends RetentionContract {
    static final String PREFIX = "rt_";

    HikariDataSource ds;
    JdbcStorage storage;

    abstract Database database();

    @BeforeAll
    void start() {
        if (!TestDatabases.configured(database())) {
            return;
        }
        ds = TestDatabases.pool(database(), "retention", 4);
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
        TestDatabases.deleteRows(ds, PREFIX, "outbox", "history", "orders");
        return storage.configure(builder);
    }

    @Test
    void expiredListsFinishedOrdersOldestEndFirst() {
        RetentionStore r = storage.retention();
        Instant later = Instant.parse("2030-01-01T00:00:00Z");
        // general: A resolved Tue 13:00, C resolved again Thu 13:00; D, E and H are open
        assertEquals(List.of(data.a.id(), data.c.id()), r.expired(ReportDataSet.TENANT, "general", later, 10));
        assertEquals(List.of(data.a.id()), r.expired(ReportDataSet.TENANT, "general", later, 1));
        assertEquals(List.of(data.a.id()), r.expired(ReportDataSet.TENANT, "general", data.c.resolvedAt(), 10),
                "the end must be strictly before");
        // billing: B closed Wed 17:00 (its closing, not its resolution, counts), F cancelled Thu 14:00
        assertEquals(List.of(data.b.id(), data.f.id()), r.expired(ReportDataSet.TENANT, "billing", later, 10));
        assertEquals(List.of(data.g.id()), r.expired(ReportDataSet.OTHER_TENANT, "general", later, 10));
    }

    @Test
    void redactionChangesOnlyWhatTheContractNames() {
        RetentionStore r = storage.retention();
        List<HistoryEntry> c = desk.history(ReportDataSet.TENANT, data.c.id());
        // another tenant's id does nothing
        r.redactHistory(ReportDataSet.OTHER_TENANT, data.c.id(), Long.MAX_VALUE, Map.of("subject", "x"));
        assertEquals(c, desk.history(ReportDataSet.TENANT, data.c.id()));

        long before = 4;
        desk.unitOfWork().execute(() -> {
            r.redactHistory(ReportDataSet.TENANT, data.c.id(), before, Map.of("subject", "", "no-such-key", "added?"));
            return null;
        });
        List<HistoryEntry> redacted = desk.history(ReportDataSet.TENANT, data.c.id());
        assertEquals(c.size(), redacted.size());
        for (int i = 0; i < c.size(); i++) {
            HistoryEntry was = c.get(i);
            HistoryEntry now = redacted.get(i);
            if (was.sequence() >= before) {
                assertEquals(was, now, "entries from the given sequence on are untouched");
                continue;
            }
            assertNull(now.publicMessage());
            assertNull(now.internalNote());
            assertEquals(was.details().keySet(), now.details().keySet(), "no key added or removed");
            was.details().forEach((k, v) -> assertEquals(k.equals("subject") ? "" : v, now.details().get(k), k));
            if (was.actor().kind() == Actor.Kind.CUSTOMER) {
                assertEquals(RetentionStore.REDACTED_ACTOR_ID, now.actor().id());
                assertNull(now.actor().name());
            } else {
                assertEquals(was.actor(), now.actor());
            }
            assertEquals(List.of(was.action(), was.at(), was.statusAfter(), was.teamAfter(), was.visibility()),
                    List.of(now.action(), now.at(), now.statusAfter(), now.teamAfter(), now.visibility()));
        }
        assertTrue(c.stream().anyMatch(e -> e.sequence() < before && e.actor().kind() == Actor.Kind.CUSTOMER),
                "the data set has a customer entry to redact (C's reopening)");
        assertEquals(data.c, desk.find(ReportDataSet.TENANT, data.c.id()).orElseThrow(), "the order row is untouched");
    }
}
