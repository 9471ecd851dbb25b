package fr.espacefamille.adapter.jdbc.shared;

import java.util.function.Supplier;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;

/**
 * Where stores get their handle: the current thread's transaction when one is open (so that
 * every store's writes in a use case commit or roll back together), else a fresh autocommit one.
 */
public final class JdbiContext {

    private final Jdbi jdbi;
    private final ThreadLocal<Handle> current = new ThreadLocal<>();

    JdbiContext(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public <T> T withHandle(HandleCallback<T, RuntimeException> work) {
        Handle handle = current.get();
        return handle != null ? work.withHandle(handle) : jdbi.withHandle(work);
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
        return jdbi.inTransaction(handle -> {
            current.set(handle);
            try {
                return work.get();
            } finally {
                current.remove();
            }
        });
    }
}
