package fr.espacefamille.domain.document;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import fr.espacefamille.domain.family.FamilyId;

/**
 * A document a family uploaded: its metadata; the bytes are kept outside the database under the
 * random {@code storageName}. An applicant account (no family yet, §8) owns its documents itself
 * ({@code applicant}, the account's id: the account package already sees documents) until its request is accepted and they pass to the new family.
 */
public record Document(DocumentId id, FamilyId family, DocumentKind kind, String filename, String contentType,
        long sizeBytes, Instant uploadedAt, String storageName, UUID applicant) {

    /** A family's document. */
    public Document(DocumentId id, FamilyId family, DocumentKind kind, String filename, String contentType,
            long sizeBytes, Instant uploadedAt, String storageName) {
        this(id, family, kind, filename, contentType, sizeBytes, uploadedAt, storageName, null);
        Objects.requireNonNull(family, "family");
    }

    public Document {
        Objects.requireNonNull(id, "id");
        if ((family == null) == (applicant == null)) {
            throw new IllegalArgumentException("Un document appartient à un foyer ou, à défaut, à un compte demandeur");
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(uploadedAt, "uploadedAt");
        Objects.requireNonNull(storageName, "storageName");
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("sizeBytes < 0");
        }
    }

    /** Whether the person of this family (or, with none, this account) owns the document. */
    public boolean ownedBy(FamilyId ownFamily, UUID account) {
        return family != null ? family.equals(ownFamily) : applicant.equals(account);
    }
}
