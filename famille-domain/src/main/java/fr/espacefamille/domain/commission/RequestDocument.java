package fr.espacefamille.domain.commission;

import java.util.Objects;

import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.document.DocumentKind;

/** A document given with a pre-registration, and what it proves. */
public record RequestDocument(DocumentId document, DocumentKind kind) {

    public RequestDocument {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(kind, "kind");
    }
}
