package fr.espacefamille.application.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.document.DocumentStore;
import fr.espacefamille.application.document.Documents;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.document.Document;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.shared.Refusal;
import fr.espacefamille.domain.shared.RefusedException;

/**
 * A guardian downloads everything the portal keeps about their family (§13): the records, then
 * the files of its documents, each read as a stream so that large files are never held in memory.
 */
public final class ExportFamilyData {

    /** Where the export is written (a zip, for the web). */
    public interface Target {
        /** Opens the records' part; the sink is used until {@link #endRecords()}. */
        FamilyRecords.Sink beginRecords(FamilyId family) throws IOException;

        void endRecords() throws IOException;

        void document(Document document, InputStream content) throws IOException;
    }

    private final FamilyRecords records;
    private final Documents documents;
    private final DocumentStore store;
    private final Audit audit;

    public ExportFamilyData(FamilyRecords records, Documents documents, DocumentStore store, Audit audit) {
        this.records = records;
        this.documents = documents;
        this.store = store;
        this.audit = audit;
    }

    /** The family whose data {@code actor} may export: their own; staff have none. */
    public FamilyId familyOf(Actor actor) {
        return actor.family().orElseThrow(() -> new RefusedException(new Refusal("NO_FAMILY", Refusal.Kind.FORBIDDEN,
                "Seul un responsable d'un foyer peut télécharger les données de son foyer.")));
    }

    public void export(Actor actor, Target target) throws IOException {
        FamilyId family = familyOf(actor);
        audit.record(actor, "FAMILY_DATA_EXPORTED", family, null, null);
        records.export(family, target.beginRecords(family));
        target.endRecords();
        List<Document> files = documents.ofFamily(family);
        for (Document document : files) {
            try (InputStream content = store.open(document.storageName())) {
                target.document(document, content);
            }
        }
    }
}
