package fr.espacefamille.application.inmemory;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A concurrent map of immutable values that takes part in {@link InMemoryTransactions}. */
public final class InMemoryMap<K, V> implements InMemoryTransactions.Snapshottable {

    private final Map<K, V> map = new ConcurrentHashMap<>();

    public InMemoryMap(InMemoryTransactions transactions) {
        transactions.register(this);
    }

    public Map<K, V> map() {
        return map;
    }

    @Override
    public Runnable snapshot() {
        Map<K, V> copy = new HashMap<>(map);
        return () -> {
            map.clear();
            map.putAll(copy);
        };
    }
}
