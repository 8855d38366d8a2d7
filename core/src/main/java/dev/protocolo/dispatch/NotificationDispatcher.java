package dev.protocolo.dispatch;

import dev.protocolo.customer.NotificationChannel;
import dev.protocolo.notification.Notification;
import dev.protocolo.spi.DeliveryException;
import dev.protocolo.spi.MessageRenderer;
import dev.protocolo.spi.NotificationOutbox;
import dev.protocolo.spi.NotificationSender;
import dev.protocolo.spi.RenderedMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers what the {@link NotificationOutbox} holds: claims a batch, renders each entry, hands it to the
 * {@link NotificationSender} of its channel and records the outcome. Transient failures come back later
 * with exponential backoff and jitter; permanent failures, entries for a channel without sender and
 * entries that used up {@link Builder#maxAttempts(int) maxAttempts} are marked dead, where
 * {@link NotificationOutbox#dead} and {@link NotificationOutbox#retry} let an operator see and revive them.
 *
 * <p>Delivery is at least once. A claim is a lease: if this JVM dies mid-batch, the entries it held are
 * claimed again by any dispatcher once the lease runs out, and sent a second time with the same
 * {@link Notification#idempotencyKey()}. Choose a lease comfortably longer than a batch takes to send.
 *
 * <p>Two ways to run it. {@link #dispatchOnce()} does one pass on the caller's thread, for hosts that
 * already own a scheduler (Quartz, a Spring {@code @Scheduled} method, a db-scheduler task).
 * {@link #start(Duration)} runs passes with a fixed delay on one background thread until
 * {@link #stop(Duration)}. That loop uses the JDK's {@link ScheduledExecutorService} on purpose: a single
 * fixed-delay loop needs no cron expressions, persistence or cluster coordination (the outbox's leases
 * already coordinate nodes), so a scheduling library would add a dependency to every host for nothing.
 * No thread exists until {@code start} is called.
 *
 * <p>Thread-safe. Several dispatchers, in one JVM or many, may share an outbox; give each its own
 * {@link Builder#owner(String) owner}.
 */
public final class NotificationDispatcher {
    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

    private final NotificationOutbox outbox;
    private final Map<NotificationChannel, NotificationSender> senders;
    private final MessageRenderer renderer;
    private final Clock clock;
    private final int batchSize;
    private final Duration lease;
    private final int maxAttempts;
    private final Duration backoffBase;
    private final Duration backoffMax;
    private final Random random;
    private final String owner;
    private final ThreadFactory threadFactory;

    private final ReentrantLock lifecycle = new ReentrantLock();
    private volatile boolean stopping;
    private ScheduledExecutorService scheduler;
    private ScheduledFuture<?> loop;

    private NotificationDispatcher(Builder b) {
        if (b.outbox == null) {
            throw new DispatcherConfigurationException("no outbox configured: call .outbox(...)");
        }
        if (b.senders.isEmpty()) {
            throw new DispatcherConfigurationException("no sender configured: call .sender(...) at least once");
        }
        this.outbox = b.outbox;
        this.senders = Map.copyOf(b.senders);
        this.renderer = b.renderer;
        this.clock = b.clock;
        this.batchSize = b.batchSize;
        this.lease = b.lease;
        this.maxAttempts = b.maxAttempts;
        this.backoffBase = b.backoffBase;
        this.backoffMax = b.backoffMax;
        this.random = b.random;
        this.owner = b.owner != null ? b.owner : "dispatcher-" + UUID.randomUUID();
        this.threadFactory = b.threadFactory;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The name this dispatcher claims entries under. */
    public String owner() {
        return owner;
    }

    /**
     * Claims up to {@code batchSize} due entries and tries each once, on the calling thread. Entries left
     * when the dispatcher is stopping, the thread is interrupted or the lease is about to run out are
     * released untouched.
     */
    public DispatchSummary dispatchOnce() {
        // Each pass claims under its own token, so a slow pass whose lease expired cannot change what a later
        // pass of the same dispatcher reclaimed.
        String claim = owner + "#" + UUID.randomUUID();
        List<Notification> batch = outbox.claim(claim, batchSize, clock.instant(), lease);
        if (batch.isEmpty()) {
            return DispatchSummary.EMPTY;
        }
        int sent = 0;
        int retried = 0;
        int dead = 0;
        int released = 0;
        int lost = 0;
        int i = 0;
        try {
            for (; i < batch.size(); i++) {
                Notification n = batch.get(i);
                if (stopping || Thread.currentThread().isInterrupted() || leaseExpiring(n)) {
                    break;
                }
                switch (deliver(n)) {
                    case SENT -> sent++;
                    case RETRIED -> retried++;
                    case DEAD -> dead++;
                    case RELEASED -> released++;
                    case LOST -> lost++;
                }
            }
        } finally {
            // Whatever we did not try goes back at once rather than waiting for the lease to expire.
            for (; i < batch.size(); i++) {
                if (outbox.release(batch.get(i).id(), batch.get(i).claimedBy(), clock.instant())) {
                    released++;
                }
            }
        }
        DispatchSummary summary = new DispatchSummary(batch.size(), sent, retried, dead, released, lost);
        log.debug("dispatcher {}: {}", owner, summary);
        return summary;
    }

    private enum Outcome { SENT, RETRIED, DEAD, RELEASED, LOST }

    private boolean leaseExpiring(Notification n) {
        // Sending this close to the end of the lease risks another dispatcher claiming the same entry mid-send.
        return n.leaseUntil() != null && !clock.instant().plus(lease.dividedBy(10)).isBefore(n.leaseUntil());
    }

    private Outcome deliver(Notification n) {
        NotificationSender sender = senders.get(n.channel());
        if (sender == null) {
            return fail(n, "no sender configured for channel " + n.channel());
        }
        RenderedMessage message;
        try {
            message = renderer.render(n);
        } catch (RuntimeException e) {
            log.warn("cannot render notification {} ({} {}): {}", n.id(), n.event(), n.channel(), e.toString());
            return fail(n, "cannot render: " + e.getMessage());
        }
        try {
            sender.send(n, message);
        } catch (DeliveryException e) {
            if (Thread.currentThread().isInterrupted()) {
                return release(n);
            }
            return e.isTransient() ? retry(n, e.getMessage(), e.retryAfter().orElse(Duration.ZERO))
                    : fail(n, e.getMessage());
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                return release(n);
            }
            log.warn("sender {} failed unexpectedly on notification {}", sender.getClass().getName(), n.id(), e);
            return retry(n, e.toString(), Duration.ZERO);
        }
        if (outbox.markSent(n.id(), n.claimedBy(), clock.instant())) {
            return Outcome.SENT;
        }
        log.warn("notification {} was sent, but the claim had passed to another dispatcher", n.id());
        return Outcome.LOST;
    }

    private Outcome release(Notification n) {
        // Interrupted by stop(): we cannot know whether the message left, so hand it back; at least once.
        return outbox.release(n.id(), n.claimedBy(), clock.instant()) ? Outcome.RELEASED : Outcome.LOST;
    }

    private Outcome retry(Notification n, String error, Duration atLeast) {
        int attemptsAfterThis = n.attempts() + 1;
        if (attemptsAfterThis >= maxAttempts) {
            return fail(n, error + " (gave up after " + attemptsAfterThis + " attempts)");
        }
        Duration wait = backoff(attemptsAfterThis);
        if (atLeast.compareTo(wait) > 0) {
            wait = atLeast;
        }
        Instant now = clock.instant();
        log.info("notification {} ({} for {}) failed, retry {} at {}: {}", n.id(), n.channel(), n.protocol(),
                attemptsAfterThis, now.plus(wait), error);
        return outbox.markFailed(n.id(), n.claimedBy(), now, error, now.plus(wait)) ? Outcome.RETRIED : Outcome.LOST;
    }

    private Outcome fail(Notification n, String error) {
        log.warn("notification {} ({} for {}) is dead: {}", n.id(), n.channel(), n.protocol(), error);
        return outbox.markFailed(n.id(), n.claimedBy(), clock.instant(), error, null) ? Outcome.DEAD : Outcome.LOST;
    }

    /**
     * The wait before attempt {@code failures + 1}: {@code base * 2^(failures-1)}, capped at {@code max},
     * of which the upper half is random ("equal jitter") so that many entries failing together, say when
     * the SMTP server restarts, do not all come back in the same second.
     */
    Duration backoff(int failures) {
        long baseMillis = backoffBase.toMillis();
        int shift = Math.min(failures - 1, 30);
        long exp = baseMillis > (Long.MAX_VALUE >> shift) ? Long.MAX_VALUE : baseMillis << shift;
        long capped = Math.min(exp, backoffMax.toMillis());
        long half = capped / 2;
        long jitter;
        synchronized (random) {
            jitter = half == 0 ? 0 : (long) (random.nextDouble() * (capped - half + 1));
        }
        return Duration.ofMillis(half + jitter);
    }

    /**
     * Runs {@link #dispatchOnce()} on a background thread, {@code interval} after the end of each pass
     * (at once again when a pass found a full batch, so a backlog drains without waiting).
     *
     * @throws IllegalStateException if already started
     */
    public void start(Duration interval) {
        Objects.requireNonNull(interval, "interval");
        lifecycle.lock();
        try {
            if (scheduler != null) {
                throw new IllegalStateException("dispatcher " + owner + " is already running");
            }
            stopping = false;
            scheduler = Executors.newSingleThreadScheduledExecutor(threadFactory != null ? threadFactory : r -> {
                Thread t = new Thread(r, "protocolo-dispatcher-" + owner);
                t.setDaemon(true);
                return t;
            });
            loop = scheduler.scheduleWithFixedDelay(this::runPasses, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            lifecycle.unlock();
        }
    }

    private void runPasses() {
        try {
            DispatchSummary s;
            do {
                s = dispatchOnce();
            } while (!stopping && s.claimed() == batchSize && s.released() == 0);
        } catch (RuntimeException e) {
            // A failing pass (outbox unreachable) must not cancel the schedule; the next pass tries again.
            log.error("dispatcher {} pass failed", owner, e);
        }
    }

    /**
     * Stops the background loop: no new pass starts, the pass under way finishes the send in progress and
     * releases the rest of its batch. If it has not finished within {@code grace}, its thread is interrupted.
     * Safe to call when not started.
     *
     * @return true if the loop ended within the grace period (plus a short wait after interrupting)
     */
    public boolean stop(Duration grace) {
        lifecycle.lock();
        try {
            if (scheduler == null) {
                return true;
            }
            stopping = true;
            loop.cancel(false);
            scheduler.shutdown();
            boolean clean = scheduler.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
            if (!clean) {
                log.warn("dispatcher {} did not stop within {}; interrupting the send in progress", owner, grace);
                scheduler.shutdownNow();
                clean = scheduler.awaitTermination(Math.max(1000, grace.toMillis()), TimeUnit.MILLISECONDS);
            }
            scheduler = null;
            loop = null;
            stopping = false;
            return clean;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            scheduler.shutdownNow();
            scheduler = null;
            return false;
        } finally {
            lifecycle.unlock();
        }
    }

    /** Whether {@link #start} was called and {@link #stop} not yet. */
    public boolean isRunning() {
        lifecycle.lock();
        try {
            return scheduler != null;
        } finally {
            lifecycle.unlock();
        }
    }

    /** Configures a {@link NotificationDispatcher}; not thread-safe. */
    public static final class Builder {
        private NotificationOutbox outbox;
        private final Map<NotificationChannel, NotificationSender> senders = new EnumMap<>(NotificationChannel.class);
        private MessageRenderer renderer = MessageRenderer.PLAIN;
        private Clock clock = Clock.systemUTC();
        private int batchSize = 50;
        private Duration lease = Duration.ofMinutes(5);
        private int maxAttempts = 8;
        private Duration backoffBase = Duration.ofSeconds(30);
        private Duration backoffMax = Duration.ofHours(2);
        private Random random = new Random();
        private String owner;
        private ThreadFactory threadFactory;

        private Builder() {
        }

        /** Where entries come from and outcomes go (required). */
        public Builder outbox(NotificationOutbox outbox) {
            this.outbox = Objects.requireNonNull(outbox);
            return this;
        }

        /** Adds a sender for the channels it declares; a later sender for the same channel replaces an earlier one. */
        public Builder sender(NotificationSender sender) {
            Objects.requireNonNull(sender);
            if (sender.channels().isEmpty()) {
                throw new IllegalArgumentException("sender " + sender + " declares no channel");
            }
            sender.channels().forEach(ch -> senders.put(ch, sender));
            return this;
        }

        /** Turns entries into text (default {@link MessageRenderer#PLAIN}). */
        public Builder renderer(MessageRenderer renderer) {
            this.renderer = Objects.requireNonNull(renderer);
            return this;
        }

        /** The clock for claims, leases and retry times (default system UTC). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        /** Entries claimed per pass (default 50). */
        public Builder batchSize(int batchSize) {
            if (batchSize < 1) {
                throw new IllegalArgumentException("batchSize must be at least 1");
            }
            this.batchSize = batchSize;
            return this;
        }

        /** How long a claim holds before other dispatchers may take the entry (default 5 minutes). */
        public Builder lease(Duration lease) {
            if (lease.isNegative() || lease.isZero()) {
                throw new IllegalArgumentException("lease must be positive");
            }
            this.lease = lease;
            return this;
        }

        /** Attempts, the first included, before a transiently failing entry is marked dead (default 8). */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1");
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /** Exponential backoff from {@code base}, doubling per failure up to {@code max} (default 30 s to 2 h). */
        public Builder backoff(Duration base, Duration max) {
            if (base.isNegative() || max.compareTo(base) < 0) {
                throw new IllegalArgumentException("backoff needs 0 <= base <= max");
            }
            this.backoffBase = base;
            this.backoffMax = max;
            return this;
        }

        /** Source of backoff jitter; pass a seeded one for reproducible tests. */
        public Builder random(Random random) {
            this.random = Objects.requireNonNull(random);
            return this;
        }

        /** The name claims are taken under, e.g. the node's host name (default a random id). */
        public Builder owner(String owner) {
            if (owner == null || owner.isBlank()) {
                throw new IllegalArgumentException("owner must not be blank");
            }
            if (owner.length() > 160) {
                // claims are stored as owner#uuid in a 200-character column
                throw new IllegalArgumentException("owner must be at most 160 characters");
            }
            this.owner = owner;
            return this;
        }

        /** Creates the background thread of {@link #start} (default: one daemon thread named after the owner). */
        public Builder threadFactory(ThreadFactory threadFactory) {
            this.threadFactory = Objects.requireNonNull(threadFactory);
            return this;
        }

        public NotificationDispatcher build() {
            return new NotificationDispatcher(this);
        }
    }
}
