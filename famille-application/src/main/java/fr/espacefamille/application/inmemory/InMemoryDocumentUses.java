package fr.espacefamille.application.inmemory;

import java.util.List;
import java.util.function.Predicate;

import fr.espacefamille.application.document.DocumentUses;
import fr.espacefamille.domain.document.DocumentId;

/** In-memory {@link DocumentUses}: asks each in-memory store that may refer to a document. */
public final class InMemoryDocumentUses implements DocumentUses {

    private final List<Predicate<DocumentId>> uses;

    @SafeVarargs
    public InMemoryDocumentUses(Predicate<DocumentId>... uses) {
        this.uses = List.of(uses);
    }

    @Override
    public boolean isUsed(DocumentId document) {
        return uses.stream().anyMatch(use -> use.test(document));
    }
}
