package fr.espacefamille.application.shared;

import java.util.function.Supplier;

/** Runs work as one transaction: all of its writes happen, or none. */
public interface Transactions {

    /** Runs {@code work} in a transaction, joining the current one if there is one; an exception rolls back. */
    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs {@code action} once the calling thread's transaction has ended, committed or rolled back,
     * or at once when none is open: a cache forgets then what another request may have read while
     * the change was not yet visible.
     */
    void whenEnded(Runnable action);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
