package fr.espacefamille.application.inmemory;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import fr.espacefamille.application.document.DocumentStore;
import fr.espacefamille.application.shared.Secrets;

/** In-memory {@link DocumentStore}. */
public final class InMemoryDocumentStore implements DocumentStore {

    private final Map<String, byte[]> contents = new ConcurrentHashMap<>();

    @Override
    public String store(InputStream content, long maxBytes) throws IOException {
        byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw new TooLargeException();
        }
        String name = Secrets.newToken();
        contents.put(name, bytes);
        return name;
    }

    @Override
    public InputStream open(String storageName) throws IOException {
        byte[] bytes = contents.get(storageName);
        if (bytes == null) {
            throw new FileNotFoundException(storageName);
        }
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public void delete(String storageName) {
        contents.remove(storageName);
    }

    /** How many contents it holds: what was stored and not deleted (a test sees that nothing is left behind). */
    public int held() {
        return contents.size();
    }
}
