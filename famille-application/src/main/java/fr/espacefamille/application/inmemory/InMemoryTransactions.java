package fr.espacefamille.application.inmemory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import fr.espacefamille.application.shared.Transactions;

/**
 * Transactions over the in-memory stores: one at a time (serializable by construction), and an
 * exception restores every registered store to its state at the start.
 */
public final class InMemoryTransactions implements Transactions {

    /** A store that can take a snapshot of itself; running the returned action restores it. */
    public interface Snapshottable {
        Runnable snapshot();
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final List<Snapshottable> stores = new CopyOnWriteArrayList<>();
    /** What to run when the open transaction ends; only its thread, holding the lock, touches it. */
    private final List<Runnable> whenEnded = new ArrayList<>();

    public void register(Snapshottable store) {
        stores.add(store);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            if (lock.getHoldCount() > 1) {
                return work.get();
            }
            List<Runnable> restorers = new ArrayList<>();
            for (Snapshottable store : stores) {
                restorers.add(store.snapshot());
            }
            try {
                return work.get();
            } catch (RuntimeException | Error failure) {
                restorers.forEach(Runnable::run);
                throw failure;
            } finally {
                List<Runnable> ended = List.copyOf(whenEnded);
                whenEnded.clear();
                ended.forEach(Runnable::run);
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void whenEnded(Runnable action) {
        if (lock.isHeldByCurrentThread()) {
            whenEnded.add(action);
        } else {
            action.run();
        }
    }
}
