package dev.protocolo.deadline;

import static dev.protocolo.desk.Fixtures.FINANCE;
import static dev.protocolo.desk.Fixtures.TENANT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.protocolo.calendar.BusinessCalendar;
import dev.protocolo.command.Assign;
import dev.protocolo.command.Reclassify;
import dev.protocolo.command.Resolve;
import dev.protocolo.command.Resume;
import dev.protocolo.command.Wait;
import dev.protocolo.desk.Fixtures;
import dev.protocolo.desk.ServiceDesk;
import dev.protocolo.lifecycle.OrderType;
import dev.protocolo.order.Action;
import dev.protocolo.order.HistoryEntry;
import dev.protocolo.order.OrderRef;
import dev.protocolo.order.Priority;
import dev.protocolo.order.ServiceOrder;
import dev.protocolo.order.WaitingOn;
import dev.protocolo.sla.SlaMetric;
import dev.protocolo.sla.SlaPolicy;
import dev.protocolo.sla.SlaTarget;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The invoice story with a business calendar (Mon–Fri 08–18, São Paulo) and an SLA of 2 business hours to
 * first response and 8 to resolution: the waiting night does not count.
 */
class SlaStoryTest {
    static final ZoneId SP = ZoneId.of("America/Sao_Paulo");
    static final BusinessCalendar CAL = BusinessCalendar.brazilCommercial(SP);
    static final SlaPolicy POLICY = SlaPolicy.builder(CAL)
            .defaultTarget(SlaMetric.FIRST_RESPONSE, SlaTarget.business(Duration.ofHours(2)))
            .defaultTarget(SlaMetric.RESOLUTION, SlaTarget.business(Duration.ofHours(8)))
            .target(Priority.URGENT, SlaMetric.RESOLUTION, SlaTarget.business(Duration.ofHours(4)))
            .build();
    // Monday 2 March 2026, 10:00 in São Paulo.
    static final Instant MONDAY_10 = Instant.parse("2026-03-02T13:00:00Z");
    static final Instant TUESDAY_10 = Instant.parse("2026-03-03T13:00:00Z");

    private final Fixtures f = new Fixtures(ServiceDesk.builder().zone(SP)
            .type(OrderType.builder("general").sla(POLICY).autoCloseAfter(Duration.ofDays(3)).build()));
    private final List<DeadlineEvent> events = new ArrayList<>();

    private ServiceOrder openAndHoldUntilTomorrow() {
        f.clock.set(MONDAY_10);
        ServiceOrder o = f.desk.open(Fixtures.phoneCall("2ª via de fatura"));
        assertEquals(Instant.parse("2026-03-02T15:00:00Z"), o.sla().firstResponseDueAt(), "Monday 12:00");
        assertEquals(Instant.parse("2026-03-02T21:00:00Z"), o.sla().resolutionDueAt(), "Monday 18:00");
        f.clock.advance(Duration.ofMinutes(30));
        o = f.desk.assign(new Assign(OrderRef.of(o), FINANCE, "finance", "bruno", null));
        o = f.desk.hold(new Wait(OrderRef.of(o), FINANCE, WaitingOn.CUSTOMER, TUESDAY_10, "Ligamos amanhã", null));
        assertTrue(o.sla().paused());
        return o;
    }

    private DeadlineWatcher watcher(boolean autoResume) {
        return DeadlineWatcher.builder(f.desk, f.store).tenants(TENANT).autoResume(autoResume).listener(events::add).build();
    }

    @Test
    void theWaitingNightDoesNotCountAndTheOrderIsResolvedInTime() {
        ServiceOrder o = openAndHoldUntilTomorrow();
        f.clock.set(TUESDAY_10);
        o = f.desk.resume(new Resume(OrderRef.of(o), FINANCE, null));
        // Paused Monday 10:30–18:00 and Tuesday 08:00–10:00: 9.5 business hours.
        assertEquals(Duration.ofMinutes(570), o.sla().pausedTotal());
        assertNull(o.sla().pausedSince());
        assertEquals(Instant.parse("2026-03-03T20:30:00Z"), o.sla().resolutionDueAt(), "Tuesday 17:30");
        f.clock.advance(Duration.ofMinutes(30));
        o = f.desk.resolve(new Resolve(OrderRef.of(o), FINANCE, "2ª via enviada", null));
        assertTrue(o.resolvedAt().isBefore(o.sla().resolutionDueAt()));
        assertEquals(o, f.desk.replay(f.desk.history(TENANT, o.id())), "deadlines replay too");
        assertTrue(watcher(false).runOnce().isEmpty(), "nothing is due or breached");
    }

    @Test
    void aMissedCallBackRemindsOnceThenBreachesOnce() {
        ServiceOrder o = openAndHoldUntilTomorrow();
        DeadlineWatcher first = watcher(true);
        DeadlineWatcher second = watcher(true);
        f.clock.set(TUESDAY_10.plus(Duration.ofMinutes(5)));
        first.runOnce();
        second.runOnce();
        first.runOnce();
        assertEquals(List.of(DeadlineEvent.Kind.CALLBACK_DUE), events.stream().map(DeadlineEvent::kind).toList());
        ServiceOrder resumed = f.desk.find(TENANT, o.id()).orElseThrow();
        assertEquals("in_progress", resumed.status(), "resumed automatically");
        HistoryEntry last = f.desk.history(TENANT, o.id()).get((int) resumed.version() - 1);
        assertEquals(Action.RESUME, last.action());
        assertEquals("deadline-watcher", last.actor().id());
        // Due Tuesday 17:35 after 9h35 of pause; warned at 80% of 8 h (6h24 counted) = Tuesday 15:59.
        assertEquals(Instant.parse("2026-03-03T20:35:00Z"), resumed.sla().resolutionDueAt());
        f.clock.set(Instant.parse("2026-03-03T19:30:00Z"));
        first.runOnce();
        second.runOnce();
        f.clock.set(Instant.parse("2026-03-03T21:00:00Z"));
        first.runOnce();
        second.runOnce();
        first.runOnce();
        assertEquals(List.of(DeadlineEvent.Kind.CALLBACK_DUE, DeadlineEvent.Kind.RESOLUTION_NEAR,
                DeadlineEvent.Kind.RESOLUTION_BREACHED), events.stream().map(DeadlineEvent::kind).toList());
        assertTrue(f.desk.find(TENANT, o.id()).orElseThrow().sla().breached(f.clock.instant(), false));
    }

    @Test
    void firstResponseBreachAndEscalationRaisePriorityKeepingPausedTime() {
        f.clock.set(MONDAY_10);
        ServiceOrder o = f.desk.open(Fixtures.phoneCall("sem resposta"));
        DeadlineWatcher w = DeadlineWatcher.builder(f.desk, f.store).tenants(TENANT).listener(events::add)
                .escalate(DeadlineEvent.Kind.FIRST_RESPONSE_BREACHED, Escalations.raisePriority()).build();
        f.clock.set(Instant.parse("2026-03-02T15:01:00Z"));
        assertEquals(Map.of(DeadlineEvent.Kind.FIRST_RESPONSE_BREACHED, 1), w.runOnce());
        assertTrue(w.runOnce().isEmpty());
        ServiceOrder raised = f.desk.find(TENANT, o.id()).orElseThrow();
        assertEquals(Priority.HIGH, raised.priority());
        ServiceOrder urgent = f.desk.reclassify(new Reclassify(OrderRef.of(raised), FINANCE, Priority.URGENT, null));
        assertEquals(Instant.parse("2026-03-02T17:00:00Z"), urgent.sla().resolutionDueAt(), "4 business hours: Monday 14:00");
    }

    @Test
    void oldBreachesNeverHideNewOnesBehindTheBatchLimit() {
        f.clock.set(MONDAY_10);
        ServiceOrder a = f.desk.open(Fixtures.phoneCall("a"));
        f.clock.advance(Duration.ofMinutes(10));
        ServiceOrder b = f.desk.open(Fixtures.phoneCall("b"));
        DeadlineWatcher w = DeadlineWatcher.builder(f.desk, f.store).tenants(TENANT).batchSize(1).listener(events::add).build();
        f.clock.set(Instant.parse("2026-03-02T16:00:00Z"));
        w.runOnce();
        w.runOnce();
        w.runOnce();
        assertEquals(List.of(a.id(), b.id()), events.stream()
                .filter(e -> e.kind() == DeadlineEvent.Kind.FIRST_RESPONSE_BREACHED).map(e -> e.order().id()).toList());
    }

    @Test
    void pausingOnlyEverMovesTheDeadlineLater() {
        ServiceOrder o = openAndHoldUntilTomorrow();
        Instant before = o.sla().resolutionDueAt();
        f.clock.set(TUESDAY_10);
        ServiceOrder resumed = f.desk.resume(new Resume(OrderRef.of(o), FINANCE, null));
        assertTrue(resumed.sla().resolutionDueAt().isAfter(before));
    }

    @Test
    void resolvedOrdersWithoutReactionAreClosedAutomatically() {
        f.clock.set(MONDAY_10);
        ServiceOrder o = f.desk.open(Fixtures.phoneCall("x"));
        f.desk.resolve(new Resolve(OrderRef.of(o), FINANCE, "feito", null));
        DeadlineWatcher w = watcher(false);
        f.clock.advance(Duration.ofDays(2));
        w.runOnce();
        assertEquals("resolved", f.desk.find(TENANT, o.id()).orElseThrow().status());
        f.clock.advance(Duration.ofDays(2));
        w.runOnce();
        w.runOnce();
        ServiceOrder closed = f.desk.find(TENANT, o.id()).orElseThrow();
        assertEquals("closed", closed.status());
        HistoryEntry last = f.desk.history(TENANT, o.id()).get(2);
        assertEquals(Action.CLOSE, last.action());
        assertTrue(last.publicMessage().contains("automaticamente"), last.publicMessage());
        assertEquals(1, events.stream().filter(e -> e.kind() == DeadlineEvent.Kind.AUTO_CLOSED).count());
    }
}
