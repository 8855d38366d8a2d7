package dev.protocolo.memory;

import dev.protocolo.spi.ProtocolSequence;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Protocol sequences kept in this JVM's memory: for tests, demos and single-node hosts that do not
 * need numbers to survive a restart. Thread-safe: every call returns the next value of its series
 * exactly once, with no value skipped, however many threads call at once.
 *
 * <p>Values are handed out by an atomic increment and never taken back, so an open whose unit of work
 * rolls back after {@link #next} leaves its number unused: a gap, as with a database sequence. The JDBC
 * adapter's gap-free strategy returns such a number with the rollback.
 */
public final class InMemoryProtocolSequence implements ProtocolSequence {
    private final ConcurrentMap<String, AtomicLong> series = new ConcurrentHashMap<>();

    /** An empty store: every series starts at 1. */
    public InMemoryProtocolSequence() {
    }

    @Override public long next(String seriesKey) {
        Objects.requireNonNull(seriesKey, "seriesKey");
        return series.computeIfAbsent(seriesKey, k -> new AtomicLong()).incrementAndGet();
    }

    /** The last value handed out for {@code seriesKey}, or 0 if none was. */
    public long current(String seriesKey) {
        Objects.requireNonNull(seriesKey, "seriesKey");
        AtomicLong value = series.get(seriesKey);
        return value == null ? 0 : value.get();
    }
}
