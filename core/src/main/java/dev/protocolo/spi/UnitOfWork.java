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
    /**
     * Runs {@code work} atomically and returns its result. When joining an active unit of work, a
     * {@code work} that throws undoes its own writes (a savepoint) and leaves the outer ones in place.
     */
    <T> T execute(Supplier<T> work);

    /**
     * Runs {@code action} once the outermost unit of work on this thread has committed, and never if it
     * rolls back: the place to publish events about what the work did. Outside a unit of work, and where
     * the commit belongs to a host transaction this port cannot observe, the action runs at once.
     */
    default void afterCommit(Runnable action) {
        action.run();
    }

    /**
     * Whether {@link #afterCommit} actions really wait for the commit. False when the transaction belongs to a
     * host whose commit this port cannot observe; features that must only see committed data (the desk's
     * order cache) refuse to run then.
     */
    default boolean observesCommit() {
        return true;
    }
}
