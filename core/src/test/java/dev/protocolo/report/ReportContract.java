package dev.protocolo.report;

import static dev.protocolo.report.ReportDataSet.AS_OF;
import static dev.protocolo.report.ReportDataSet.FROM;
import static dev.protocolo.report.ReportDataSet.TENANT;
import static dev.protocolo.report.ReportDataSet.TO;
import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.protocolo.desk.ServiceDesk;
import dev.protocolo.desk.ServiceDeskBuilder;
import dev.protocolo.order.Channel;
import dev.protocolo.order.Priority;
import dev.protocolo.spi.ReportSource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The report contract every {@link ReportSource} must pass, on the fixed {@link ReportDataSet}. Expected values
 * are worked out by hand in the comments (UTC times; business hours are 11:00–21:00 UTC on weekdays).
 * Subclasses supply fresh storage and the source over it.
 */
public abstract class ReportContract {
    protected ReportDataSet data;
    protected Reports reports;

    /** Gives the builder fresh, empty storage ports: store, outbox, unit of work and protocol sequence. */
    protected abstract ServiceDeskBuilder storage(ServiceDeskBuilder builder);

    /** The report source over the same storage as {@code desk}. */
    protected abstract ReportSource reportSource(ServiceDesk desk);

    @BeforeEach
    void createDataSet() {
        data = ReportDataSet.create(storage(ServiceDesk.builder()));
        reports = Reports.of(data.desk, reportSource(data.desk));
    }

    private OrderReport week() {
        return reports.run(ReportRequest.of(TENANT, FROM, TO).asOf(AS_OF));
    }

    @Test
    void volumeCountsOpeningsAndStepsInThePeriodOfOneTenantOnly() {
        // Opened A B C D F H (E is older); resolve steps A, C, B, C; close B; reopen C; cancel F.
        assertEquals(new ReportSource.Volume(6, 4, 1, 1, 1), week().volume());
    }

    @Test
    void backlogAgesOpenOrdersAtAsOf() {
        // Open now: E (Feb 20 13:00, 14 days), D (Mar 4 13:00, 2 days), H (Mar 6 10:00, 3 hours).
        OrderReport r = week();
        assertEquals(Map.of(AgeBucket.UNDER_1_DAY, 1L, AgeBucket.DAYS_1_TO_3, 1L, AgeBucket.DAYS_3_TO_7, 0L,
                AgeBucket.DAYS_7_TO_30, 1L, AgeBucket.OVER_30_DAYS, 0L), r.backlog());
        assertEquals(3, r.backlogTotal());
    }

    @Test
    void firstResponseTimesInCalendarAndBusinessTime() {
        // A: Mon 13:00 → reply 14:00 = 1h (business 1h). B: Mon 20:00 → wait Tue 14:00 = 18h (business Mon 20–21 +
        // Tue 11–14 = 4h). C: Tue 13:00 → resolve 15:00 = 2h (2h). D, F, H never answered.
        TimeStats t = week().firstResponse();
        assertEquals(new DurationStats(3, ofHours(7), ofHours(2), ofHours(18)), t.calendar());
        assertEquals(new DurationStats(3, ofHours(2).plus(ofMinutes(20)), ofHours(2), ofHours(4)), t.business());
    }

    @Test
    void resolutionTimesUseTheLastResolution() {
        // A: Mon 13:00 → Tue 13:00 = 24h (business 8 + 2 = 10h). B: Mon 20:00 → Wed 16:00 = 44h (1 + 10 + 5 = 16h).
        // C: Tue 13:00 → Thu 13:00 = 48h (8 + 10 + 2 = 20h); its first resolution was undone by the reopen.
        TimeStats t = week().resolution();
        assertEquals(new DurationStats(3, ofHours(38).plus(ofMinutes(40)), ofHours(44), ofHours(48)), t.calendar());
        assertEquals(new DurationStats(3, ofHours(15).plus(ofMinutes(20)), ofHours(16), ofHours(20)), t.business());
    }

    @Test
    void evenCountMedianIsTheMeanOfTheTwoMiddleValues() {
        // Type general resolved: A 24h, C 48h → median 36h; p90 nearest rank ⌈1.8⌉ = 2nd = 48h.
        OrderReport r = reports.run(ReportRequest.of(TENANT, FROM, TO).asOf(AS_OF).type("general"));
        assertEquals(new DurationStats(2, ofHours(36), ofHours(36), ofHours(48)), r.resolution().calendar());
        assertEquals(new ReportSource.Volume(4, 3, 0, 1, 0), r.volume());
    }

    @Test
    void filtersByTeamChannelAndPriority() {
        // Current team finance: A, B, C, F.
        assertEquals(new ReportSource.Volume(4, 4, 1, 1, 1),
                reports.run(ReportRequest.of(TENANT, FROM, TO).asOf(AS_OF).team("finance")).volume());
        // Opened by e-mail: B and H.
        assertEquals(2, reports.run(ReportRequest.of(TENANT, FROM, TO).asOf(AS_OF).channel(Channel.EMAIL)).volume().opened());
        OrderReport high = reports.run(ReportRequest.of(TENANT, FROM, TO).asOf(AS_OF).priority(Priority.HIGH));
        assertEquals(new ReportSource.Volume(1, 1, 1, 0, 0), high.volume());
        assertEquals(new DurationStats(1, ofHours(44), ofHours(44), ofHours(44)), high.resolution().calendar());
    }

    @Test
    void timePerTeamFollowsHandoffsClippedToThePeriodAndAsOf() {
        // frontline: A 13–15 Mon (2h), C Tue 13–17 (4h), D Wed 13:00 → asOf (48h), E clipped to Mon 03:00 → asOf
        // (106h), H Fri 10–13 (3h) = 163h in 5 holds.
        // finance: A Mon 15:00 → Tue 13:00 (22h), B Mon 20:00 → Wed 16:00 (44h), C Tue 17:00 → Thu 13:00 (44h),
        // F Thu 13–14 (1h) = 111h in 4 holds.
        assertEquals(List.of(
                new TeamTime("finance", "Financeiro", 4, ofHours(111), ofHours(27).plus(ofMinutes(45))),
                new TeamTime("frontline", "Atendimento", 5, ofHours(163), ofHours(32).plus(ofMinutes(36)))),
                week().teams());
    }

    @Test
    void slaComplianceCountsOnlyResolvedOrdersWithADeadline() {
        // S1 early, S3 exactly on time: met; S2 late; S4 has no deadline.
        SlaCompliance sla = reports.run(ReportRequest.of(ReportDataSet.SLA_TENANT, FROM, TO)).sla();
        assertEquals(3, sla.considered());
        assertEquals(2, sla.met());
        assertEquals(200.0 / 3, sla.percent(), 1e-9);
        assertNull(week().sla().percent(), "no acme order has a deadline");
    }

    @Test
    void anEmptyPeriodGivesZerosAndNoStatistics() {
        OrderReport r = reports.run(ReportRequest.of(TENANT, TO, TO.plus(Duration.ofDays(1))));
        assertEquals(new ReportSource.Volume(0, 0, 0, 0, 0), r.volume());
        assertEquals(DurationStats.EMPTY, r.resolution().calendar());
        assertEquals(List.of(), r.teams().stream().filter(t -> t.team().equals("finance")).toList());
    }
}
