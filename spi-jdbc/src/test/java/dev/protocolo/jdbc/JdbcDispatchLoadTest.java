package dev.protocolo.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.protocolo.command.OpenOrder;
import dev.protocolo.customer.Customer;
import dev.protocolo.customer.NotificationChannel;
import dev.protocolo.desk.ServiceDesk;
import dev.protocolo.dispatch.DispatchSummary;
import dev.protocolo.memory.ManualClock;
import dev.protocolo.dispatch.NotificationDispatcher;
import dev.protocolo.dispatch.RecordingSender;
import dev.protocolo.jdbc.testing.TestDatabases;
import dev.protocolo.jdbc.testing.TestDatabases.Database;
import dev.protocolo.notification.Notification;
import dev.protocolo.notification.NotificationStatus;
import dev.protocolo.order.Actor;
import dev.protocolo.order.Channel;
import dev.protocolo.order.ServiceOrder;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two dispatchers on two independent pools (two "nodes") drain a large outbox at the same time: with no
 * failures and no lease expiring, every committed notification is delivered exactly once and ends SENT.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcDispatchLoadTest {
    static final String PREFIX = "ld_";
    static final int NOTIFICATIONS = 5_000;
    static final int BATCH = 200;

    HikariDataSource poolA;
    HikariDataSource poolB;

    abstract Database database();

    @BeforeAll
    void start() {
        if (!TestDatabases.configured(database())) {
            return;
        }
        poolA = TestDatabases.pool(database(), "dispatchload", 3);
        poolB = TestDatabases.pool(database(), "dispatchload", 3);
        TestDatabases.dropTables(poolA, PREFIX);
    }

    @AfterAll
    void stop() {
        for (HikariDataSource ds : new HikariDataSource[] {poolA, poolB}) {
            if (ds != null) {
                ds.close();
            }
        }
    }

    @Test
    void twoDispatchersOnTwoPoolsDeliverEveryNotificationExactlyOnce() throws Exception {
        TestDatabases.assumeConfigured(database());
        ManualClock clock = ManualClock.at(Instant.parse("2026-03-02T12:00:00Z"));
        JdbcStorage a = JdbcStorage.builder(poolA).tablePrefix(PREFIX).build();
        JdbcStorage b = JdbcStorage.builder(poolB).tablePrefix(PREFIX).build();
        enqueue(a, clock);

        RecordingSender senderA = new RecordingSender(NotificationChannel.EMAIL);
        RecordingSender senderB = new RecordingSender(NotificationChannel.EMAIL);
        NotificationDispatcher da = dispatcher(a, clock, "node-a", senderA);
        NotificationDispatcher db = dispatcher(b, clock, "node-b", senderB);
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int sentA;
        int sentB;
        try {
            Future<Integer> fa = pool.submit(() -> drain(da, start));
            Future<Integer> fb = pool.submit(() -> drain(db, start));
            sentA = fa.get(3, TimeUnit.MINUTES);
            sentB = fb.get(3, TimeUnit.MINUTES);
        } finally {
            pool.shutdownNow();
        }

        List<String> keys = new ArrayList<>();
        senderA.delivered().forEach(n -> keys.add(n.idempotencyKey()));
        senderB.delivered().forEach(n -> keys.add(n.idempotencyKey()));
        Set<String> distinct = new HashSet<>(keys);
        assertEquals(NOTIFICATIONS, keys.size(), "node-a sent " + senderA.delivered().size() + ", node-b "
                + senderB.delivered().size());
        assertEquals(NOTIFICATIONS, distinct.size(), "no key sent twice");
        assertEquals(NOTIFICATIONS, sentA + sentB, "every delivery recorded by the node that made it");
        assertEquals(Map.of("SENT", (long) NOTIFICATIONS), statusCounts());
    }

    /** 5,000 pending e-mails, committed in units of work of 500, copied from one the standard policy wrote. */
    private void enqueue(JdbcStorage storage, ManualClock clock) {
        ServiceDesk desk = storage.configure(ServiceDesk.builder()).clock(clock).build();
        ServiceOrder o = desk.open(new OpenOrder("acme", "general", new Customer("c-1", "Maria Silva", null,
                "maria@example.com", null, "pt-BR", Set.of()), Channel.PHONE, "Sem internet", null, null, Map.of(), null,
                Actor.agent("a1", "Ana", "agent")));
        Notification template = desk.notifications("acme", o.id()).stream()
                .filter(n -> n.channel() == NotificationChannel.EMAIL).findFirst().orElseThrow();
        TestDatabases.deleteRows(poolA, PREFIX, "outbox");
        Instant now = clock.instant();
        for (int chunk = 0; chunk < NOTIFICATIONS / 500; chunk++) {
            List<Notification> list = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                list.add(new Notification(UUID.randomUUID(), template.tenant(), template.orderId(), template.protocol(),
                        template.orderVersion(), template.event(), template.audience(), template.channel(),
                        template.recipient(), template.language(), template.data(), "load-" + chunk + "-" + i,
                        NotificationStatus.PENDING, 0, now, now, null, null, null, null));
            }
            storage.unitOfWork().execute(() -> {
                storage.outbox().enqueue(list);
                return null;
            });
        }
    }

    private static NotificationDispatcher dispatcher(JdbcStorage storage, ManualClock clock, String owner,
                                                     RecordingSender sender) {
        return NotificationDispatcher.builder().outbox(storage.outbox()).clock(clock).owner(owner)
                .lease(Duration.ofMinutes(5)).batchSize(BATCH).sender(sender).build();
    }

    /** Dispatches until a claim comes back empty; with a fixed clock no lease expires, so nothing is left. */
    private static int drain(NotificationDispatcher d, CyclicBarrier start) throws Exception {
        start.await(30, TimeUnit.SECONDS);
        int sent = 0;
        while (true) {
            DispatchSummary s = d.dispatchOnce();
            if (s.claimed() == 0) {
                return sent;
            }
            assertEquals(s.claimed(), s.sent(), "no failures: " + s);
            sent += s.sent();
        }
    }

    private Map<String, Long> statusCounts() throws SQLException {
        Map<String, Long> counts = new java.util.TreeMap<>();
        try (Connection c = poolA.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT status, COUNT(*) FROM " + PREFIX + "outbox GROUP BY status")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        assertTrue(!counts.isEmpty());
        return counts;
    }
}
