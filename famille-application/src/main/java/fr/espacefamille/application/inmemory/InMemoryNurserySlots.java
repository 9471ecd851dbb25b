package fr.espacefamille.application.inmemory;

import java.util.Map;

import fr.espacefamille.application.nursery.NurserySlots;
import fr.espacefamille.domain.nursery.Slot;

/** In-memory {@link NurserySlots}: in-memory transactions run one at a time, which is every lock at once. */
public final class InMemoryNurserySlots implements NurserySlots {

    private final Map<Slot, Long> lastQueueNumbers;

    public InMemoryNurserySlots(InMemoryTransactions transactions) {
        this.lastQueueNumbers = new InMemoryMap<Slot, Long>(transactions).map();
    }

    @Override
    public void lock(Slot slot) {
        lastQueueNumbers.putIfAbsent(slot, 0L);
    }

    @Override
    public long takeQueueNumbers(Slot slot, int count) {
        return lastQueueNumbers.merge(slot, (long) count, Long::sum) - count + 1;
    }
}
