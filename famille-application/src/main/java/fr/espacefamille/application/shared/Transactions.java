package fr.espacefamille.application.shared;

import java.util.function.Supplier;

/** Runs work as one transaction: all of its writes happen, or none. */
public interface Transactions {

    /** Runs {@code work} in a transaction, joining the current one if there is one; an exception rolls back. */
    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
