package dev.protocolo.spi.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.protocolo.customer.Customer;
import dev.protocolo.customer.NotificationChannel;
import dev.protocolo.customer.TaxId;
import dev.protocolo.notification.Audience;
import dev.protocolo.notification.Notification;
import dev.protocolo.notification.NotificationStatus;
import dev.protocolo.order.Action;
import dev.protocolo.order.Actor;
import dev.protocolo.order.Channel;
import dev.protocolo.order.ConcurrentModificationException;
import dev.protocolo.order.HistoryEntry;
import dev.protocolo.order.OrderId;
import dev.protocolo.order.Priority;
import dev.protocolo.order.ServiceOrder;
import dev.protocolo.order.SlaState;
import dev.protocolo.order.StatusCategory;
import dev.protocolo.order.Visibility;
import dev.protocolo.protocol.ProtocolNumber;
import dev.protocolo.spi.NotificationOutbox;
import dev.protocolo.spi.OrderQuery;
import dev.protocolo.spi.OrderStore;
import dev.protocolo.spi.Page;
import dev.protocolo.spi.PageCursor;
import dev.protocolo.spi.ProtocolSequence;
import dev.protocolo.spi.UnitOfWork;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every storage adapter must show, written once and run against the in-memory store and
 * every database. A subclass only says how to get a clean set of ports.
 *
 * <p>Each test works in its own random tenants and series, so adapters may share one database between
 * tests; {@link #ports()} is still expected to hand out an empty outbox, because claims are not scoped
 * to a tenant. Times are whole microseconds, the finest precision the databases keep.
 */
public abstract class StorageContract {

    /** The four storage ports of one adapter, all backed by the same storage. */
    public record Ports(OrderStore orders, NotificationOutbox outbox, UnitOfWork unitOfWork, ProtocolSequence sequence) {
    }

    /** Ports over storage that holds no outbox entries; called before every test. */
    protected abstract Ports ports();

    protected static final Instant T0 = Instant.parse("2026-03-02T12:34:56.123456Z");

    protected Ports p;
    protected String tenant;
    protected String otherTenant;

    @BeforeEach
    void preparePorts() {
        p = ports();
        tenant = "t-" + UUID.randomUUID().toString().substring(0, 8);
        otherTenant = "o-" + UUID.randomUUID().toString().substring(0, 8);
    }

    // ---------------------------------------------------------------- fixtures

    protected static Customer fullCustomer() {
        return new Customer("crm-42", "João da Silva Ñandú 😀", TaxId.parse("123.456.789-09"), "joao@exemplo.com.br",
                "+5511987654321", "pt-BR", Set.of(NotificationChannel.SMS, NotificationChannel.WHATSAPP));
    }

    protected ServiceOrder order(String tenant, String protocol, Instant openedAt) {
        return ServiceOrder.builder()
                .id(new OrderId(UUID.randomUUID())).tenant(tenant).protocol(new ProtocolNumber(protocol))
                .type("support").customer(fullCustomer()).channel(Channel.PHONE).subject("Sem conexão")
                .description(null).priority(Priority.NORMAL).status("new").statusCategory(StatusCategory.NEW)
                .openedAt(openedAt).updatedAt(openedAt).version(1).build();
    }

    protected static HistoryEntry opening(ServiceOrder o) {
        return new HistoryEntry(o.id(), 1, Action.OPEN, null, Actor.agent("a1", "Ana"), o.openedAt(), null, o.status(),
                null, o.team(), null, o.agent(), null, null, Visibility.PUBLIC, Map.of("subject", o.subject()));
    }

    protected static HistoryEntry step(ServiceOrder next, ServiceOrder before, Action action) {
        return new HistoryEntry(next.id(), next.version(), action, action.name().toLowerCase(), Actor.system("test"),
                next.updatedAt(), before.status(), next.status(), before.team(), next.team(), before.agent(),
                next.agent(), "msg " + next.version(), null, Visibility.PUBLIC, Map.of());
    }

    protected ServiceOrder insert(ServiceOrder o) {
        p.unitOfWork().execute(() -> {
            p.orders().insert(o, opening(o));
            return null;
        });
        return o;
    }

    protected ServiceOrder advance(ServiceOrder o, String status, StatusCategory category, Instant at) {
        ServiceOrder next = o.toBuilder().status(status).statusCategory(category).updatedAt(at).version(o.version() + 1).build();
        p.unitOfWork().execute(() -> {
            p.orders().update(next, o.version(), step(next, o, Action.ASSIGN));
            return null;
        });
        return next;
    }

    protected Notification notification(ServiceOrder o, Instant createdAt, Instant due) {
        UUID id = UUID.randomUUID();
        Map<String, String> data = new LinkedHashMap<>();
        data.put("protocol", o.protocol().value());
        data.put("status", "Em atendimento — ação 🚀");
        data.put("quote", "say \"hi\"\\ \n\t\u0001 end");
        return new Notification(id, o.tenant(), o.id(), o.protocol().value(), o.version(), Action.OPEN, Audience.CUSTOMER,
                NotificationChannel.EMAIL, "joao@exemplo.com.br", "pt-BR", data, o.id() + ":" + o.version() + ":EMAIL",
                NotificationStatus.PENDING, 0, createdAt, due, null, null, null, null);
    }

    private static String protocolFor(int n) {
        return "2026" + String.format("%06d", n);
    }

    // ---------------------------------------------------------------- orders

    @Test
    void insertedOrderRoundTripsEveryField() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("contrato", "Ação nº 42 — çãõ");
        attributes.put("emoji", "🚀🇧🇷👩‍💻");
        attributes.put("quotes", "a \"b\" \\ c / {d}: [e],");
        attributes.put("controls", "line1\nline2\r\ttab \u0000 \u001f \u2028");
        attributes.put("", "empty key");
        attributes.put("empty", "");
        ServiceOrder o = order(tenant, "2026000001", T0).toBuilder()
                .description("Cliente relata que a internet cai à noite.\nSegunda linha ☎")
                .priority(Priority.URGENT).status("waiting").statusCategory(StatusCategory.WAITING)
                .team("suporte-n2").agent("maria").attributes(attributes)
                .firstResponseAt(T0.plusSeconds(60)).resolvedAt(T0.plusSeconds(120)).closedAt(T0.plusSeconds(180))
                .waitUntil(T0.plus(Duration.ofDays(2))).resolution("Roteador trocado")
                .sla(new SlaState(T0.plusSeconds(3600), T0.plusSeconds(7200), T0.plusSeconds(5000), T0.plusSeconds(6000),
                        T0.plusSeconds(90), Duration.ofMinutes(7).plusNanos(1000)))
                .updatedAt(T0.plusSeconds(200)).channel(Channel.WHATSAPP).build();
        HistoryEntry entry = new HistoryEntry(o.id(), 1, Action.OPEN, null,
                new Actor(Actor.Kind.AGENT, "a-1", "Zé Ninguém ✓", Set.of("supervisor", "agente, sênior")),
                T0, null, "waiting", null, "suporte-n2", null, "maria", "Olá! 👋", "nota \"interna\"",
                Visibility.INTERNAL, Map.of("until", "2026-03-04T12:00:00Z", "emoji", "🔥", "nl", "a\nb"));
        p.unitOfWork().execute(() -> {
            p.orders().insert(o, entry);
            return null;
        });

        assertEquals(o, p.orders().findById(tenant, o.id()).orElseThrow());
        assertEquals(List.of(entry), p.orders().history(tenant, o.id()));
    }

    @Test
    void nullsRoundTrip() {
        ServiceOrder o = order(tenant, "2026000002", T0).toBuilder().customer(null).channel(null).description(null)
                .priority(null).sla(SlaState.NONE).attributes(Map.of()).build();
        HistoryEntry entry = new HistoryEntry(o.id(), 1, Action.OPEN, null, new Actor(Actor.Kind.SYSTEM, "sys", null, null),
                T0, null, "new", null, null, null, null, null, null, Visibility.PUBLIC, null);
        p.unitOfWork().execute(() -> {
            p.orders().insert(o, entry);
            return null;
        });
        assertEquals(o, p.orders().findById(tenant, o.id()).orElseThrow());
        assertEquals(List.of(entry), p.orders().history(tenant, o.id()));

        Customer sparse = new Customer("c-0", "Só o nome", null, null, null, null, null);
        ServiceOrder o2 = insert(order(tenant, "2026000003", T0).toBuilder().customer(sparse).build());
        assertEquals(o2, p.orders().findById(tenant, o2.id()).orElseThrow());
    }

    @Test
    void findsByExactProtocolWithinTenantOnly() {
        ServiceOrder o = insert(order(tenant, "2026000123", T0));
        assertEquals(o, p.orders().findByProtocol(tenant, new ProtocolNumber("2026000123")).orElseThrow());
        assertTrue(p.orders().findByProtocol(tenant, new ProtocolNumber("202600012")).isEmpty());
        assertTrue(p.orders().findByProtocol(tenant, new ProtocolNumber("2026000123 ")).isEmpty());
        assertTrue(p.orders().findByProtocol(otherTenant, new ProtocolNumber("2026000123")).isEmpty());
        assertTrue(p.orders().findById(tenant, new OrderId(UUID.randomUUID())).isEmpty());
    }

    @Test
    void sameProtocolMayExistInTwoTenantsButNotTwiceInOne() {
        ServiceOrder a = insert(order(tenant, "2026000001", T0));
        ServiceOrder b = insert(order(otherTenant, "2026000001", T0));
        assertEquals(a.id(), p.orders().findByProtocol(tenant, a.protocol()).orElseThrow().id());
        assertEquals(b.id(), p.orders().findByProtocol(otherTenant, b.protocol()).orElseThrow().id());
        assertThrows(RuntimeException.class, () -> insert(order(tenant, "2026000001", T0)));
        assertEquals(1, p.orders().search(OrderQuery.all(tenant, 10)).items().size());
    }

    @Test
    void updateReplacesStateAndAppendsHistory() {
        ServiceOrder o = insert(order(tenant, "2026000004", T0));
        ServiceOrder v2 = advance(o, "in_progress", StatusCategory.IN_PROGRESS, T0.plusSeconds(5));
        ServiceOrder v3 = advance(v2.toBuilder().team("financeiro").agent("bia").build(), "waiting",
                StatusCategory.WAITING, T0.plusSeconds(9));

        assertEquals(v3, p.orders().findById(tenant, o.id()).orElseThrow());
        List<HistoryEntry> h = p.orders().history(tenant, o.id());
        assertEquals(List.of(1L, 2L, 3L), h.stream().map(HistoryEntry::sequence).toList());
        assertEquals("waiting", h.get(2).statusAfter());
        assertEquals("financeiro", h.get(2).teamAfter());
    }

    @Test
    void staleVersionIsRefusedAndNothingIsWritten() {
        ServiceOrder o = insert(order(tenant, "2026000005", T0));
        ServiceOrder v2 = advance(o, "in_progress", StatusCategory.IN_PROGRESS, T0.plusSeconds(5));

        ServiceOrder competing = o.toBuilder().status("cancelled").statusCategory(StatusCategory.CANCELLED)
                .version(2).updatedAt(T0.plusSeconds(6)).build();
        ConcurrentModificationException e = assertThrows(ConcurrentModificationException.class,
                () -> p.unitOfWork().execute(() -> {
                    p.orders().update(competing, 1, step(competing, o, Action.CANCEL));
                    return null;
                }));
        assertEquals(o.id(), e.orderId());
        assertEquals("2026000005", e.protocol());
        assertEquals(v2, p.orders().findById(tenant, o.id()).orElseThrow());
        assertEquals(2, p.orders().history(tenant, o.id()).size());
    }

    @Test
    void updateFromAnotherTenantIsRefused() {
        ServiceOrder o = insert(order(tenant, "2026000006", T0));
        ServiceOrder foreign = o.toBuilder().tenant(otherTenant).version(2).status("x").build();
        assertThrows(ConcurrentModificationException.class, () -> p.unitOfWork().execute(() -> {
            p.orders().update(foreign, 1, step(foreign, o, Action.NOTE));
            return null;
        }));
        assertEquals(o, p.orders().findById(tenant, o.id()).orElseThrow());
        assertEquals(1, p.orders().history(tenant, o.id()).size());
    }

    @Test
    void anotherTenantSeesNothing() {
        ServiceOrder o = insert(order(tenant, "2026000007", T0));
        p.unitOfWork().execute(() -> {
            p.outbox().enqueue(List.of(notification(o, T0, T0)));
            return null;
        });
        Notification dead = p.outbox().claim("w", 10, T0, Duration.ofMinutes(1)).get(0);
        p.outbox().markFailed(dead.id(), "w", T0, "boom", null);

        assertTrue(p.orders().findById(otherTenant, o.id()).isEmpty());
        assertTrue(p.orders().findByProtocol(otherTenant, o.protocol()).isEmpty());
        assertTrue(p.orders().history(otherTenant, o.id()).isEmpty());
        assertTrue(p.orders().findByTaxId(otherTenant, o.customer().taxId(), 10).isEmpty());
        assertTrue(p.orders().findByCustomer(otherTenant, o.customer().externalId(), 10).isEmpty());
        assertTrue(p.orders().search(OrderQuery.all(otherTenant, 10)).items().isEmpty());
        assertTrue(p.outbox().forOrder(otherTenant, o.id()).isEmpty());
        assertTrue(p.outbox().dead(otherTenant, 10).isEmpty());
        assertFalse(p.outbox().retry(otherTenant, dead.id(), T0));

        assertEquals(1, p.orders().findByTaxId(tenant, o.customer().taxId(), 10).size());
        assertEquals(1, p.outbox().dead(tenant, 10).size());
    }

    @Test
    void customerLookupsListOpenOrdersFirstThenNewest() {
        ServiceOrder oldOpen = insert(order(tenant, "2026000010", T0));
        ServiceOrder newClosed = advance(insert(order(tenant, "2026000011", T0.plusSeconds(100))), "closed",
                StatusCategory.CLOSED, T0.plusSeconds(101));
        ServiceOrder newOpen = insert(order(tenant, "2026000012", T0.plusSeconds(50)));
        ServiceOrder oldResolved = advance(insert(order(tenant, "2026000013", T0.minusSeconds(50))), "resolved",
                StatusCategory.RESOLVED, T0);
        Customer someoneElse = new Customer("crm-99", "Outra", TaxId.parse("98765432100"), null, null, null, null);
        insert(order(tenant, "2026000014", T0).toBuilder().customer(someoneElse).build());

        List<OrderId> expected = List.of(newOpen.id(), oldOpen.id(), newClosed.id(), oldResolved.id());
        assertEquals(expected, p.orders().findByTaxId(tenant, TaxId.parse("12345678909"), 10).stream().map(ServiceOrder::id).toList());
        assertEquals(expected, p.orders().findByCustomer(tenant, "crm-42", 10).stream().map(ServiceOrder::id).toList());
        assertEquals(expected.subList(0, 3), p.orders().findByCustomer(tenant, "crm-42", 3).stream().map(ServiceOrder::id).toList());
        assertTrue(p.orders().findByCustomer(tenant, "crm-4", 10).isEmpty());
    }

    @Test
    void searchAppliesEveryFilter() {
        ServiceOrder a = insert(order(tenant, "2026000020", T0).toBuilder().subject("Internet lenta 100%_off")
                .team("n1").type("support").channel(Channel.PHONE).build());
        ServiceOrder b = insert(order(tenant, "2026000021", T0.plusSeconds(10)).toBuilder().subject("Boleto")
                .description("Cobrança em DOBRO na INTERNET").team("financeiro").type("billing").channel(Channel.EMAIL).build());
        ServiceOrder c = advance(insert(order(tenant, "2026000022", T0.plusSeconds(20)).toBuilder().subject("Mudança")
                .team("n1").type("support").channel(Channel.WEB).build()), "in_progress", StatusCategory.IN_PROGRESS, T0.plusSeconds(30));

        OrderQuery all = OrderQuery.all(tenant, 100);
        assertEquals(ids(c, b, a), ids(p.orders().search(all).items()));
        assertEquals(ids(c), ids(p.orders().search(all.withStatuses(Set.of("in_progress"))).items()));
        assertEquals(ids(b, a), ids(p.orders().search(all.withCategories(Set.of(StatusCategory.NEW, StatusCategory.CLOSED))).items()));
        assertEquals(ids(c, a), ids(p.orders().search(all.withTeam("n1")).items()));
        assertEquals(ids(b), ids(p.orders().search(all.withType("billing")).items()));
        assertEquals(ids(c), ids(p.orders().search(all.withChannel(Channel.WEB)).items()));
        assertEquals(ids(b), ids(p.orders().search(all.withOpened(T0.plusSeconds(1), T0.plusSeconds(20))).items()));
        assertEquals(ids(b, a), ids(p.orders().search(all.withOpened(T0, T0.plusSeconds(20))).items()));
        assertEquals(ids(b, a), ids(p.orders().search(all.withText("internet")).items()));
        assertEquals(ids(b), ids(p.orders().search(all.withText("cobrança em dobro")).items()));
        assertEquals(ids(a), ids(p.orders().search(all.withText("100%_")).items()));
        assertEquals(ids(), ids(p.orders().search(all.withText("100%x")).items()));
        assertEquals(ids(), ids(p.orders().search(all.withText("_nternet x")).items()));
        assertEquals(ids(c), ids(p.orders().search(all.withTeam("n1").withStatuses(Set.of("in_progress", "new"))
                .withCategories(Set.of(StatusCategory.IN_PROGRESS))).items()));
        assertEquals(ids(), ids(p.orders().search(all.withText("'; DROP TABLE orders; --")).items()));
    }

    @Test
    void pagingIsCompleteAndStableWhileOrdersArrive() {
        List<ServiceOrder> all = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            // groups of three share an opening time, so the id decides their order
            all.add(insert(order(tenant, protocolFor(100 + i), T0.plusSeconds(i / 3))));
        }
        List<ServiceOrder> seen = new ArrayList<>();
        OrderQuery q = OrderQuery.all(tenant, 4);
        int pages = 0;
        ServiceOrder late = null;
        while (true) {
            Page<ServiceOrder> page = p.orders().search(q);
            seen.addAll(page.items());
            pages++;
            if (pages == 2) {
                // a newer order arriving mid-way must not shift the following pages
                late = insert(order(tenant, protocolFor(999), T0.plusSeconds(3600)));
            }
            if (!page.hasNext()) {
                break;
            }
            assertEquals(4, page.items().size());
            ServiceOrder last = page.items().get(3);
            assertEquals(new PageCursor(last.openedAt(), last.id()), page.next());
            q = q.after(page.next());
        }
        assertEquals(6, pages);
        assertEquals(23, seen.size());
        assertEquals(23, new HashSet<>(ids(seen)).size());
        assertEquals(new HashSet<>(ids(all)), new HashSet<>(ids(seen)));
        for (int i = 1; i < seen.size(); i++) {
            assertFalse(seen.get(i).openedAt().isAfter(seen.get(i - 1).openedAt()), "newest first");
        }
        // the same walk again gives the same sequence (minus the late arrival on page one)
        List<ServiceOrder> again = new ArrayList<>();
        Page<ServiceOrder> page = p.orders().search(OrderQuery.all(tenant, 4).after(
                new PageCursor(late.openedAt(), late.id())));
        while (true) {
            again.addAll(page.items());
            if (!page.hasNext()) {
                break;
            }
            page = p.orders().search(OrderQuery.all(tenant, 4).after(page.next()));
        }
        assertEquals(ids(seen), ids(again));
        assertEquals(1, p.orders().search(OrderQuery.all(tenant, 1)).items().size());
        assertEquals(24, p.orders().search(OrderQuery.all(tenant, 1000)).items().size());
        assertNull(p.orders().search(OrderQuery.all(tenant, 1000)).next());
    }

    // ---------------------------------------------------------------- unit of work

    @Test
    void failedUnitOfWorkLeavesNoOrderHistoryOrOutboxEntry() {
        ServiceOrder o = order(tenant, "2026000030", T0);
        ServiceOrder kept = insert(order(tenant, "2026000031", T0));
        ServiceOrder keptNext = kept.toBuilder().status("in_progress").statusCategory(StatusCategory.IN_PROGRESS).version(2).build();
        IllegalStateException boom = assertThrows(IllegalStateException.class, () -> p.unitOfWork().execute(() -> {
            p.orders().insert(o, opening(o));
            p.outbox().enqueue(List.of(notification(o, T0, T0)));
            p.orders().update(keptNext, 1, step(keptNext, kept, Action.ASSIGN));
            p.outbox().enqueue(List.of(notification(keptNext, T0, T0)));
            throw new IllegalStateException("host failure");
        }));
        assertEquals("host failure", boom.getMessage());
        assertTrue(p.orders().findById(tenant, o.id()).isEmpty());
        assertTrue(p.orders().findByProtocol(tenant, o.protocol()).isEmpty());
        assertTrue(p.orders().history(tenant, o.id()).isEmpty());
        assertTrue(p.outbox().forOrder(tenant, o.id()).isEmpty());
        assertEquals(kept, p.orders().findById(tenant, kept.id()).orElseThrow());
        assertEquals(1, p.orders().history(tenant, kept.id()).size());
        assertTrue(p.outbox().forOrder(tenant, kept.id()).isEmpty());
        assertTrue(p.outbox().claim("w", 10, T0.plusSeconds(3600), Duration.ofMinutes(1)).isEmpty());
        // the protocol number is free again
        insert(order(tenant, "2026000030", T0));
    }

    @Test
    void nestedUnitsOfWorkJoinTheOuterOne() {
        ServiceOrder o = order(tenant, "2026000032", T0);
        assertThrows(IllegalStateException.class, () -> p.unitOfWork().execute(() -> {
            String r = p.unitOfWork().execute(() -> {
                p.orders().insert(o, opening(o));
                return "inner";
            });
            assertEquals("inner", r);
            throw new IllegalStateException("outer fails after inner returned");
        }));
        assertTrue(p.orders().findById(tenant, o.id()).isEmpty());

        ServiceOrder o2 = order(tenant, "2026000033", T0);
        String result = p.unitOfWork().execute(() -> p.unitOfWork().execute(() -> {
            p.orders().insert(o2, opening(o2));
            return "done";
        }));
        assertEquals("done", result);
        assertTrue(p.orders().findById(tenant, o2.id()).isPresent());
    }

    @Test
    void writesOutsideAUnitOfWorkCommitOnTheirOwn() {
        ServiceOrder o = order(tenant, "2026000034", T0);
        p.orders().insert(o, opening(o));
        p.outbox().enqueue(List.of(notification(o, T0, T0)));
        assertEquals(o, p.orders().findById(tenant, o.id()).orElseThrow());
        assertEquals(1, p.outbox().forOrder(tenant, o.id()).size());
    }

    // ---------------------------------------------------------------- protocol sequence

    @Test
    void sequencesCountFromOneAndSeriesAreIndependent() {
        String a = tenant + "|support|2026";
        String b = tenant + "|billing|2026";
        assertEquals(1, p.sequence().next(a));
        assertEquals(2, p.sequence().next(a));
        assertEquals(1, p.sequence().next(b));
        assertEquals(3, p.unitOfWork().execute(() -> p.sequence().next(a)));
    }

    @Test
    void concurrentSequenceCallsNeverRepeatANumber() throws Exception {
        String series = tenant + "|support|2026";
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        long n = p.unitOfWork().execute(() -> p.sequence().next(series));
                        assertTrue(seen.add(n), "number handed out twice: " + n);
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(400, seen.size());
    }

    // ---------------------------------------------------------------- outbox

    @Test
    void enqueuedNotificationsRoundTripEveryField() {
        ServiceOrder o = insert(order(tenant, "2026000040", T0));
        Notification n1 = notification(o, T0, T0);
        Notification n2 = new Notification(UUID.randomUUID(), tenant, o.id(), null, 2, Action.RESOLVE, Audience.TEAM,
                NotificationChannel.WEBHOOK, null, "en", Map.of(), "k2", NotificationStatus.SKIPPED, 0,
                T0.plusSeconds(1), null, null, "no address", null, null);
        p.unitOfWork().execute(() -> {
            p.outbox().enqueue(List.of(n1, n2));
            return null;
        });
        assertEquals(List.of(n1, n2), p.outbox().forOrder(tenant, o.id()));
    }

    @Test
    void claimTakesDueEntriesOldestFirstUpToMax() {
        ServiceOrder o = insert(order(tenant, "2026000041", T0));
        Notification first = notification(o, T0, T0);
        Notification second = notification(o, T0, T0.plusSeconds(1));
        Notification later = notification(o, T0, T0.plusSeconds(3600));
        Notification third = notification(o, T0, T0.plusSeconds(2));
        p.outbox().enqueue(List.of(first, second, later, third));

        Instant now = T0.plusSeconds(10);
        List<Notification> claimed = p.outbox().claim("w1", 2, now, Duration.ofSeconds(30));
        assertEquals(List.of(first.id(), second.id()), claimed.stream().map(Notification::id).toList());
        Notification c = claimed.get(0);
        assertEquals(NotificationStatus.SENDING, c.status());
        assertEquals("w1", c.claimedBy());
        assertEquals(now.plusSeconds(30), c.leaseUntil());
        assertEquals(first.withDelivery(NotificationStatus.SENDING, 0, first.nextAttemptAt(), null, null, "w1",
                now.plusSeconds(30)), c);
        assertEquals(c, p.outbox().forOrder(tenant, o.id()).get(0));

        assertEquals(List.of(third.id()), p.outbox().claim("w2", 10, now, Duration.ofSeconds(30)).stream().map(Notification::id).toList());
        assertTrue(p.outbox().claim("w2", 10, now, Duration.ofSeconds(30)).isEmpty());
    }

    @Test
    void expiredLeaseIsClaimedAgainAndTheFirstOwnerLosesIt() {
        ServiceOrder o = insert(order(tenant, "2026000042", T0));
        Notification n = notification(o, T0, T0);
        p.outbox().enqueue(List.of(n));
        assertEquals(1, p.outbox().claim("w1", 10, T0, Duration.ofSeconds(30)).size());
        assertTrue(p.outbox().claim("w2", 10, T0.plusSeconds(30), Duration.ofSeconds(30)).isEmpty(), "lease still holds at its end");
        List<Notification> again = p.outbox().claim("w2", 10, T0.plusSeconds(31), Duration.ofSeconds(30));
        assertEquals(1, again.size());
        assertEquals("w2", again.get(0).claimedBy());

        assertFalse(p.outbox().markSent(n.id(), "w1", T0.plusSeconds(32)));
        assertFalse(p.outbox().markFailed(n.id(), "w1", T0.plusSeconds(32), "late", T0.plusSeconds(60)));
        assertFalse(p.outbox().release(n.id(), "w1", T0.plusSeconds(32)));
        assertTrue(p.outbox().markSent(n.id(), "w2", T0.plusSeconds(33)));
        Notification sent = p.outbox().forOrder(tenant, o.id()).get(0);
        assertEquals(NotificationStatus.SENT, sent.status());
        assertEquals(1, sent.attempts());
        assertEquals(T0.plusSeconds(33), sent.sentAt());
        assertNull(sent.claimedBy());
        assertNull(sent.leaseUntil());
        assertNull(sent.nextAttemptAt());
        assertFalse(p.outbox().markSent(n.id(), "w2", T0.plusSeconds(34)), "only SENDING entries can be marked");
        assertTrue(p.outbox().claim("w3", 10, T0.plusSeconds(3600), Duration.ofSeconds(30)).isEmpty());
    }

    @Test
    void failuresRetryLaterOrGoDeadAndDeadCanBeRetried() {
        ServiceOrder o = insert(order(tenant, "2026000043", T0));
        Notification n = notification(o, T0, T0);
        p.outbox().enqueue(List.of(n));
        p.outbox().claim("w", 10, T0, Duration.ofSeconds(30));
        assertTrue(p.outbox().markFailed(n.id(), "w", T0.plusSeconds(1), "smtp 451 — tente depois", T0.plusSeconds(60)));
        Notification failed = p.outbox().forOrder(tenant, o.id()).get(0);
        assertEquals(NotificationStatus.PENDING, failed.status());
        assertEquals(1, failed.attempts());
        assertEquals(T0.plusSeconds(60), failed.nextAttemptAt());
        assertEquals("smtp 451 — tente depois", failed.lastError());
        assertNull(failed.claimedBy());
        assertTrue(p.outbox().claim("w", 10, T0.plusSeconds(59), Duration.ofSeconds(30)).isEmpty());
        assertEquals(1, p.outbox().claim("w", 10, T0.plusSeconds(60), Duration.ofSeconds(30)).size());
        assertTrue(p.outbox().markFailed(n.id(), "w", T0.plusSeconds(61), "550 no such user", null));

        Notification dead = p.outbox().forOrder(tenant, o.id()).get(0);
        assertEquals(NotificationStatus.DEAD, dead.status());
        assertEquals(2, dead.attempts());
        assertEquals(List.of(dead), p.outbox().dead(tenant, 10));
        assertTrue(p.outbox().dead(tenant, 0).isEmpty());
        assertTrue(p.outbox().claim("w", 10, T0.plusSeconds(3600), Duration.ofSeconds(30)).isEmpty());

        assertTrue(p.outbox().retry(tenant, n.id(), T0.plusSeconds(100)));
        assertFalse(p.outbox().retry(tenant, n.id(), T0.plusSeconds(100)), "no longer dead");
        assertFalse(p.outbox().retry(tenant, UUID.randomUUID(), T0));
        Notification retried = p.outbox().forOrder(tenant, o.id()).get(0);
        assertEquals(NotificationStatus.PENDING, retried.status());
        assertEquals(T0.plusSeconds(100), retried.nextAttemptAt());
        assertEquals(2, retried.attempts());
        assertTrue(p.outbox().dead(tenant, 10).isEmpty());
        assertTrue(p.outbox().claim("w", 10, T0.plusSeconds(99), Duration.ofSeconds(30)).isEmpty());
        assertEquals(1, p.outbox().claim("w", 10, T0.plusSeconds(100), Duration.ofSeconds(30)).size());
    }

    @Test
    void releaseGivesTheEntryBackUntouched() {
        ServiceOrder o = insert(order(tenant, "2026000044", T0));
        Notification n = notification(o, T0, T0);
        p.outbox().enqueue(List.of(n));
        p.outbox().claim("w", 10, T0, Duration.ofSeconds(30));
        assertFalse(p.outbox().release(n.id(), "other", T0));
        assertTrue(p.outbox().release(n.id(), "w", T0));
        assertEquals(n, p.outbox().forOrder(tenant, o.id()).get(0));
        assertFalse(p.outbox().release(n.id(), "w", T0), "not claimed any more");
        assertEquals(1, p.outbox().claim("w2", 10, T0, Duration.ofSeconds(30)).size());
    }

    @Test
    void concurrentClaimsNeverHandOutAnEntryTwice() throws Exception {
        ServiceOrder o = insert(order(tenant, "2026000045", T0));
        List<Notification> batch = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            batch.add(notification(o, T0, T0));
        }
        p.outbox().enqueue(batch);
        Set<UUID> claimed = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                String owner = "w" + t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 40; i++) {
                        for (Notification n : p.outbox().claim(owner, 7, T0, Duration.ofMinutes(5))) {
                            assertTrue(claimed.add(n.id()), "entry claimed twice: " + n.id());
                            assertTrue(p.outbox().markSent(n.id(), owner, T0));
                        }
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(200, claimed.size());
        assertTrue(p.outbox().forOrder(tenant, o.id()).stream().allMatch(n -> n.status() == NotificationStatus.SENT));
    }

    // ---------------------------------------------------------------- helpers

    protected static List<OrderId> ids(ServiceOrder... orders) {
        return List.of(orders).stream().map(ServiceOrder::id).toList();
    }

    protected static List<OrderId> ids(List<ServiceOrder> orders) {
        return orders.stream().map(ServiceOrder::id).toList();
    }

    protected static Instant micros(Instant i) {
        return i.truncatedTo(ChronoUnit.MICROS);
    }

    protected static <T> void assertSorted(List<T> list, Comparator<T> order) {
        for (int i = 1; i < list.size(); i++) {
            assertTrue(order.compare(list.get(i - 1), list.get(i)) <= 0);
        }
        assertNotNull(list);
    }
}
