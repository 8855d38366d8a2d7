package dev.protocolo.jdbc;

import static dev.protocolo.desk.Fixtures.FINANCE;
import static dev.protocolo.desk.Fixtures.TENANT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.protocolo.calendar.BusinessCalendar;
import dev.protocolo.command.Assign;
import dev.protocolo.command.Resolve;
import dev.protocolo.command.Wait;
import dev.protocolo.deadline.DeadlineEvent;
import dev.protocolo.deadline.DeadlineWatcher;
import dev.protocolo.desk.Fixtures;
import dev.protocolo.desk.ServiceDesk;
import dev.protocolo.jdbc.testing.TestDatabases;
import dev.protocolo.jdbc.testing.TestDatabases.Database;
import dev.protocolo.lifecycle.OrderType;
import dev.protocolo.memory.ManualClock;
import dev.protocolo.order.Action;
import dev.protocolo.order.OrderRef;
import dev.protocolo.order.ServiceOrder;
import dev.protocolo.order.WaitingOn;
import dev.protocolo.sla.SlaMetric;
import dev.protocolo.sla.SlaPolicy;
import dev.protocolo.sla.SlaTarget;
import dev.protocolo.spi.DeadlineStore;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The deadline store on each database, driven through real {@link DeadlineWatcher}s: the SLA story of the
 * core tests, the exact query rules, and two watchers on two independent pools (two "nodes") racing over the
 * same orders, which must fire every due event exactly once between them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcDeadlineTest {
    static final String PREFIX = "dl_";
    static final ZoneId SP = ZoneId.of("America/Sao_Paulo");
    static final SlaPolicy POLICY = SlaPolicy.builder(BusinessCalendar.brazilCommercial(SP))
            .defaultTarget(SlaMetric.FIRST_RESPONSE, SlaTarget.business(Duration.ofHours(2)))
            .defaultTarget(SlaMetric.RESOLUTION, SlaTarget.business(Duration.ofHours(8)))
            .build();
    // Monday 2 March 2026, 10:00 in São Paulo.
    static final Instant MONDAY_10 = Instant.parse("2026-03-02T13:00:00Z");
    static final Instant TUESDAY_10 = Instant.parse("2026-03-03T13:00:00Z");

    HikariDataSource poolA;
    HikariDataSource poolB;
    JdbcStorage storageA;
    JdbcStorage storageB;
    final ManualClock clock = ManualClock.at(MONDAY_10);
    ServiceDesk deskA;
    ServiceDesk deskB;
    final Queue<DeadlineEvent> events = new ConcurrentLinkedQueue<>();

    abstract Database database();

    @BeforeAll
    void start() {
        if (!TestDatabases.configured(database())) {
            return;
        }
        poolA = TestDatabases.pool(database(), "deadlines", 4);
        poolB = TestDatabases.pool(database(), "deadlines", 4);
        TestDatabases.dropTables(poolA, PREFIX);
        storageA = JdbcStorage.builder(poolA).tablePrefix(PREFIX).build();
        storageB = JdbcStorage.builder(poolB).tablePrefix(PREFIX).build();
    }

    @AfterAll
    void stop() {
        for (HikariDataSource ds : new HikariDataSource[] {poolA, poolB}) {
            if (ds != null) {
                ds.close();
            }
        }
    }

    @BeforeEach
    void clean() {
        TestDatabases.assumeConfigured(database());
        TestDatabases.deleteRows(poolA, PREFIX, "deadline_events", "outbox", "history", "orders");
        events.clear();
        clock.set(MONDAY_10);
        deskA = desk(storageA);
        deskB = desk(storageB);
    }

    private ServiceDesk desk(JdbcStorage storage) {
        return storage.configure(ServiceDesk.builder()).zone(SP).clock(clock)
                .type(OrderType.builder("general").sla(POLICY).autoCloseAfter(Duration.ofDays(3)).build()).build();
    }

    private DeadlineWatcher watcher(ServiceDesk desk, JdbcStorage storage, boolean autoResume, int batchSize) {
        return DeadlineWatcher.builder(desk, storage.deadlines()).tenants(TENANT).autoResume(autoResume)
                .batchSize(batchSize).listener(events::add).build();
    }

    private List<DeadlineEvent.Kind> kinds() {
        return events.stream().map(DeadlineEvent::kind).toList();
    }

    private ServiceOrder openAndHoldUntilTomorrow() {
        ServiceOrder o = deskA.open(Fixtures.phoneCall("2ª via de fatura"));
        clock.advance(Duration.ofMinutes(30));
        o = deskA.assign(new Assign(OrderRef.of(o), FINANCE, "finance", "bruno", null));
        return deskA.hold(new Wait(OrderRef.of(o), FINANCE, WaitingOn.CUSTOMER, TUESDAY_10, "Ligamos amanhã", null));
    }

    @Test
    void aCustomerOwedAnUpdateIsListedUntilTheEventFires() {
        SlaPolicy updates = SlaPolicy.builder(BusinessCalendar.brazilCommercial(SP))
                .defaultTarget(SlaMetric.NEXT_UPDATE, SlaTarget.business(Duration.ofHours(4))).build();
        ServiceDesk desk = storageA.configure(ServiceDesk.builder()).zone(SP).clock(clock)
                .type(OrderType.builder("general").sla(updates).build()).build();
        ServiceOrder o = desk.open(Fixtures.phoneCall("x"));
        o = desk.reply(new dev.protocolo.command.AddReply(OrderRef.of(o), FINANCE, "Estamos verificando"));
        Instant due = o.sla().nextUpdateDueAt();
        assertEquals(Instant.parse("2026-03-02T17:00:00Z"), due, "Monday 14:00");
        assertEquals(o, desk.find(TENANT, o.id()).orElseThrow(), "the deadline round-trips");
        assertTrue(storageA.deadlines().nextUpdateOverdue(TENANT, due, 10).isEmpty(), "not before it is due");
        Instant later = due.plusSeconds(60);
        assertEquals(List.of(o.id()), storageA.deadlines().nextUpdateOverdue(TENANT, later, 10).stream()
                .map(ServiceOrder::id).toList());
        assertTrue(storageB.deadlines().markFired(TENANT, o.id(), "NEXT_UPDATE_OVERDUE", due, later));
        assertTrue(storageA.deadlines().nextUpdateOverdue(TENANT, later, 10).isEmpty(), "fired once, listed no more");
    }

    @Test
    void aMissedCallBackRemindsOnceThenBreachesOnceAcrossTwoNodes() {
        ServiceOrder o = openAndHoldUntilTomorrow();
        DeadlineWatcher a = watcher(deskA, storageA, true, 200);
        DeadlineWatcher b = watcher(deskB, storageB, true, 200);
        clock.set(TUESDAY_10.plus(Duration.ofMinutes(5)));
        a.runOnce();
        b.runOnce();
        a.runOnce();
        assertEquals(List.of(DeadlineEvent.Kind.CALLBACK_DUE), kinds());
        ServiceOrder resumed = deskB.find(TENANT, o.id()).orElseThrow();
        assertEquals("in_progress", resumed.status(), "resumed automatically");
        assertEquals(Instant.parse("2026-03-03T20:35:00Z"), resumed.sla().resolutionDueAt());
        clock.set(Instant.parse("2026-03-03T19:30:00Z"));
        b.runOnce();
        a.runOnce();
        clock.set(Instant.parse("2026-03-03T21:00:00Z"));
        a.runOnce();
        b.runOnce();
        a.runOnce();
        assertEquals(List.of(DeadlineEvent.Kind.CALLBACK_DUE, DeadlineEvent.Kind.RESOLUTION_NEAR,
                DeadlineEvent.Kind.RESOLUTION_BREACHED), kinds());
    }

    @Test
    void oldBreachesNeverHideNewOnesBehindTheBatchLimit() {
        ServiceOrder a = deskA.open(Fixtures.phoneCall("a"));
        clock.advance(Duration.ofMinutes(10));
        ServiceOrder b = deskA.open(Fixtures.phoneCall("b"));
        DeadlineWatcher w = watcher(deskA, storageA, false, 1);
        clock.set(Instant.parse("2026-03-02T16:00:00Z"));
        w.runOnce();
        w.runOnce();
        w.runOnce();
        assertEquals(List.of(a.id(), b.id()), events.stream()
                .filter(e -> e.kind() == DeadlineEvent.Kind.FIRST_RESPONSE_BREACHED).map(e -> e.order().id()).toList());
    }

    @Test
    void queriesFollowThePort() {
        DeadlineStore store = storageA.deadlines();
        ServiceOrder first = deskA.open(Fixtures.phoneCall("first"));
        clock.advance(Duration.ofMinutes(10));
        ServiceOrder second = deskA.assign(new Assign(OrderRef.of(deskA.open(Fixtures.phoneCall("second"))), FINANCE,
                "finance", null, null));
        ServiceOrder held = openAndHoldUntilTomorrow();
        ServiceOrder resolved = deskA.resolve(new Resolve(OrderRef.of(deskA.open(Fixtures.phoneCall("done"))), FINANCE,
                "feito", null));
        Instant monday18 = first.sla().resolutionDueAt();
        assertEquals(Instant.parse("2026-03-02T21:00:00Z"), monday18);

        assertEquals(List.of(first, second), store.dueBetween(TENANT, null, monday18.plus(Duration.ofHours(20)), null, 10),
                "running orders only, earliest due first; the waiting one is paused");
        assertEquals(List.of(second), store.dueBetween(TENANT, monday18.plusSeconds(1), TUESDAY_10, null, 10));
        assertEquals(List.of(second), store.dueBetween(TENANT, null, TUESDAY_10, "finance", 10));
        assertEquals(List.of(first), store.dueBetween(TENANT, null, TUESDAY_10, null, 1));
        assertTrue(store.dueBetween("other", null, TUESDAY_10, null, 10).isEmpty(), "never across tenants");

        assertTrue(store.callbacksDue(TENANT, TUESDAY_10.minusNanos(1000), 10).isEmpty());
        assertEquals(List.of(held), store.callbacksDue(TENANT, TUESDAY_10, 10), "at or before now");
        assertTrue(store.markFired(TENANT, held.id(), DeadlineStore.CALLBACK_DUE, held.waitUntil(), TUESDAY_10));
        assertFalse(store.markFired(TENANT, held.id(), DeadlineStore.CALLBACK_DUE, held.waitUntil(), TUESDAY_10));
        assertFalse(storageB.deadlines().markFired(TENANT, held.id(), DeadlineStore.CALLBACK_DUE, held.waitUntil(),
                TUESDAY_10), "the other node sees the same record");
        assertTrue(store.callbacksDue(TENANT, TUESDAY_10, 10).isEmpty(), "fired for this wait-until");

        Instant afterFirstResponse = first.sla().firstResponseDueAt().plusSeconds(1);
        assertEquals(List.of(first), store.firstResponseOverdue(TENANT, afterFirstResponse, 10));
        assertTrue(store.breached(TENANT, monday18, 10).isEmpty(), "due at now is not yet breached");
        assertEquals(List.of(first), store.breached(TENANT, monday18.plusNanos(1000), 10));
        assertTrue(store.markFired(TENANT, first.id(), DeadlineStore.RESOLUTION_BREACHED, monday18, monday18));
        assertEquals(List.of(second), store.breached(TENANT, TUESDAY_10, 10), "the fired one is left out");
        assertTrue(store.markFired(TENANT, first.id(), DeadlineStore.RESOLUTION_BREACHED, monday18.plusSeconds(60),
                monday18), "a new due time is a new event");

        Instant warn = first.sla().resolutionWarnAt();
        assertEquals(List.of(first), store.nearDeadline(TENANT, warn, 10));
        assertTrue(store.nearDeadline(TENANT, warn.minusNanos(1000), 10).isEmpty());

        assertEquals(List.of(resolved), store.resolvedBefore(TENANT, "general", resolved.resolvedAt(), 10));
        assertTrue(store.resolvedBefore(TENANT, "general", resolved.resolvedAt().minusNanos(1000), 10).isEmpty());
        assertTrue(store.resolvedBefore(TENANT, "other", clock.instant(), 10).isEmpty());
    }

    @Test
    void aDuplicateMarkNeverFailsTheCallersTransaction() {
        ServiceOrder o = deskA.open(Fixtures.phoneCall("x"));
        DeadlineStore store = storageA.deadlines();
        ServiceOrder after = deskA.unitOfWork().execute(() -> {
            assertTrue(store.markFired(TENANT, o.id(), DeadlineStore.FIRST_RESPONSE_BREACHED, o.sla().firstResponseDueAt(),
                    clock.instant()));
            assertFalse(store.markFired(TENANT, o.id(), DeadlineStore.FIRST_RESPONSE_BREACHED, o.sla().firstResponseDueAt(),
                    clock.instant()));
            // the transaction goes on after the duplicate, on PostgreSQL too
            return deskA.assign(new Assign(OrderRef.of(o), FINANCE, "finance", null, null));
        });
        assertEquals(2, deskB.find(TENANT, o.id()).orElseThrow().version());
        assertEquals(2, after.version());
        assertFalse(store.markFired(TENANT, o.id(), DeadlineStore.FIRST_RESPONSE_BREACHED, o.sla().firstResponseDueAt(),
                clock.instant()), "committed");
    }

    @Test
    void twoWatchersOnTwoPoolsFireEveryDueEventExactlyOnce() throws Exception {
        int running = 30;
        int waiting = 15;
        int resolved = 10;
        List<ServiceOrder> held = new ArrayList<>();
        for (int i = 0; i < running; i++) {
            clock.set(MONDAY_10.plus(Duration.ofMinutes(i)));
            deskA.open(Fixtures.phoneCall("running " + i));
        }
        for (int i = 0; i < waiting; i++) {
            clock.set(MONDAY_10.plus(Duration.ofMinutes(i)));
            ServiceOrder o = deskA.open(Fixtures.phoneCall("waiting " + i));
            held.add(deskA.hold(new Wait(OrderRef.of(o), FINANCE, WaitingOn.CUSTOMER, TUESDAY_10.plus(Duration.ofMinutes(i)),
                    "Ligamos amanhã", null)));
        }
        for (int i = 0; i < resolved; i++) {
            clock.set(MONDAY_10.plus(Duration.ofMinutes(i)));
            ServiceOrder o = deskA.open(Fixtures.phoneCall("resolved " + i));
            deskA.resolve(new Resolve(OrderRef.of(o), FINANCE, "feito", null));
        }
        // small batches, so the two nodes interleave and race for the same orders on every query
        DeadlineWatcher a = watcher(deskA, storageA, true, 4);
        DeadlineWatcher b = watcher(deskB, storageB, true, 4);
        List<Instant> times = List.of(
                Instant.parse("2026-03-02T20:00:00Z"),   // Monday 17:00: first responses overdue, some near
                Instant.parse("2026-03-03T13:30:00Z"),   // Tuesday 10:30: call backs due, breaches
                Instant.parse("2026-03-03T23:00:00Z"),   // Tuesday 20:00: the resumed ones near and breached
                Instant.parse("2026-03-06T23:00:00Z"));  // Friday: resolved three days ago, closed automatically
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (Instant t : times) {
                clock.set(t);
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<?>> nodes = List.of(pool.submit(() -> drain(a, start)), pool.submit(() -> drain(b, start)));
                for (Future<?> f : nodes) {
                    f.get(2, TimeUnit.MINUTES);
                }
                assertTrue(watcher(deskA, storageA, true, 200).runOnce().isEmpty(), "nothing due is left at " + t);
            }
        } finally {
            pool.shutdownNow();
        }

        Set<String> seen = new HashSet<>();
        Map<DeadlineEvent.Kind, Integer> counts = new EnumMap<>(DeadlineEvent.Kind.class);
        for (DeadlineEvent e : events) {
            assertTrue(seen.add(e.kind() + "|" + e.order().id() + "|" + e.dueAt()), "fired twice: " + e);
            counts.merge(e.kind(), 1, Integer::sum);
        }
        assertEquals(waiting, counts.get(DeadlineEvent.Kind.CALLBACK_DUE));
        assertEquals(resolved, counts.get(DeadlineEvent.Kind.AUTO_CLOSED));
        assertEquals(running + waiting, counts.get(DeadlineEvent.Kind.RESOLUTION_BREACHED));
        assertEquals(running, counts.get(DeadlineEvent.Kind.FIRST_RESPONSE_BREACHED), "putting on hold answered the others");
        for (ServiceOrder o : held) {
            assertEquals(1, deskA.history(TENANT, o.id()).stream().filter(h -> h.action() == Action.RESUME).count(),
                    "resumed by exactly one node");
        }
    }

    /** Runs the watcher until three passes in a row find nothing: the other node may still be mid-batch. */
    private static Void drain(DeadlineWatcher w, CyclicBarrier start) throws Exception {
        start.await(30, TimeUnit.SECONDS);
        int quiet = 0;
        while (quiet < 3) {
            quiet = w.runOnce().isEmpty() ? quiet + 1 : 0;
        }
        return null;
    }
}
