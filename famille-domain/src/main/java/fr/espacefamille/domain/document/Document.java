package fr.espacefamille.domain.document;

import java.time.Instant;
import java.util.Objects;

import fr.espacefamille.domain.family.FamilyId;

/**
 * A document a family uploaded: its metadata; the bytes are kept outside the database under the
 * random {@code storageName}.
 */
public record Document(DocumentId id, FamilyId family, DocumentKind kind, String filename, String contentType,
        long sizeBytes, Instant uploadedAt, String storageName) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(uploadedAt, "uploadedAt");
        Objects.requireNonNull(storageName, "storageName");
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("sizeBytes < 0");
        }
    }
}
