package fr.espacefamille.adapter.jdbc.document;

import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.application.document.DocumentUses;
import fr.espacefamille.domain.document.DocumentId;

/** {@link DocumentUses} over the tables whose records keep a document: absences and address requests. */
public final class JdbiDocumentUses implements DocumentUses {

    private static final String USES = """
            SELECT (SELECT COUNT(*) FROM canteen_absences WHERE certificate_id = :id)
                 + (SELECT COUNT(*) FROM nursery_absences WHERE document_id = :id)
                 + (SELECT COUNT(*) FROM address_requests WHERE proof_document_id = :id)
            """;

    private final JdbiContext db;

    public JdbiDocumentUses(JdbiContext db) {
        this.db = db;
    }

    @Override
    public boolean isUsed(DocumentId document) {
        return db.withHandle(handle -> handle.createQuery(USES).bind("id", document).mapTo(Long.class).one()) > 0;
    }
}
