package dev.protocolo.jdbc;

import dev.protocolo.spi.ProtocolSequence;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link SequenceStrategy#blocks(int)}: reserves a block of numbers per series in a separate short
 * transaction, then hands them out from memory. Numbers of a block not used before the JVM stops, or used
 * by an opening that rolls back, are lost. Thread-safe: one lock per series.
 */
final class BlockSequence implements ProtocolSequence {
    private final Transactions tx;
    private final SeriesCounters counters;
    private final int size;
    private final ConcurrentHashMap<String, Block> blocks = new ConcurrentHashMap<>();

    BlockSequence(Transactions tx, SeriesCounters counters, int size) {
        this.tx = tx;
        this.counters = counters;
        this.size = size;
    }

    @Override
    public long next(String seriesKey) {
        Objects.requireNonNull(seriesKey, "seriesKey");
        Block b = blocks.computeIfAbsent(seriesKey, k -> new Block());
        synchronized (b) {
            if (b.next > b.last) {
                // Create the series first: doing it inside the reservation would hold a third connection.
                counters.ensureSeries(seriesKey);
                long last = tx.separate("reserve protocol numbers", c -> counters.increment(c, seriesKey, size));
                b.next = last - size + 1;
                b.last = last;
            }
            return b.next++;
        }
    }

    private static final class Block {
        long next = 1;
        long last = 0;
    }
}
