package dev.protocolo.report;

import dev.protocolo.spi.ReportSource;
import java.util.List;
import java.util.Map;

/**
 * The result of one report. Immutable and thread-safe.
 *
 * @param request       what was asked
 * @param volume        openings in the period and resolve/close/reopen/cancel steps in it
 * @param backlog       orders open now and opened by {@code asOf}, by age at {@code asOf}; every bucket present
 * @param backlogTotal  sum of {@code backlog}
 * @param firstResponse opening to first response, for orders opened in the period that have one
 * @param resolution    opening to resolution, for orders whose (last) resolution falls in the period
 * @param sla           resolution-deadline compliance of orders resolved in the period
 * @param teams         time per team, by team code
 */
public record OrderReport(ReportRequest request, ReportSource.Volume volume, Map<AgeBucket, Long> backlog,
                          long backlogTotal, TimeStats firstResponse, TimeStats resolution, SlaCompliance sla,
                          List<TeamTime> teams) {
    public OrderReport {
        teams = List.copyOf(teams);
    }
}
