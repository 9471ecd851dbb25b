package fr.espacefamille.application.document;

import java.util.List;

import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.document.Document;
import fr.espacefamille.domain.family.FamilyId;

/** A family's documents, oldest first: a parent their own family's, staff any family's. */
public final class ListDocuments {

    private final Documents documents;

    public ListDocuments(Documents documents) {
        this.documents = documents;
    }

    /** The acting parent's family's documents. */
    public List<Document> own(Actor actor) {
        if (actor.role() == Role.APPLICANT) {
            return documents.ofApplicant(actor.accountId());
        }
        return of(actor, actor.family().orElseThrow(() -> Refusals.invalid("familyId", "précisez le foyer")));
    }

    public List<Document> of(Actor actor, FamilyId family) {
        if (!actor.mayReach(family)) {
            throw Refusals.notFound();
        }
        return documents.ofFamily(family);
    }
}
