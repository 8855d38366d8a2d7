package dev.protocolo.desk;

import dev.protocolo.calendar.BusinessCalendar;
import dev.protocolo.internal.Details;
import dev.protocolo.lifecycle.Lifecycle;
import dev.protocolo.lifecycle.OrderType;
import dev.protocolo.order.HistoryEntry;
import dev.protocolo.order.Priority;
import dev.protocolo.order.ServiceOrder;
import dev.protocolo.order.StatusCategory;
import dev.protocolo.sla.Deadline;
import dev.protocolo.sla.Pause;
import dev.protocolo.sla.SlaMetric;
import dev.protocolo.sla.SlaPolicy;
import dev.protocolo.sla.SlaTarget;
import dev.protocolo.sla.TimeBasis;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Keeps an order's deadlines: computes them at opening, pauses the clock when the order starts waiting,
 * moves them later by the paused time when it resumes, and recomputes them when the priority changes.
 * Results go into the step's details, so replay reproduces them without the calendar. Stateless.
 */
final class SlaBook {
    private SlaBook() {
    }

    static void onOpen(OrderType type, Priority priority, Instant at, Map<String, String> d) {
        type.sla().ifPresent(policy -> put(d, compute(policy, priority, at, List.of(), at)));
    }

    static void onStep(OrderType type, OrderType typeAfter, ServiceOrder before, StatusCategory after,
                       Priority priorityAfter, Instant at, Map<String, String> d, Supplier<List<HistoryEntry>> history) {
        Optional<SlaPolicy> found = typeAfter.sla();
        if (found.isEmpty()) {
            if (typeAfter != type) {
                put(d, new Deadlines(null, null, null));
            }
            return;
        }
        SlaPolicy policy = found.get();
        Instant since = before.sla().pausedSince();
        boolean waiting = after == StatusCategory.WAITING;
        if (priorityAfter != before.priority() || typeAfter != type) {
            put(d, compute(policy, priorityAfter, before.openedAt(), closedPauses(type.lifecycle(), history.get()), at));
        }
        if (since == null && waiting) {
            d.put(Details.SLA_PAUSED_SINCE, at.toString());
        } else if (since != null && !waiting) {
            BusinessCalendar cal = policy.calendar();
            Duration paused = cal.between(since, at);
            d.put(Details.SLA_PAUSED_SINCE, "");
            d.put(Details.SLA_PAUSED_TOTAL, before.sla().pausedTotal().plus(paused).toString());
            Deadlines current = d.containsKey(Details.SLA_RESOLUTION_DUE) ? read(d) : new Deadlines(
                    before.sla().firstResponseDueAt(), before.sla().resolutionDueAt(), before.sla().resolutionWarnAt());
            put(d, new Deadlines(
                    shift(current.firstResponse, since, at, basis(policy, SlaMetric.FIRST_RESPONSE, priorityAfter), cal),
                    shift(current.resolution, since, at, basis(policy, SlaMetric.RESOLUTION, priorityAfter), cal),
                    shift(current.warn, since, at, basis(policy, SlaMetric.RESOLUTION, priorityAfter), cal)));
        }
    }

    /**
     * The next-update deadline: after every public step an agent (or the system) takes while the order is
     * being worked on, the customer is owed the next news within the policy's NEXT_UPDATE target. Waiting
     * and finished orders owe none; resuming starts the count again.
     */
    static void nextUpdate(OrderType typeAfter, ServiceOrder before, StatusCategory after, Priority priority, Instant at,
                           boolean publicStaffStep, Map<String, String> d) {
        Optional<SlaPolicy> policy = typeAfter.sla();
        Optional<SlaTarget> target = policy.flatMap(p -> p.target(SlaMetric.NEXT_UPDATE, priority));
        boolean running = after == StatusCategory.NEW || after == StatusCategory.IN_PROGRESS;
        if (target.isEmpty() || !running) {
            if (before.sla().nextUpdateDueAt() != null) {
                d.put(Details.SLA_NEXT_UPDATE_DUE, "");
            }
            return;
        }
        boolean resumed = before.statusCategory() == StatusCategory.WAITING;
        if (publicStaffStep || resumed) {
            SlaTarget t = target.get();
            Instant due = t.basis() == TimeBasis.CALENDAR_TIME ? at.plus(t.amount())
                    : policy.get().calendar().add(at, t.amount());
            d.put(Details.SLA_NEXT_UPDATE_DUE, due.toString());
        }
    }

    /** A pause that began before a deadline moves it later by the paused time; one after it cannot undo a breach. */
    private static Instant shift(Instant due, Instant since, Instant until, TimeBasis basis, BusinessCalendar cal) {
        if (due == null || !since.isBefore(due)) {
            return due;
        }
        return basis == TimeBasis.CALENDAR_TIME ? due.plus(Duration.between(since, until)) : cal.add(due, cal.between(since, until));
    }

    private static TimeBasis basis(SlaPolicy policy, SlaMetric metric, Priority p) {
        return policy.target(metric, p).map(SlaTarget::basis).orElse(TimeBasis.BUSINESS_TIME);
    }

    private static Deadlines compute(SlaPolicy policy, Priority p, Instant start, List<Pause> pauses, Instant now) {
        Optional<Deadline> first = policy.deadline(SlaMetric.FIRST_RESPONSE, p, start, pauses, now);
        Optional<Deadline> resolution = policy.deadline(SlaMetric.RESOLUTION, p, start, pauses, now);
        return new Deadlines(first.map(Deadline::dueAt).orElse(null), resolution.map(Deadline::dueAt).orElse(null),
                resolution.map(Deadline::warnAt).orElse(null));
    }

    /** The finished pauses of the history; an ongoing one is settled when the order resumes. */
    private static List<Pause> closedPauses(Lifecycle lc, List<HistoryEntry> history) {
        List<Pause> pauses = new ArrayList<>();
        Instant start = null;
        for (HistoryEntry e : history) {
            boolean waiting = lc.status(e.statusAfter()).category() == StatusCategory.WAITING;
            if (waiting && start == null) {
                start = e.at();
            } else if (!waiting && start != null) {
                pauses.add(Pause.between(start, e.at()));
                start = null;
            }
        }
        return pauses;
    }

    private static void put(Map<String, String> d, Deadlines x) {
        d.put(Details.SLA_FIRST_RESPONSE_DUE, x.firstResponse == null ? "" : x.firstResponse.toString());
        d.put(Details.SLA_RESOLUTION_DUE, x.resolution == null ? "" : x.resolution.toString());
        d.put(Details.SLA_RESOLUTION_WARN, x.warn == null ? "" : x.warn.toString());
    }

    private static Deadlines read(Map<String, String> d) {
        return new Deadlines(parse(d.get(Details.SLA_FIRST_RESPONSE_DUE)), parse(d.get(Details.SLA_RESOLUTION_DUE)),
                parse(d.get(Details.SLA_RESOLUTION_WARN)));
    }

    private static Instant parse(String s) {
        return s == null || s.isEmpty() ? null : Instant.parse(s);
    }

    private record Deadlines(Instant firstResponse, Instant resolution, Instant warn) {
    }
}
