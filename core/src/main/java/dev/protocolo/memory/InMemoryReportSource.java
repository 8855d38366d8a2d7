package dev.protocolo.memory;

import dev.protocolo.order.Action;
import dev.protocolo.order.HistoryEntry;
import dev.protocolo.order.ServiceOrder;
import dev.protocolo.spi.ReportSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * {@link ReportSource} over an {@link InMemoryStore}: the same definitions the SQL adapters implement, computed by
 * walking the tenant's orders and histories. Fine for tests and demos; every call reads a snapshot of the
 * tenant. Thread-safe.
 */
public final class InMemoryReportSource implements ReportSource {
    private final InMemoryStore store;

    public InMemoryReportSource(InMemoryStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public Volume volume(Filter f, Instant from, Instant to) {
        long opened = 0;
        long[] byAction = new long[Action.values().length];
        for (ServiceOrder o : orders(f)) {
            if (in(o.openedAt(), from, to)) {
                opened++;
            }
            for (HistoryEntry e : store.history(o.tenant(), o.id())) {
                if (in(e.at(), from, to)) {
                    byAction[e.action().ordinal()]++;
                }
            }
        }
        return new Volume(opened, byAction[Action.RESOLVE.ordinal()], byAction[Action.CLOSE.ordinal()],
                byAction[Action.REOPEN.ordinal()], byAction[Action.CANCEL.ordinal()]);
    }

    @Override
    public List<Instant> backlog(Filter f, Instant asOf) {
        return orders(f).stream().filter(o -> o.isOpen() && !o.openedAt().isAfter(asOf))
                .map(ServiceOrder::openedAt).toList();
    }

    @Override
    public List<Span> firstResponses(Filter f, Instant from, Instant to) {
        return orders(f).stream().filter(o -> o.firstResponseAt() != null && in(o.openedAt(), from, to))
                .map(o -> new Span(o.openedAt(), o.firstResponseAt())).toList();
    }

    @Override
    public List<Span> resolutions(Filter f, Instant from, Instant to) {
        return orders(f).stream().filter(o -> o.resolvedAt() != null && in(o.resolvedAt(), from, to))
                .map(o -> new Span(o.openedAt(), o.resolvedAt())).toList();
    }

    @Override
    public SlaCounts sla(Filter f, Instant from, Instant to) {
        List<ServiceOrder> considered = orders(f).stream().filter(o -> o.resolvedAt() != null
                && in(o.resolvedAt(), from, to) && o.sla().resolutionDueAt() != null).toList();
        long met = considered.stream().filter(o -> !o.resolvedAt().isAfter(o.sla().resolutionDueAt())).count();
        return new SlaCounts(considered.size(), met);
    }

    @Override
    public List<TeamHold> teamHolds(Filter f, Instant from, Instant to) {
        List<TeamHold> holds = new ArrayList<>();
        for (ServiceOrder o : orders(f)) {
            List<HistoryEntry> changes = store.history(o.tenant(), o.id()).stream()
                    .filter(e -> e.action() == Action.OPEN || !Objects.equals(e.teamBefore(), e.teamAfter())).toList();
            for (int i = 0; i < changes.size(); i++) {
                HistoryEntry e = changes.get(i);
                Instant end = i + 1 < changes.size() ? changes.get(i + 1).at()
                        : o.resolvedAt() != null ? o.resolvedAt() : o.closedAt();
                if (e.teamAfter() != null && e.at().isBefore(to) && (end == null || end.isAfter(from))) {
                    holds.add(new TeamHold(e.teamAfter(), e.at(), end));
                }
            }
        }
        return holds;
    }

    private List<ServiceOrder> orders(Filter f) {
        Predicate<ServiceOrder> p = o -> (f.type() == null || f.type().equals(o.type()))
                && (f.team() == null || f.team().equals(o.team()))
                && (f.channel() == null || f.channel() == o.channel())
                && (f.priority() == null || f.priority() == o.priority());
        return store.allOrders(f.tenant()).stream().filter(p).toList();
    }

    private static boolean in(Instant t, Instant from, Instant to) {
        return !t.isBefore(from) && t.isBefore(to);
    }
}
