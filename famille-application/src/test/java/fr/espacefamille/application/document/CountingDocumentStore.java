package fr.espacefamille.application.document;

import java.io.IOException;
import java.io.InputStream;

import fr.espacefamille.application.inmemory.InMemoryDocumentStore;

/** The in-memory store, counting what it holds so that tests see nothing is left behind. */
public final class CountingDocumentStore implements DocumentStore {

    private final InMemoryDocumentStore store = new InMemoryDocumentStore();
    private int held;

    @Override
    public String store(InputStream content, long maxBytes) throws IOException {
        String name = store.store(content, maxBytes);
        held++;
        return name;
    }

    @Override
    public InputStream open(String storageName) throws IOException {
        return store.open(storageName);
    }

    @Override
    public void delete(String storageName) {
        store.delete(storageName);
        held--;
    }

    /** How many contents the store holds. */
    public int held() {
        return held;
    }
}
