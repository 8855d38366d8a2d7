package dev.protocolo.deadline;

import dev.protocolo.ProtocoloException;
import dev.protocolo.command.Close;
import dev.protocolo.command.Resume;
import dev.protocolo.desk.ServiceDesk;
import dev.protocolo.lifecycle.OrderType;
import dev.protocolo.order.OrderRef;
import dev.protocolo.order.ServiceOrder;
import dev.protocolo.spi.DeadlineStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds orders whose call back time came, whose deadline is near or breached, and resolved orders due for
 * automatic closing, and raises one {@link DeadlineEvent} for each — once per order, kind and due time,
 * even with several nodes running watchers on the same database, because each event is first recorded
 * through {@link DeadlineStore#markFired}. Listeners and escalations run after that record.
 *
 * <p>Runs on demand ({@link #runOnce()}) or on a background thread the host starts and stops. Thread-safe.
 */
public final class DeadlineWatcher {
    private static final Logger LOG = LoggerFactory.getLogger(DeadlineWatcher.class);

    private final ServiceDesk desk;
    private final DeadlineStore store;
    private final Supplier<? extends Collection<String>> tenants;
    private final int batchSize;
    private final boolean autoResume;
    private final List<DeadlineListener> listeners;
    private final Map<DeadlineEvent.Kind, List<Escalation>> escalations;
    private ScheduledExecutorService scheduler;

    private DeadlineWatcher(Builder b) {
        this.desk = b.desk;
        this.store = b.store;
        this.tenants = Objects.requireNonNull(b.tenants, "tenants");
        this.batchSize = b.batchSize;
        this.autoResume = b.autoResume;
        this.listeners = List.copyOf(b.listeners);
        Map<DeadlineEvent.Kind, List<Escalation>> copy = new EnumMap<>(DeadlineEvent.Kind.class);
        b.escalations.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.escalations = copy;
    }

    /** Starts configuring a watcher over the desk's orders and the store's deadline queries. */
    public static Builder builder(ServiceDesk desk, DeadlineStore store) {
        return new Builder(desk, store);
    }

    /** One pass over every tenant; returns how many events of each kind fired. */
    public Map<DeadlineEvent.Kind, Integer> runOnce() {
        Instant now = desk.clock().instant();
        Map<DeadlineEvent.Kind, Integer> fired = new EnumMap<>(DeadlineEvent.Kind.class);
        for (String tenant : tenants.get()) {
            for (ServiceOrder o : store.callbacksDue(tenant, now, batchSize)) {
                // Resume first: if it fails (an agent acted, another node resumed), the next run tries again.
                if (!autoResume || act(() -> desk.resume(new Resume(OrderRef.of(o), Escalations.WATCHER, null)))) {
                    fire(DeadlineEvent.Kind.CALLBACK_DUE, o, o.waitUntil(), now, fired);
                }
            }
            for (ServiceOrder o : store.firstResponseOverdue(tenant, now, batchSize)) {
                fire(DeadlineEvent.Kind.FIRST_RESPONSE_BREACHED, o, o.sla().firstResponseDueAt(), now, fired);
            }
            for (ServiceOrder o : store.nextUpdateOverdue(tenant, now, batchSize)) {
                fire(DeadlineEvent.Kind.NEXT_UPDATE_OVERDUE, o, o.sla().nextUpdateDueAt(), now, fired);
            }
            for (ServiceOrder o : store.nearDeadline(tenant, now, batchSize)) {
                fire(DeadlineEvent.Kind.RESOLUTION_NEAR, o, o.sla().resolutionDueAt(), now, fired);
            }
            for (ServiceOrder o : store.breached(tenant, now, batchSize)) {
                fire(DeadlineEvent.Kind.RESOLUTION_BREACHED, o, o.sla().resolutionDueAt(), now, fired);
            }
            for (OrderType type : desk.types()) {
                if (type.autoCloseAfter().isEmpty()) {
                    continue;
                }
                Duration delay = type.autoCloseAfter().get();
                for (ServiceOrder o : store.resolvedBefore(tenant, type.code(), now.minus(delay), batchSize)) {
                    if (act(() -> desk.close(new Close(OrderRef.of(o), Escalations.WATCHER,
                            "Encerrado automaticamente após " + delay.toDays() + " dia(s) sem retorno do cliente")))) {
                        fire(DeadlineEvent.Kind.AUTO_CLOSED, o, o.resolvedAt().plus(delay), now, fired);
                    }
                }
            }
        }
        return fired;
    }

    private boolean fire(DeadlineEvent.Kind kind, ServiceOrder o, Instant dueAt, Instant now,
                         Map<DeadlineEvent.Kind, Integer> fired) {
        if (!store.markFired(o.tenant(), o.id(), kind.name(), dueAt, now)) {
            return false;
        }
        fired.merge(kind, 1, Integer::sum);
        DeadlineEvent event = new DeadlineEvent(kind, o, dueAt, now);
        for (DeadlineListener l : listeners) {
            try {
                l.onDeadline(event);
            } catch (RuntimeException e) {
                LOG.warn("deadline listener failed on {} of order {}", kind, o.protocol(), e);
            }
        }
        for (Escalation e : escalations.getOrDefault(kind, List.of())) {
            act(() -> e.escalate(event, desk));
        }
        return true;
    }

    /**
     * Runs an automatic step. Another node may have done it first, which is not an error; a failing host
     * escalation is logged and must not stop the run for the other orders.
     */
    private static boolean act(Runnable step) {
        try {
            step.run();
            return true;
        } catch (ProtocoloException raced) {
            LOG.debug("automatic step skipped: {}", raced.getMessage());
            return false;
        } catch (RuntimeException e) {
            LOG.warn("automatic step failed", e);
            return false;
        }
    }

    /** Runs {@link #runOnce()} every {@code interval} on one daemon thread until {@link #stop()}. */
    public synchronized void start(Duration interval) {
        if (scheduler != null) {
            throw new IllegalStateException("already started");
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "protocolo-deadline-watcher");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                runOnce();
            } catch (RuntimeException e) {
                LOG.error("deadline watcher run failed", e);
            }
        }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops the background thread, letting a run in progress finish. */
    public synchronized void stop() throws InterruptedException {
        if (scheduler != null) {
            scheduler.shutdown();
            scheduler.awaitTermination(1, TimeUnit.MINUTES);
            scheduler = null;
        }
    }

    /** Configures a {@link DeadlineWatcher}; not thread-safe. */
    public static final class Builder {
        private final ServiceDesk desk;
        private final DeadlineStore store;
        private Supplier<? extends Collection<String>> tenants;
        private int batchSize = 200;
        private boolean autoResume;
        private final List<DeadlineListener> listeners = new ArrayList<>();
        private final Map<DeadlineEvent.Kind, List<Escalation>> escalations = new EnumMap<>(DeadlineEvent.Kind.class);

        private Builder(ServiceDesk desk, DeadlineStore store) {
            this.desk = Objects.requireNonNull(desk);
            this.store = Objects.requireNonNull(store);
        }

        /** The tenants to watch. */
        public Builder tenants(String... tenants) {
            Set<String> fixed = Set.of(tenants);
            this.tenants = () -> fixed;
            return this;
        }

        /** The tenants to watch, asked again on every run (for hosts that add tenants at run time). */
        public Builder tenants(Supplier<? extends Collection<String>> tenants) {
            this.tenants = tenants;
            return this;
        }

        /** At most this many orders per query and tenant per run (default 200). */
        public Builder batchSize(int size) {
            if (size < 1) {
                throw new IllegalArgumentException("batchSize must be positive");
            }
            this.batchSize = size;
            return this;
        }

        /** Resumes a waiting order when its call back time comes (default off). */
        public Builder autoResume(boolean on) {
            this.autoResume = on;
            return this;
        }

        public Builder listener(DeadlineListener listener) {
            listeners.add(Objects.requireNonNull(listener));
            return this;
        }

        /** Runs {@code escalation} whenever an event of {@code kind} fires. */
        public Builder escalate(DeadlineEvent.Kind kind, Escalation escalation) {
            escalations.computeIfAbsent(kind, k -> new ArrayList<>()).add(Objects.requireNonNull(escalation));
            return this;
        }

        public DeadlineWatcher build() {
            return new DeadlineWatcher(this);
        }
    }
}
