package dev.protocolo.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.protocolo.desk.ServiceDesk;
import dev.protocolo.desk.ServiceDeskBuilder;
import dev.protocolo.export.HistoryExporter;
import dev.protocolo.order.Action;
import dev.protocolo.order.HistoryEntry;
import dev.protocolo.order.ServiceOrder;
import dev.protocolo.order.Visibility;
import dev.protocolo.report.OrderReport;
import dev.protocolo.report.ReportDataSet;
import dev.protocolo.report.ReportRequest;
import dev.protocolo.report.Reports;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The retention sweeper on the report contract's data set, written once and run on every store: only
 * eligible orders are anonymized, report numbers do not move, and the redacted history still replays to
 * the anonymized order. Subclasses give the storage.
 */
public abstract class RetentionContract {
    protected ReportDataSet data;
    protected ServiceDesk desk;
    protected RetentionSweeper sweeper;

    /** Wires a fresh, empty store into {@code builder} (the store must also be a {@code RetentionStore}). */
    protected abstract ServiceDeskBuilder storage(ServiceDeskBuilder builder);

    @BeforeEach
    void createDataSet() {
        data = ReportDataSet.create(storage(ServiceDesk.builder()));
        desk = data.desk;
        // Now is Fri 03-06 13:00: general orders finished before Wed 03-04 13:00 are due (only A, resolved Tue 13:00).
        sweeper = RetentionSweeper.of(desk, RetentionPolicy.builder()
                .keep("general", Period.ofDays(2)).keep("billing", Period.ofYears(2)).build());
    }

    protected OrderReport week() {
        return Reports.of(desk).run(ReportRequest.of(ReportDataSet.TENANT, ReportDataSet.FROM, ReportDataSet.TO)
                .asOf(ReportDataSet.AS_OF));
    }

    @Test
    public void anonymizesOnlyEligibleOrdersAndKeepsEveryStatistic() {
        OrderReport before = week();
        ServiceOrder a = data.a;

        assertEquals(List.of(a.id()), sweeper.sweep(ReportDataSet.TENANT, 100));
        assertEquals(List.of(), sweeper.sweep(ReportDataSet.TENANT, 100), "a second sweep finds nothing");
        assertEquals(before, week());

        ServiceOrder after = desk.find(ReportDataSet.TENANT, a.id()).orElseThrow();
        assertEquals("anonymized", after.customer().externalId());
        assertNull(after.customer().taxId());
        assertNull(after.customer().email());
        assertNull(after.customer().mobilePhone());
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

        ServiceOrder c = desk.find(ReportDataSet.TENANT, data.c.id()).orElseThrow();
        assertEquals(data.c, c, "C ended Thu 13:00, within its two days");
        assertEquals(data.e, desk.find(ReportDataSet.TENANT, data.e.id()).orElseThrow(), "open orders are never swept");
    }

    @Test
    public void sweepsLaterOrdersAsTheirPeriodsEndAndRespectsTheLimit() {
        data.clock.set(java.time.Instant.parse("2028-03-06T13:00:00Z"));
        OrderReport before = week();
        assertEquals(2, sweeper.sweep(ReportDataSet.TENANT, 2).size());
        // A, C (general) and B, F (billing, two years) are all due now; D, E and H are open.
        assertEquals(2, sweeper.sweep(ReportDataSet.TENANT, 10).size());
        assertEquals(List.of(), sweeper.sweep(ReportDataSet.TENANT, 10));
        assertEquals(before, week());
        assertEquals("Fulano g", desk.find("globex", data.g.id()).orElseThrow().customer().name(),
                "another tenant's orders are not touched");
    }
}
