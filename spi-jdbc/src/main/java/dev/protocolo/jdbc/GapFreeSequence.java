package dev.protocolo.jdbc;

import dev.protocolo.spi.ProtocolSequence;
import java.util.Objects;

/**
 * {@link SequenceStrategy#GAP_FREE}: increments the series row in the caller's unit of work, so the row stays
 * locked until the opening commits and a rollback gives the number back. Thread-safe.
 */
final class GapFreeSequence implements ProtocolSequence {
    private final Transactions tx;
    private final SeriesCounters counters;

    GapFreeSequence(Transactions tx, SeriesCounters counters) {
        this.tx = tx;
        this.counters = counters;
    }

    @Override
    public long next(String seriesKey) {
        Objects.requireNonNull(seriesKey, "seriesKey");
        return tx.run("allocate protocol number", c -> counters.increment(c, seriesKey, 1));
    }
}
