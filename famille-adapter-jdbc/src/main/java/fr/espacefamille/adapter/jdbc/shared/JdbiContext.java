package fr.espacefamille.adapter.jdbc.shared;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;

/**
 * Where stores get their handle: the current thread's transaction when one is open (so that
 * every store's writes in a use case commit or roll back together), else a fresh autocommit one.
 * Each handle runs {@code afterCommit} once its work is committed, before its answer leaves.
 */
public final class JdbiContext {

    private final Jdbi jdbi;
    private final Consumer<Handle> afterCommit;
    private final ThreadLocal<Handle> current = new ThreadLocal<>();

    JdbiContext(Jdbi jdbi, Consumer<Handle> afterCommit) {
        this.jdbi = jdbi;
        this.afterCommit = afterCommit;
    }

    public <T> T withHandle(HandleCallback<T, RuntimeException> work) {
        Handle handle = current.get();
        if (handle != null) {
            return work.withHandle(handle);
        }
        return jdbi.withHandle(fresh -> {
            T result = work.withHandle(fresh);
            afterCommit.accept(fresh);
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
        return current.get() != null;
    }

    /** Runs {@code work} in the thread's transaction, opening one if none is open; any exception rolls back. */
    <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        return jdbi.withHandle(handle -> {
            T result = handle.inTransaction(transaction -> {
                current.set(handle);
                try {
                    return work.get();
                } finally {
                    current.remove();
                }
            });
            afterCommit.accept(handle);
            return result;
        });
    }
}
