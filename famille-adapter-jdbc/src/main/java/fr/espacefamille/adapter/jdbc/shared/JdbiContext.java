package fr.espacefamille.adapter.jdbc.shared;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.extension.HandleSupplier;

/**
 * Where stores get their handle: Jdbi's own, scoped to the thread ({@link Jdbi#getHandleScope()}):
 * a {@link Jdbi#withHandle} nested in another call on the same thread gets the outer handle, and a
 * transaction opened on it is joined by every nested call (Jdbi's {@link Handle#inTransaction} runs
 * a nested callback in the open transaction). So every store's writes in a use case commit or roll
 * back together; outside a transaction a store gets a fresh autocommit handle. Each handle runs
 * {@code afterCommit} once its work is committed, before its answer leaves.
 */
public final class JdbiContext {

    private final Jdbi jdbi;
    private final Consumer<Handle> afterCommit;

    JdbiContext(Jdbi jdbi, Consumer<Handle> afterCommit) {
        this.jdbi = jdbi;
        this.afterCommit = afterCommit;
    }

    public <T> T withHandle(HandleCallback<T, RuntimeException> work) {
        return jdbi.withHandle(handle -> {
            T result = work.withHandle(handle);
            if (!handle.isInTransaction()) {
                afterCommit.accept(handle);
            }
            return result;
        });
    }

    public void useHandle(HandleConsumer<RuntimeException> work) {
        withHandle(handle -> {
            work.useHandle(handle);
            return null;
        });
    }

    /** Whether the current thread is inside a transaction, whose reads may see what it has not committed. */
    public boolean inTransaction() {
        HandleSupplier current = jdbi.getHandleScope().get();
        return current != null && current.getHandle().isInTransaction();
    }

    /** Runs {@code action} once the thread's transaction has committed or rolled back, at once when none is open. */
    void whenEnded(Runnable action) {
        HandleSupplier current = jdbi.getHandleScope().get();
        if (current != null && current.getHandle().isInTransaction()) {
            current.getHandle().afterCommit(action).afterRollback(action);
        } else {
            action.run();
        }
    }

    /** Runs {@code work} in the thread's transaction, opening one if none is open; any exception rolls back. */
    <T> T inTransaction(Supplier<T> work) {
        return jdbi.withHandle(handle -> {
            if (handle.isInTransaction()) {
                return work.get();
            }
            T result = handle.inTransaction(transaction -> work.get());
            afterCommit.accept(handle);
            return result;
        });
    }
}
