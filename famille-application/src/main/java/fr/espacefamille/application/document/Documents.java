package fr.espacefamille.application.document;

import java.util.List;
import java.util.Optional;

import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.document.Document;
import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.family.FamilyId;

/** Out-port: documents' metadata. */
public interface Documents {

    void add(Document document);

    Optional<Document> byId(DocumentId id);

    List<Document> ofFamily(FamilyId family);

    /** Forgets the document's record (its bytes are the {@link DocumentStore}'s). */
    void remove(DocumentId id);

    /** Bytes used by the family's documents, for the 200 MiB quota. */
    long totalSizeOf(FamilyId family);

    /**
     * Bytes used by a family's documents, or by an applicant's when {@code family} is null, holding that
     * owner's lock until the current transaction ends: concurrent uploads of one owner then check the
     * quota and write one after the other.
     */
    long lockedUsage(FamilyId family, AccountId applicant);

    /** The documents of an applicant account (no family yet), oldest first. */
    List<Document> ofApplicant(AccountId applicant);

    /** An applicant's request was accepted: its documents now belong to the family made from it. */
    void handOver(AccountId applicant, FamilyId family);
}
