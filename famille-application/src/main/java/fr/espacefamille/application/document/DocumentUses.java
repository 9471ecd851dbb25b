package fr.espacefamille.application.document;

import fr.espacefamille.domain.document.DocumentId;

/**
 * Out-port: whether a document is part of a record (an absence's certificate, a request's proof),
 * in which case it stays as long as that record does and its family cannot delete it.
 */
public interface DocumentUses {

    boolean isUsed(DocumentId document);
}
