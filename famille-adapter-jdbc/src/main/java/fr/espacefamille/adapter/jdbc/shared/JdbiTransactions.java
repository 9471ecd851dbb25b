package fr.espacefamille.adapter.jdbc.shared;

import java.util.function.Supplier;

import fr.espacefamille.application.shared.Transactions;

/**
 * {@link Transactions} on the database, bound to the calling thread: nested calls join the
 * outer transaction, and any exception (a refusal included) rolls the whole of it back.
 * READ COMMITTED; stores that need more take row locks.
 */
public final class JdbiTransactions implements Transactions {

    private final JdbiContext context;

    public JdbiTransactions(JdbiContext context) {
        this.context = context;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return context.inTransaction(work);
    }

    @Override
    public void whenEnded(Runnable action) {
        context.whenEnded(action);
    }
}
