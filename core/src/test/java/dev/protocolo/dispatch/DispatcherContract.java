package dev.protocolo.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.protocolo.command.Close;
import dev.protocolo.command.Forward;
import dev.protocolo.command.OpenOrder;
import dev.protocolo.customer.Customer;
import dev.protocolo.customer.NotificationChannel;
import dev.protocolo.desk.ServiceDesk;
import dev.protocolo.desk.ServiceDeskBuilder;
import dev.protocolo.lifecycle.IllegalTransitionException;
import dev.protocolo.memory.ManualClock;
import dev.protocolo.notification.Notification;
import dev.protocolo.notification.NotificationStatus;
import dev.protocolo.order.Actor;
import dev.protocolo.order.Channel;
import dev.protocolo.order.OrderRef;
import dev.protocolo.order.ServiceOrder;
import dev.protocolo.spi.DeliveryException;
import dev.protocolo.spi.NotificationOutbox;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Delivery guarantees of {@link NotificationDispatcher} over one {@link NotificationOutbox}, written once and
 * run against every outbox implementation: subclasses say how storage is wired into the desk.
 */
public abstract class DispatcherContract {
    protected static final String TENANT = "acme";
    protected static final Duration LEASE = Duration.ofMinutes(1);
    protected static final Actor AGENT = Actor.agent("a1", "Ana", "agent");

    protected ManualClock clock;
    protected ServiceDesk desk;
    protected NotificationOutbox outbox;

    /** Wires the storage under test (order store, outbox, unit of work, sequence) into the builder. */
    protected abstract ServiceDeskBuilder storage(ServiceDeskBuilder builder);

    @BeforeEach
    void setUpDesk() {
        clock = ManualClock.at(Instant.parse("2026-03-02T12:00:00Z"));
        desk = storage(ServiceDesk.builder()).clock(clock).team("support", "Suporte").team("finance", "Financeiro")
                .build();
        outbox = desk.outbox();
    }

    protected ServiceOrder open(String email, String phone) {
        Customer c = new Customer("c-" + System.nanoTime(), "Maria Silva", null, email, phone, "pt-BR", Set.of());
        return desk.open(new OpenOrder(TENANT, "general", c, Channel.PHONE, "Sem internet", null, null, Map.of(),
                "support", AGENT));
    }

    protected NotificationDispatcher.Builder dispatcher(String owner, RecordingSender... senders) {
        NotificationDispatcher.Builder b = NotificationDispatcher.builder().outbox(outbox).clock(clock).owner(owner)
                .lease(LEASE).batchSize(50).maxAttempts(3).backoff(Duration.ofSeconds(10), Duration.ofMinutes(10))
                .random(new Random(7));
        for (RecordingSender s : senders) {
            b.sender(s);
        }
        return b;
    }

    protected Map<NotificationChannel, Notification> byChannel(ServiceOrder o) {
        return outbox.forOrder(TENANT, o.id()).stream().filter(n -> n.orderVersion() == o.version())
                .collect(Collectors.toMap(Notification::channel, Function.identity()));
    }

    @Test
    void committedCommandProducesWhatThePolicySays() {
        ServiceOrder o = open("maria@example.com", null);
        Map<NotificationChannel, Notification> opened = byChannel(o);
        assertEquals(Set.of(NotificationChannel.EMAIL, NotificationChannel.SMS), opened.keySet());
        assertEquals(NotificationStatus.PENDING, opened.get(NotificationChannel.EMAIL).status());
        assertEquals("maria@example.com", opened.get(NotificationChannel.EMAIL).recipient());
        assertEquals(NotificationStatus.SKIPPED, opened.get(NotificationChannel.SMS).status());

        ServiceOrder f = desk.forward(new Forward(OrderRef.of(o), AGENT, "finance", "billing issue", "Encaminhado"));
        Notification email = byChannel(f).get(NotificationChannel.EMAIL);
        assertEquals("Financeiro", email.data().get("team"));
        assertEquals(4, outbox.forOrder(TENANT, o.id()).size());
    }

    @Test
    void refusedCommandLeavesTheOutboxUnchanged() {
        ServiceOrder o = open("maria@example.com", "+5511987654321");
        List<Notification> before = outbox.forOrder(TENANT, o.id());
        assertThrows(IllegalTransitionException.class, () -> desk.close(new Close(OrderRef.of(o), AGENT, "tchau")));
        assertEquals(before, outbox.forOrder(TENANT, o.id()));
    }

    @Test
    void sendsAndRecordsDelivery() {
        ServiceOrder o = open("maria@example.com", "+5511987654321");
        RecordingSender email = new RecordingSender(NotificationChannel.EMAIL);
        RecordingSender sms = new RecordingSender(NotificationChannel.SMS);
        DispatchSummary s = dispatcher("n1", email, sms).build().dispatchOnce();
        assertEquals(new DispatchSummary(2, 2, 0, 0, 0, 0), s);
        assertEquals(1, email.delivered().size());
        assertEquals(1, sms.delivered().size());
        DeliveryReport report = DeliveryReport.of(outbox, TENANT, o.id());
        assertEquals(2, report.withStatus(NotificationStatus.SENT).size());
        assertEquals(clock.instant(), report.lastSentTo(NotificationChannel.EMAIL).orElseThrow());
        assertTrue(report.customerToldOf(o.version()));
        assertEquals(DispatchSummary.EMPTY, dispatcher("n1", email, sms).build().dispatchOnce());
    }

    @Test
    void transientFailuresBackOffThenDie() {
        ServiceOrder o = open("maria@example.com", null);
        RecordingSender email = new RecordingSender(NotificationChannel.EMAIL).before((n, i) -> {
            throw DeliveryException.transientFailure("421 try later", null);
        });
        NotificationDispatcher d = dispatcher("n1", email).build();
        assertEquals(1, d.dispatchOnce().retried());
        Notification n = byChannel(o).get(NotificationChannel.EMAIL);
        assertEquals(NotificationStatus.PENDING, n.status());
        assertEquals(1, n.attempts());
        assertTrue(n.nextAttemptAt().isAfter(clock.instant()), "backs off");
        assertEquals(DispatchSummary.EMPTY, d.dispatchOnce(), "not due yet");

        clock.advance(Duration.ofMinutes(10));
        assertEquals(1, d.dispatchOnce().retried());
        clock.advance(Duration.ofMinutes(10));
        assertEquals(1, d.dispatchOnce().dead());
        n = byChannel(o).get(NotificationChannel.EMAIL);
        assertEquals(NotificationStatus.DEAD, n.status());
        assertEquals(3, n.attempts());
        assertTrue(n.lastError().contains("421 try later"), n.lastError());
        assertEquals(List.of(n), outbox.dead(TENANT, 10).stream().filter(x -> x.orderId().equals(o.id())).toList());

        assertTrue(outbox.retry(TENANT, n.id(), clock.instant()), "operator revives it");
        email.before((x, i) -> { });
        assertEquals(1, d.dispatchOnce().sent());
    }

    @Test
    void permanentFailureDiesAtOnce() {
        ServiceOrder o = open("maria@example.com", null);
        RecordingSender email = new RecordingSender(NotificationChannel.EMAIL).before((n, i) -> {
            throw DeliveryException.permanent("550 no such user", null);
        });
        assertEquals(1, dispatcher("n1", email).build().dispatchOnce().dead());
        Notification n = byChannel(o).get(NotificationChannel.EMAIL);
        assertEquals(NotificationStatus.DEAD, n.status());
        assertEquals(1, n.attempts());
    }

    @Test
    void channelWithoutSenderIsDeadWithAClearReason() {
        ServiceOrder o = open("maria@example.com", "+5511987654321");
        DispatchSummary s = dispatcher("n1", new RecordingSender(NotificationChannel.EMAIL)).build().dispatchOnce();
        assertEquals(1, s.sent());
        assertEquals(1, s.dead());
        Notification sms = byChannel(o).get(NotificationChannel.SMS);
        assertEquals(NotificationStatus.DEAD, sms.status());
        assertEquals("no sender configured for channel SMS", sms.lastError());
    }

    @Test
    void crashMidBatchThenAnotherDispatcherDeliversEverythingAtLeastOnce() throws Exception {
        for (int i = 0; i < 5; i++) {
            open("c" + i + "@example.com", null);
        }
        Set<String> committed = pendingKeys();
        assertEquals(5, committed.size());

        // The first dispatcher hands its third message to the wire and then hangs, as if the JVM froze.
        CountDownLatch hung = new CountDownLatch(1);
        CountDownLatch thaw = new CountDownLatch(1);
        RecordingSender first = new RecordingSender(NotificationChannel.EMAIL).after((n, i) -> {
            if (i == 2) {
                hung.countDown();
                awaitQuietly(thaw);
            }
        });
        NotificationDispatcher a = dispatcher("node-a", first).build();
        Thread ta = new Thread(a::dispatchOnce, "node-a");
        ta.start();
        assertTrue(hung.await(10, TimeUnit.SECONDS));

        RecordingSender second = new RecordingSender(NotificationChannel.EMAIL);
        NotificationDispatcher b = dispatcher("node-b", second).build();
        assertEquals(DispatchSummary.EMPTY, b.dispatchOnce(), "the lease still protects node-a's batch");

        clock.advance(LEASE.plusSeconds(1));
        DispatchSummary sb = b.dispatchOnce();
        assertEquals(3, sb.sent(), "the hung entry and the two never tried");

        thaw.countDown();
        ta.join(10_000);

        Set<String> delivered = new HashSet<>();
        first.delivered().forEach(n -> delivered.add(n.idempotencyKey()));
        second.delivered().forEach(n -> delivered.add(n.idempotencyKey()));
        assertEquals(committed, delivered, "every committed notification delivered");
        List<String> all = new java.util.ArrayList<>();
        first.delivered().forEach(n -> all.add(n.idempotencyKey()));
        second.delivered().forEach(n -> all.add(n.idempotencyKey()));
        assertEquals(6, all.size(), "exactly one duplicate: the message in flight at the crash");
        assertTrue(second.delivered().stream().anyMatch(n -> n.idempotencyKey().equals(first.delivered().get(2).idempotencyKey())),
                "the duplicate carries the same idempotency key");
        assertTrue(pendingKeys().isEmpty());
    }

    @Test
    void stoppingFinishesTheSendInProgressAndReleasesTheRest() throws Exception {
        for (int i = 0; i < 4; i++) {
            open("c" + i + "@example.com", null);
        }
        Set<String> committed = pendingKeys();
        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch proceed = new CountDownLatch(1);
        RecordingSender first = new RecordingSender(NotificationChannel.EMAIL).before((n, i) -> {
            if (i == 0) {
                sending.countDown();
                awaitQuietly(proceed);
            }
        });
        NotificationDispatcher a = dispatcher("node-a", first).build();
        a.start(Duration.ofMillis(50));
        assertTrue(sending.await(10, TimeUnit.SECONDS));
        Thread releaser = new Thread(() -> {
            sleepQuietly(100);
            proceed.countDown();
        });
        releaser.start();
        assertTrue(a.stop(Duration.ofSeconds(10)), "stopped within the grace period");
        assertEquals(1, first.delivered().size(), "the send in progress finished");

        List<Notification> rest = committed.stream().map(this::entry)
                .filter(n -> n.status() != NotificationStatus.SENT).toList();
        assertEquals(3, rest.size());
        rest.forEach(n -> assertEquals(NotificationStatus.PENDING, n.status(), "released, not left to the lease"));
        rest.forEach(n -> assertEquals(0, n.attempts()));

        RecordingSender second = new RecordingSender(NotificationChannel.EMAIL);
        assertEquals(3, dispatcher("node-b", second).build().dispatchOnce().sent(), "no need to wait for a lease");
        assertTrue(pendingKeys().isEmpty());
    }

    @Test
    void interruptedSendIsReleasedForAnotherDispatcher() throws Exception {
        for (int i = 0; i < 3; i++) {
            open("c" + i + "@example.com", null);
        }
        CountDownLatch sending = new CountDownLatch(1);
        RecordingSender stuck = new RecordingSender(NotificationChannel.EMAIL).before((n, i) -> {
            sending.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw DeliveryException.transientFailure("interrupted", e);
            }
        });
        NotificationDispatcher a = dispatcher("node-a", stuck).build();
        a.start(Duration.ofMillis(50));
        assertTrue(sending.await(10, TimeUnit.SECONDS));
        assertTrue(a.stop(Duration.ofMillis(200)), "the interrupt ends the pass");
        assertTrue(outbox.forOrder(TENANT, entry(pendingKeys().iterator().next()).orderId()).stream()
                .allMatch(n -> n.status() != NotificationStatus.SENDING));

        RecordingSender second = new RecordingSender(NotificationChannel.EMAIL);
        assertEquals(3, dispatcher("node-b", second).build().dispatchOnce().sent());
        assertEquals(0, stuck.delivered().size());
    }

    /** Idempotency keys of every entry not yet sent (skipped ones excluded). */
    protected Set<String> pendingKeys() {
        return allEntries().stream()
                .filter(n -> n.status() == NotificationStatus.PENDING || n.status() == NotificationStatus.SENDING)
                .map(Notification::idempotencyKey).collect(Collectors.toSet());
    }

    protected Notification entry(String key) {
        return allEntries().stream().filter(n -> n.idempotencyKey().equals(key)).findFirst().orElseThrow();
    }

    private List<Notification> allEntries() {
        return desk.store().search(dev.protocolo.spi.OrderQuery.all(TENANT, 1000)).items().stream()
                .flatMap(o -> outbox.forOrder(TENANT, o.id()).stream()).toList();
    }

    protected static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    protected static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
