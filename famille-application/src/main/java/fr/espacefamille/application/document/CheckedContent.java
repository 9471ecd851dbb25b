package fr.espacefamille.application.document;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.function.Function;

import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.document.DocumentFormat;
import fr.espacefamille.domain.document.StorageQuota;
import fr.espacefamille.domain.shared.Refusal;

/**
 * An uploaded file whose format was recognised by its first bytes, ready to be streamed to a
 * {@link DocumentStore} (at most 10 MiB, never held whole in memory): shared by every upload.
 * <p>Refuses (API error codes): {@code PAYLOAD_TOO_LARGE}.
 */
public final class CheckedContent {

    public static final Refusal PAYLOAD_TOO_LARGE = new Refusal("PAYLOAD_TOO_LARGE", Refusal.Kind.TOO_LARGE,
            "Le fichier dépasse la taille autorisée (10\u00a0Mo).");

    /** Where the bytes went and how many there were, whatever the client claimed. */
    public record Stored(String storageName, long sizeBytes) {
    }

    private final DocumentFormat format;
    private final byte[] head;
    private final InputStream rest;

    private CheckedContent(DocumentFormat format, byte[] head, InputStream rest) {
        this.format = format;
        this.head = head;
        this.rest = rest;
    }

    /** Reads the first bytes of {@code content}; refuses with {@code unsupported} when no accepted format starts so. */
    public static CheckedContent of(InputStream content, Refusal unsupported) throws IOException {
        byte[] head = content.readNBytes(DocumentFormat.SIGNATURE_LENGTH);
        DocumentFormat format = DocumentFormat.detect(head).orElseThrow(() -> Refusals.refuse(unsupported));
        return new CheckedContent(format, head, content);
    }

    public DocumentFormat format() {
        return format;
    }

    /**
     * Streams the whole content into {@code store} (over 10 MiB nothing is kept and PAYLOAD_TOO_LARGE
     * is refused), then lets {@code keep} record it; when {@code keep} fails, the bytes are deleted again.
     */
    public <T> T storeThen(DocumentStore store, Function<Stored, T> keep) throws IOException {
        CountingInputStream counted = new CountingInputStream(new SequenceInputStream(new ByteArrayInputStream(head), rest));
        Stored stored;
        try {
            stored = new Stored(store.store(counted, StorageQuota.MAX_DOCUMENT_BYTES), counted.count);
        } catch (DocumentStore.TooLargeException e) {
            throw Refusals.refuse(PAYLOAD_TOO_LARGE);
        }
        try {
            return keep.apply(stored);
        } catch (RuntimeException refused) {
            store.delete(stored.storageName());
            throw refused;
        }
    }

    /** Counts the bytes read through it: the size actually stored. */
    private static final class CountingInputStream extends FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
