package dev.protocolo.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.protocolo.desk.ServiceDesk;
import dev.protocolo.export.HistoryExporter;
import dev.protocolo.jdbc.testing.TestDatabases;
import dev.protocolo.jdbc.testing.TestDatabases.Database;
import dev.protocolo.order.Action;
import dev.protocolo.order.Actor;
import dev.protocolo.order.HistoryEntry;
import dev.protocolo.order.ServiceOrder;
import dev.protocolo.order.Visibility;
import dev.protocolo.report.OrderReport;
import dev.protocolo.report.ReportDataSet;
import dev.protocolo.report.ReportRequest;
import dev.protocolo.report.Reports;
import dev.protocolo.retention.RetentionPolicy;
import dev.protocolo.retention.RetentionSweeper;
import dev.protocolo.spi.RetentionStore;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The retention sweeper over {@link JdbcStorage}, on the report contract's data set: only eligible orders are
 * anonymized, report numbers do not move, and the redacted history still replays to the anonymized order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcRetentionTest {
    static final String PREFIX = "rt_";

    HikariDataSource ds;
    JdbcStorage storage;
    ReportDataSet data;
    ServiceDesk desk;
    RetentionSweeper sweeper;

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

    @BeforeEach
    void createDataSet() {
        TestDatabases.assumeConfigured(database());
        TestDatabases.deleteRows(ds, PREFIX, "outbox", "history", "orders");
        data = ReportDataSet.create(storage.configure(ServiceDesk.builder()));
        desk = data.desk;
        // Now is Fri 03-06 13:00: general orders finished before Wed 03-04 13:00 are due (only A, resolved Tue 13:00).
        sweeper = RetentionSweeper.of(desk, RetentionPolicy.builder()
                .keep("general", Period.ofDays(2)).keep("billing", Period.ofYears(2)).build());
    }

    private OrderReport week() {
        return Reports.of(desk).run(ReportRequest.of(ReportDataSet.TENANT, ReportDataSet.FROM, ReportDataSet.TO)
                .asOf(ReportDataSet.AS_OF));
    }

    @Test
    void anonymizesOnlyEligibleOrdersAndKeepsEveryStatistic() {
        OrderReport before = week();
        ServiceOrder a = data.a;

        assertEquals(List.of(a.id()), sweeper.sweep(ReportDataSet.TENANT, 100));
        assertEquals(List.of(), sweeper.sweep(ReportDataSet.TENANT, 100), "a second sweep finds nothing");
        assertEquals(before, week());

        ServiceOrder after = desk.find(ReportDataSet.TENANT, a.id()).orElseThrow();
        assertEquals("anonymized", after.customer().externalId());
        assertNull(after.customer().taxId());
        assertNull(after.customer().email());
        assertEquals("", after.subject());
        assertNull(after.description());
        assertEquals(Map.of(), after.attributes());
        assertEquals(List.of(a.type(), a.team(), a.status(), a.priority(), a.channel(), a.openedAt(),
                        a.firstResponseAt(), a.resolvedAt(), a.resolution()),
                List.of(after.type(), after.team(), after.status(), after.priority(), after.channel(),
                        after.openedAt(), after.firstResponseAt(), after.resolvedAt(), after.resolution()));

        List<HistoryEntry> h = desk.history(ReportDataSet.TENANT, a.id());
        HistoryEntry last = h.get(h.size() - 1);
        assertEquals(Action.ANONYMIZE, last.action());
        assertEquals(Visibility.INTERNAL, last.visibility());
        assertEquals(after, desk.replay(h), "replaying the redacted history reproduces the anonymized order");
        for (String personal : List.of("Fulano a", "crm-a", "52998224725", "a@example.com", "+5511987654321",
                "Pedido a", "Descrição do pedido a", "C-a", "Recebemos seu pedido", "cliente ligou duas vezes",
                "Fatura é com o financeiro")) {
            assertFalse(h.toString().contains(personal), personal + " left in history");
        }
        String export = HistoryExporter.of(desk).export(ReportDataSet.TENANT, a.id(), null).orElseThrow().json();
        assertFalse(export.contains("Pedido a"), export);
        assertTrue(export.contains("2ª via enviada"), "the organisation's final answer stays");

        assertEquals(data.c, desk.find(ReportDataSet.TENANT, data.c.id()).orElseThrow(), "C ended Thu 13:00, within its two days");
        assertEquals(data.e, desk.find(ReportDataSet.TENANT, data.e.id()).orElseThrow(), "open orders are never swept");
    }

    @Test
    void sweepsLaterOrdersAsTheirPeriodsEndAndRespectsTheLimit() {
        data.clock.set(Instant.parse("2028-03-06T13:00:00Z"));
        OrderReport before = week();
        assertEquals(2, sweeper.sweep(ReportDataSet.TENANT, 2).size());
        // A, C (general) and B, F (billing, two years) are all due now; D, E and H are open.
        assertEquals(2, sweeper.sweep(ReportDataSet.TENANT, 10).size());
        assertEquals(List.of(), sweeper.sweep(ReportDataSet.TENANT, 10));
        assertEquals(before, week());
        assertEquals("Fulano g", desk.find("globex", data.g.id()).orElseThrow().customer().name(),
                "another tenant's orders are not touched");
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
