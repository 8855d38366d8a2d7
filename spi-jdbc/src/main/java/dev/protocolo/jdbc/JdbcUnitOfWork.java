package dev.protocolo.jdbc;

import dev.protocolo.spi.UnitOfWork;
import java.util.function.Supplier;

/**
 * One database transaction per unit of work, bound to the thread so the stores join it. A nested call joins
 * the outer transaction behind a savepoint, so a nested work that throws undoes only its own writes; the
 * same holds inside a host's transaction. After-commit actions wait for the outermost commit and are dropped
 * on rollback; inside a host's transaction, whose commit this adapter cannot observe, they run as soon as
 * the outermost unit of work returns. See {@link Transactions}. Thread-safe.
 */
final class JdbcUnitOfWork implements UnitOfWork {
    private final Transactions tx;

    JdbcUnitOfWork(Transactions tx) {
        this.tx = tx;
    }

    /** False when a host's {@link ConnectionProvider} owns the transaction: its commit is not ours to see. */
    @Override
    public boolean observesCommit() {
        return !tx.hostManaged();
    }

    @Override
    public <T> T execute(Supplier<T> work) {
        return tx.unitOfWork(work);
    }

    @Override
    public void afterCommit(Runnable action) {
        tx.afterCommit(action);
    }
}
