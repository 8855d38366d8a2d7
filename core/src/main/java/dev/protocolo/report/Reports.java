package dev.protocolo.report;

import dev.protocolo.calendar.BusinessCalendar;
import dev.protocolo.desk.ServiceDesk;
import dev.protocolo.memory.InMemoryReportSource;
import dev.protocolo.memory.InMemoryStore;
import dev.protocolo.spi.ReportSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Runs management reports: asks the {@link ReportSource} for counts and per-order rows, then computes ages,
 * business time and statistics. See {@link OrderReport} for what each number means. Thread-safe; holds no
 * state beyond the desk and the source.
 */
public final class Reports {
    private final ServiceDesk desk;
    private final ReportSource source;

    private Reports(ServiceDesk desk, ReportSource source) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * Reports over the desk's own store: used directly when it implements {@link ReportSource}, wrapped when it
     * is an {@link InMemoryStore}.
     *
     * @throws ReportSourceMissingException for any other store
     */
    public static Reports of(ServiceDesk desk) {
        Object store = desk.store();
        if (store instanceof ReportSource s) {
            return new Reports(desk, s);
        }
        if (store instanceof InMemoryStore m) {
            return new Reports(desk, new InMemoryReportSource(m));
        }
        throw new ReportSourceMissingException(store);
    }

    /** Reports over an explicit source (e.g. a read replica); the desk supplies zone and team names. */
    public static Reports of(ServiceDesk desk, ReportSource source) {
        return new Reports(desk, source);
    }

    public OrderReport run(ReportRequest r) {
        ReportSource.Filter f = r.filter();
        BusinessCalendar calendar = r.calendar() != null ? r.calendar() : BusinessCalendar.brazilCommercial(desk.zone());

        Map<AgeBucket, Long> backlog = new EnumMap<>(AgeBucket.class);
        for (AgeBucket b : AgeBucket.values()) {
            backlog.put(b, 0L);
        }
        List<Instant> open = source.backlog(f, r.asOf());
        for (Instant openedAt : open) {
            backlog.merge(AgeBucket.of(Duration.between(openedAt, r.asOf())), 1L, Long::sum);
        }

        ReportSource.SlaCounts sla = source.sla(f, r.from(), r.to());
        return new OrderReport(r, source.volume(f, r.from(), r.to()), Collections.unmodifiableMap(backlog), open.size(),
                times(source.firstResponses(f, r.from(), r.to()), calendar),
                times(source.resolutions(f, r.from(), r.to()), calendar),
                SlaCompliance.of(sla.considered(), sla.met()), teams(source.teamHolds(f, r.from(), r.to()), r));
    }

    private static TimeStats times(List<ReportSource.Span> spans, BusinessCalendar calendar) {
        List<Duration> wall = new ArrayList<>(spans.size());
        List<Duration> business = new ArrayList<>(spans.size());
        for (ReportSource.Span s : spans) {
            wall.add(Duration.between(s.start(), s.end()));
            business.add(calendar.between(s.start(), s.end()));
        }
        return new TimeStats(DurationStats.of(wall), DurationStats.of(business));
    }

    private List<TeamTime> teams(List<ReportSource.TeamHold> holds, ReportRequest r) {
        Instant periodEnd = r.asOf().isBefore(r.to()) ? r.asOf() : r.to();
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, Duration> totals = new TreeMap<>();
        for (ReportSource.TeamHold h : holds) {
            Instant end = h.end() != null ? h.end() : r.asOf();
            Instant start = h.start().isAfter(r.from()) ? h.start() : r.from();
            Instant stop = end.isBefore(periodEnd) ? end : periodEnd;
            // A hold overlaps the period when it starts before the period's end and ends after its start.
            if (h.start().isBefore(periodEnd) && end.isAfter(r.from()) && stop.isAfter(start)) {
                counts.computeIfAbsent(h.team(), k -> new long[1])[0]++;
                totals.merge(h.team(), Duration.between(start, stop), Duration::plus);
            }
        }
        List<TeamTime> out = new ArrayList<>();
        counts.forEach((team, n) -> out.add(new TeamTime(team, desk.team(team).name(), n[0], totals.get(team),
                totals.get(team).dividedBy(n[0]))));
        return out;
    }
}
