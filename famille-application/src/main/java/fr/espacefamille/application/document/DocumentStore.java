package fr.espacefamille.application.document;

import java.io.IOException;
import java.io.InputStream;

/** Out-port: the bytes of documents, kept outside the database under random names. */
public interface DocumentStore {

    /**
     * Copies at most {@code maxBytes} from {@code content} under a new random name and answers it;
     * throws {@link TooLargeException} (leaving nothing stored) when there is more.
     */
    String store(InputStream content, long maxBytes) throws IOException;

    InputStream open(String storageName) throws IOException;

    void delete(String storageName) throws IOException;

    /** The content was longer than allowed. */
    final class TooLargeException extends IOException {
        public TooLargeException() {
            super("content larger than allowed");
        }
    }
}
