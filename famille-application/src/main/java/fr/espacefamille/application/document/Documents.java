package fr.espacefamille.application.document;

import java.util.List;
import java.util.Optional;

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
}
