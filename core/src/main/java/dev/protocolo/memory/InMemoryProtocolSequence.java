package dev.protocolo.memory;

import dev.protocolo.spi.ProtocolSequence;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Placeholder gap-free in-memory sequence; thread-safe. */
public final class InMemoryProtocolSequence implements ProtocolSequence {
    private final ConcurrentHashMap<String, AtomicLong> counters = new ConcurrentHashMap<>();

    @Override
    public long next(String seriesKey) {
        return counters.computeIfAbsent(seriesKey, k -> new AtomicLong()).incrementAndGet();
    }
}
