package dev.protocolo.memory;

import dev.protocolo.customer.TaxId;
import dev.protocolo.notification.Notification;
import dev.protocolo.notification.NotificationStatus;
import dev.protocolo.order.ConcurrentModificationException;
import dev.protocolo.order.HistoryEntry;
import dev.protocolo.order.OrderId;
import dev.protocolo.order.ServiceOrder;
import dev.protocolo.protocol.ProtocolNumber;
import dev.protocolo.spi.DeadlineStore;
import dev.protocolo.spi.NotificationOutbox;
import dev.protocolo.spi.OrderQuery;
import dev.protocolo.spi.OrderStore;
import dev.protocolo.spi.Page;
import dev.protocolo.spi.PageCursor;
import dev.protocolo.spi.RetentionStore;
import dev.protocolo.spi.UnitOfWork;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Orders, history and notification outbox kept in memory, with real transactions: writes made inside
 * {@link #execute} are buffered and applied atomically at commit under one lock, re-checking every
 * optimistic version, so a unit of work that throws leaves nothing behind; a nested unit of work that
 * throws undoes only its own writes. Reads see committed data plus the reading thread's own pending
 * orders and history (the filtered queries see committed data only).
 *
 * <p>Public and thread-safe, for host applications' tests and demos. Nothing survives the JVM.
 */
public final class InMemoryStore implements OrderStore, NotificationOutbox, UnitOfWork, DeadlineStore, RetentionStore {
    private static final Comparator<ServiceOrder> NEWEST_FIRST =
            Comparator.comparing(ServiceOrder::openedAt).thenComparing(o -> o.id().value()).reversed();
    private static final Comparator<ServiceOrder> OPEN_FIRST =
            Comparator.comparing((ServiceOrder o) -> !o.isOpen()).thenComparing(NEWEST_FIRST);

    private final Object lock = new Object();
    private final Map<OrderId, ServiceOrder> orders = new HashMap<>();
    private final Map<String, OrderId> protocols = new HashMap<>();
    private final Map<OrderId, List<HistoryEntry>> history = new HashMap<>();
    private final Map<UUID, Notification> outbox = new LinkedHashMap<>();
    private final java.util.Set<String> fired = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final ThreadLocal<Tx> pending = new ThreadLocal<>();

    /** The writes of the thread's unit of work, and what they make visible to the same thread. */
    private static final class Tx {
        final List<Write> writes = new ArrayList<>();
        final Map<OrderId, ServiceOrder> orders = new HashMap<>();
        final Map<OrderId, List<HistoryEntry>> appended = new HashMap<>();
        final List<Runnable> afterCommit = new ArrayList<>();

        /** Copies of the read-your-writes views, to restore when a nested unit of work fails. */
        Object[] savepoint() {
            Map<OrderId, List<HistoryEntry>> h = new HashMap<>();
            appended.forEach((k, v) -> h.put(k, new ArrayList<>(v)));
            return new Object[] {writes.size(), new HashMap<>(orders), h, afterCommit.size()};
        }

        @SuppressWarnings("unchecked")
        void rollbackTo(Object[] sp) {
            writes.subList((Integer) sp[0], writes.size()).clear();
            orders.clear();
            orders.putAll((Map<OrderId, ServiceOrder>) sp[1]);
            appended.clear();
            appended.putAll((Map<OrderId, List<HistoryEntry>>) sp[2]);
            afterCommit.subList((Integer) sp[3], afterCommit.size()).clear();
        }
    }

    @Override
    public <T> T execute(Supplier<T> work) {
        Tx outer = pending.get();
        if (outer != null) {
            Object[] savepoint = outer.savepoint();
            try {
                return work.get();
            } catch (RuntimeException | Error e) {
                outer.rollbackTo(savepoint);
                throw e;
            }
        }
        Tx tx = new Tx();
        pending.set(tx);
        T result;
        try {
            result = work.get();
            commit(tx.writes);
        } finally {
            pending.remove();
        }
        tx.afterCommit.forEach(Runnable::run);
        return result;
    }

    @Override
    public void afterCommit(Runnable action) {
        Tx tx = pending.get();
        if (tx == null) {
            action.run();
        } else {
            tx.afterCommit.add(action);
        }
    }

    private void commit(List<Write> writes) {
        synchronized (lock) {
            // Each write checks its precondition and returns how to undo itself; a failure undoes the earlier ones.
            List<Runnable> undo = new ArrayList<>();
            try {
                for (Write w : writes) {
                    undo.add(w.apply());
                }
            } catch (RuntimeException e) {
                for (int i = undo.size() - 1; i >= 0; i--) {
                    undo.get(i).run();
                }
                throw e;
            }
        }
    }

    /** A buffered write: applies itself under the lock and returns its undo action. */
    private interface Write {
        Runnable apply();
    }

    private void write(Write w) {
        Tx tx = pending.get();
        if (tx != null) {
            tx.writes.add(w);
        } else {
            commit(List.of(w));
        }
    }

    @Override
    public void insert(ServiceOrder order, HistoryEntry opening) {
        Tx tx = pending.get();
        if (tx != null) {
            tx.orders.put(order.id(), order);
            tx.appended.computeIfAbsent(order.id(), k -> new ArrayList<>()).add(opening);
        }
        write(() -> {
            if (orders.containsKey(order.id())) {
                throw new IllegalStateException("order " + order.id() + " already exists");
            }
            String protocolKey = order.tenant() + "|" + order.protocol().value();
            if (protocols.containsKey(protocolKey)) {
                throw new IllegalStateException("protocol " + order.protocol() + " already used in tenant " + order.tenant());
            }
            orders.put(order.id(), order);
            protocols.put(protocolKey, order.id());
            List<HistoryEntry> h = new ArrayList<>();
            h.add(opening);
            history.put(order.id(), h);
            return () -> {
                orders.remove(order.id());
                protocols.remove(protocolKey);
                history.remove(order.id());
            };
        });
    }

    @Override
    public void update(ServiceOrder order, long expectedVersion, HistoryEntry entry) {
        Tx tx = pending.get();
        if (tx != null) {
            // Refuse early what the commit would refuse, so the caller's unit of work fails at the right step.
            ServiceOrder seen = findById(order.tenant(), order.id()).orElse(null);
            if (seen == null || seen.version() != expectedVersion) {
                throw new ConcurrentModificationException(order.id(), order.protocol().value(), expectedVersion);
            }
            tx.orders.put(order.id(), order);
            tx.appended.computeIfAbsent(order.id(), k -> new ArrayList<>()).add(entry);
        }
        write(() -> {
            ServiceOrder current = orders.get(order.id());
            if (current == null || current.version() != expectedVersion || !current.tenant().equals(order.tenant())) {
                throw new ConcurrentModificationException(order.id(), order.protocol().value(), expectedVersion);
            }
            orders.put(order.id(), order);
            List<HistoryEntry> h = history.get(order.id());
            h.add(entry);
            return () -> {
                orders.put(order.id(), current);
                h.remove(h.size() - 1);
            };
        });
    }

    @Override
    public Optional<ServiceOrder> findById(String tenant, OrderId id) {
        Tx tx = pending.get();
        if (tx != null && tx.orders.containsKey(id)) {
            return Optional.of(tx.orders.get(id)).filter(o -> o.tenant().equals(tenant));
        }
        synchronized (lock) {
            return Optional.ofNullable(orders.get(id)).filter(o -> o.tenant().equals(tenant));
        }
    }

    @Override
    public Optional<ServiceOrder> findByProtocol(String tenant, ProtocolNumber protocol) {
        Tx tx = pending.get();
        if (tx != null) {
            for (ServiceOrder o : tx.orders.values()) {
                if (o.tenant().equals(tenant) && o.protocol().equals(protocol)) {
                    return Optional.of(o);
                }
            }
        }
        synchronized (lock) {
            OrderId id = protocols.get(tenant + "|" + protocol.value());
            return id == null ? Optional.empty() : Optional.of(orders.get(id));
        }
    }

    @Override
    public List<HistoryEntry> history(String tenant, OrderId id) {
        List<HistoryEntry> committed;
        synchronized (lock) {
            ServiceOrder o = orders.get(id);
            committed = o == null || !o.tenant().equals(tenant) ? List.of() : List.copyOf(history.get(id));
        }
        Tx tx = pending.get();
        if (tx == null || !tx.appended.containsKey(id) || findById(tenant, id).isEmpty()) {
            return committed;
        }
        List<HistoryEntry> all = new ArrayList<>(committed);
        all.addAll(tx.appended.get(id));
        return List.copyOf(all);
    }

    @Override
    public List<ServiceOrder> findByTaxId(String tenant, TaxId taxId, int limit) {
        return select(o -> o.tenant().equals(tenant) && o.customer() != null && taxId.equals(o.customer().taxId()),
                OPEN_FIRST, limit);
    }

    @Override
    public List<ServiceOrder> findByCustomer(String tenant, String externalId, int limit) {
        return select(o -> o.tenant().equals(tenant) && o.customer() != null
                && Objects.equals(externalId, o.customer().externalId()), OPEN_FIRST, limit);
    }

    @Override
    public Page<ServiceOrder> search(OrderQuery q) {
        PageCursor after = q.after();
        List<ServiceOrder> rows = select(o -> OrderQueries.matches(q, o) && (after == null
                || NEWEST_FIRST.compare(o, cursorProbe(o, after)) > 0), NEWEST_FIRST, q.limit() + 1);
        boolean more = rows.size() > q.limit();
        List<ServiceOrder> page = more ? rows.subList(0, q.limit()) : rows;
        ServiceOrder last = page.isEmpty() ? null : page.get(page.size() - 1);
        return new Page<>(page, more ? new PageCursor(last.openedAt(), last.id()) : null);
    }

    private static ServiceOrder cursorProbe(ServiceOrder template, PageCursor c) {
        return template.toBuilder().openedAt(c.openedAt()).id(c.id()).build();
    }

    /** Every order of every tenant, for reports and tests; a snapshot. */
    public List<ServiceOrder> allOrders(String tenant) {
        return select(o -> o.tenant().equals(tenant), NEWEST_FIRST, Integer.MAX_VALUE);
    }

    // --- retention ---

    @Override
    public List<OrderId> expired(String tenant, String type, Instant endedBefore, int limit) {
        synchronized (lock) {
            return orders.values().stream()
                    .filter(o -> o.tenant().equals(tenant) && o.type().equals(type) && !o.isOpen())
                    .filter(o -> ended(o) != null && ended(o).isBefore(endedBefore))
                    .filter(o -> history.get(o.id()).stream().noneMatch(e -> e.action() == dev.protocolo.order.Action.ANONYMIZE))
                    .sorted(Comparator.comparing(InMemoryStore::ended).thenComparing(o -> o.id().value()))
                    .limit(limit).map(ServiceOrder::id).toList();
        }
    }

    private static Instant ended(ServiceOrder o) {
        return o.closedAt() != null ? o.closedAt() : o.resolvedAt();
    }

    @Override
    public void redactHistory(String tenant, OrderId id, long beforeSequence, Map<String, String> replacements) {
        Map<String, String> with = Map.copyOf(replacements);
        write(() -> {
            ServiceOrder o = orders.get(id);
            if (o == null || !o.tenant().equals(tenant)) {
                return () -> { };
            }
            List<HistoryEntry> h = history.get(id);
            List<HistoryEntry> before = List.copyOf(h);
            for (int i = 0; i < h.size(); i++) {
                HistoryEntry e = h.get(i);
                if (e.sequence() < beforeSequence) {
                    h.set(i, redacted(e, with));
                }
            }
            return () -> {
                h.clear();
                h.addAll(before);
            };
        });
    }

    private static HistoryEntry redacted(HistoryEntry e, Map<String, String> replacements) {
        Map<String, String> details = new LinkedHashMap<>(e.details());
        details.replaceAll((k, v) -> replacements.getOrDefault(k, v));
        dev.protocolo.order.Actor actor = e.actor().kind() == dev.protocolo.order.Actor.Kind.CUSTOMER
                ? new dev.protocolo.order.Actor(e.actor().kind(), REDACTED_ACTOR_ID, null, e.actor().roles())
                : e.actor();
        return new HistoryEntry(e.orderId(), e.sequence(), e.action(), e.transition(), actor, e.at(), e.statusBefore(),
                e.statusAfter(), e.teamBefore(), e.teamAfter(), e.agentBefore(), e.agentAfter(), null, null,
                e.visibility(), details);
    }

    private List<ServiceOrder> select(Predicate<ServiceOrder> filter, Comparator<ServiceOrder> order, int limit) {
        synchronized (lock) {
            return orders.values().stream().filter(filter).sorted(order).limit(limit).toList();
        }
    }

    // --- outbox ---

    @Override
    public void enqueue(List<Notification> notifications) {
        List<Notification> copy = List.copyOf(notifications);
        write(() -> {
            copy.forEach(n -> outbox.put(n.id(), n));
            return () -> copy.forEach(n -> outbox.remove(n.id()));
        });
    }

    @Override
    public List<Notification> claim(String owner, int max, Instant now, Duration lease) {
        synchronized (lock) {
            List<Notification> claimed = new ArrayList<>();
            for (Notification n : outbox.values()) {
                if (claimed.size() >= max) {
                    break;
                }
                boolean due = n.status() == NotificationStatus.PENDING && !n.nextAttemptAt().isAfter(now);
                boolean abandoned = n.status() == NotificationStatus.SENDING && n.leaseUntil().isBefore(now);
                if (due || abandoned) {
                    claimed.add(n.withDelivery(NotificationStatus.SENDING, n.attempts(), n.nextAttemptAt(), null,
                            n.lastError(), owner, now.plus(lease)));
                }
            }
            claimed.forEach(n -> outbox.put(n.id(), n));
            return claimed;
        }
    }

    @Override
    public boolean markSent(UUID id, String owner, Instant at) {
        return changeClaimed(id, owner, n -> n.withDelivery(NotificationStatus.SENT, n.attempts() + 1, null, at, null, null, null));
    }

    @Override
    public boolean markFailed(UUID id, String owner, Instant at, String error, Instant retryAt) {
        return changeClaimed(id, owner, n -> n.withDelivery(retryAt == null ? NotificationStatus.DEAD : NotificationStatus.PENDING,
                n.attempts() + 1, retryAt, null, error, null, null));
    }

    @Override
    public boolean release(UUID id, String owner, Instant now) {
        return changeClaimed(id, owner, n -> n.withDelivery(NotificationStatus.PENDING, n.attempts(), n.nextAttemptAt(),
                null, n.lastError(), null, null));
    }

    private boolean changeClaimed(UUID id, String owner, java.util.function.UnaryOperator<Notification> change) {
        synchronized (lock) {
            Notification n = outbox.get(id);
            if (n == null || n.status() != NotificationStatus.SENDING || !owner.equals(n.claimedBy())) {
                return false;
            }
            outbox.put(id, change.apply(n));
            return true;
        }
    }

    @Override
    public List<Notification> forOrder(String tenant, OrderId orderId) {
        synchronized (lock) {
            return outbox.values().stream().filter(n -> n.tenant().equals(tenant) && n.orderId().equals(orderId)).toList();
        }
    }

    @Override
    public List<Notification> dead(String tenant, int limit) {
        synchronized (lock) {
            return outbox.values().stream().filter(n -> n.tenant().equals(tenant) && n.status() == NotificationStatus.DEAD)
                    .limit(limit).toList();
        }
    }

    @Override
    public boolean retry(String tenant, UUID id, Instant now) {
        synchronized (lock) {
            Notification n = outbox.get(id);
            if (n == null || !n.tenant().equals(tenant) || n.status() != NotificationStatus.DEAD) {
                return false;
            }
            outbox.put(id, n.withDelivery(NotificationStatus.PENDING, n.attempts(), now, null, n.lastError(), null, null));
            return true;
        }
    }

    // --- deadlines ---

    private static boolean running(ServiceOrder o) {
        return o.statusCategory() == dev.protocolo.order.StatusCategory.NEW
                || o.statusCategory() == dev.protocolo.order.StatusCategory.IN_PROGRESS;
    }

    private static Comparator<ServiceOrder> by(java.util.function.Function<ServiceOrder, Instant> key) {
        return Comparator.comparing(key).thenComparing(o -> o.id().value());
    }

    @Override
    public List<ServiceOrder> dueBetween(String tenant, Instant from, Instant to, String team, int limit) {
        return select(o -> o.tenant().equals(tenant) && running(o) && o.sla().resolutionDueAt() != null
                && (from == null || !o.sla().resolutionDueAt().isBefore(from)) && o.sla().resolutionDueAt().isBefore(to)
                && (team == null || team.equals(o.team())), by(o -> o.sla().resolutionDueAt()), limit);
    }

    private boolean notFired(ServiceOrder o, String event, Instant dueAt) {
        return !fired.contains(o.tenant() + "|" + o.id() + "|" + event + "|" + dueAt);
    }

    @Override
    public List<ServiceOrder> callbacksDue(String tenant, Instant now, int limit) {
        return select(o -> o.tenant().equals(tenant) && o.statusCategory() == dev.protocolo.order.StatusCategory.WAITING
                && o.waitUntil() != null && !o.waitUntil().isAfter(now) && notFired(o, CALLBACK_DUE, o.waitUntil()),
                by(ServiceOrder::waitUntil), limit);
    }

    @Override
    public List<ServiceOrder> firstResponseOverdue(String tenant, Instant now, int limit) {
        return select(o -> o.tenant().equals(tenant) && running(o) && o.firstResponseAt() == null
                && o.sla().firstResponseDueAt() != null && o.sla().firstResponseDueAt().isBefore(now)
                && notFired(o, FIRST_RESPONSE_BREACHED, o.sla().firstResponseDueAt()),
                by(o -> o.sla().firstResponseDueAt()), limit);
    }

    @Override
    public List<ServiceOrder> nearDeadline(String tenant, Instant now, int limit) {
        return select(o -> o.tenant().equals(tenant) && running(o) && o.sla().resolutionWarnAt() != null
                && !o.sla().resolutionWarnAt().isAfter(now) && !o.sla().resolutionDueAt().isBefore(now)
                && notFired(o, RESOLUTION_NEAR, o.sla().resolutionDueAt()), by(o -> o.sla().resolutionWarnAt()), limit);
    }

    @Override
    public List<ServiceOrder> nextUpdateOverdue(String tenant, Instant now, int limit) {
        return select(o -> o.tenant().equals(tenant) && running(o) && o.sla().nextUpdateDueAt() != null
                && o.sla().nextUpdateDueAt().isBefore(now) && notFired(o, NEXT_UPDATE_OVERDUE, o.sla().nextUpdateDueAt()),
                by(o -> o.sla().nextUpdateDueAt()), limit);
    }

    @Override
    public List<ServiceOrder> breached(String tenant, Instant now, int limit) {
        return select(o -> o.tenant().equals(tenant) && running(o) && o.sla().resolutionDueAt() != null
                && o.sla().resolutionDueAt().isBefore(now) && notFired(o, RESOLUTION_BREACHED, o.sla().resolutionDueAt()),
                by(o -> o.sla().resolutionDueAt()), limit);
    }

    @Override
    public List<ServiceOrder> resolvedBefore(String tenant, String type, Instant before, int limit) {
        return select(o -> o.tenant().equals(tenant) && o.type().equals(type)
                && o.statusCategory() == dev.protocolo.order.StatusCategory.RESOLVED
                && o.resolvedAt() != null && !o.resolvedAt().isAfter(before), by(ServiceOrder::resolvedAt), limit);
    }

    @Override
    public boolean markFired(String tenant, OrderId orderId, String event, Instant dueAt, Instant firedAt) {
        return fired.add(tenant + "|" + orderId + "|" + event + "|" + dueAt);
    }
}
