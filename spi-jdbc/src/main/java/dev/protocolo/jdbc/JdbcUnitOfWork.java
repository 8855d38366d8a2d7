package dev.protocolo.jdbc;

import dev.protocolo.spi.UnitOfWork;
import java.util.function.Supplier;

/**
 * One database transaction per unit of work, bound to the thread so the stores join it; nested calls
 * join the outer one. See {@link Transactions} for host-managed transactions. Thread-safe.
 */
final class JdbcUnitOfWork implements UnitOfWork {
    private final Transactions tx;

    JdbcUnitOfWork(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public <T> T execute(Supplier<T> work) {
        if (tx.active()) {
            return work.get();
        }
        return tx.inNewTransaction("run unit of work", c -> work.get());
    }
}
