package fr.espacefamille.application.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.espacefamille.application.publication.RulesDocuments;
import fr.espacefamille.domain.publication.RulesDocument;
import fr.espacefamille.domain.publication.RulesDocumentId;

/** In-memory {@link RulesDocuments}. */
public final class InMemoryRulesDocuments implements RulesDocuments {

    private final Map<RulesDocumentId, RulesDocument> documents;

    public InMemoryRulesDocuments(InMemoryTransactions transactions) {
        this.documents = new InMemoryMap<RulesDocumentId, RulesDocument>(transactions).map();
    }

    @Override
    public void add(RulesDocument document) {
        documents.put(document.id(), document);
    }

    @Override
    public Optional<RulesDocument> byId(RulesDocumentId id) {
        return Optional.ofNullable(documents.get(id));
    }

    @Override
    public List<RulesDocument> all() {
        return documents.values().stream()
                .sorted(Comparator.comparing(RulesDocument::publishedAt).reversed().thenComparing(d -> d.id().toString()))
                .toList();
    }

    @Override
    public boolean remove(RulesDocumentId id) {
        return documents.remove(id) != null;
    }
}
