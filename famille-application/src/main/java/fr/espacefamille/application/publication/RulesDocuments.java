package fr.espacefamille.application.publication;

import java.util.List;
import java.util.Optional;

import fr.espacefamille.domain.publication.RulesDocument;
import fr.espacefamille.domain.publication.RulesDocumentId;

/** Out-port: the rules documents' metadata (the bytes are in the {@code DocumentStore}). */
public interface RulesDocuments {

    void add(RulesDocument document);

    Optional<RulesDocument> byId(RulesDocumentId id);

    /** Every published rules document, newest first. */
    List<RulesDocument> all();

    /** Removes the document; false when there was none. */
    boolean remove(RulesDocumentId id);
}
