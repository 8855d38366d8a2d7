package dev.protocolo.spi;

import java.util.function.Supplier;

/**
 * Port: the transaction boundary of one command. Everything the work does through the storage ports —
 * saving the order, appending its history entry, allocating a gap-free protocol number, putting
 * notifications in the outbox — commits together or not at all.
 *
 * <p>If the work throws, nothing it wrote may remain. A call made while a unit of work is already active
 * on the thread joins it. Implementations must be thread-safe.
 */
public interface UnitOfWork {
    /** Runs {@code work} atomically and returns its result. */
    <T> T execute(Supplier<T> work);
}
