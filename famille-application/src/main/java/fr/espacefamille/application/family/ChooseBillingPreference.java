package fr.espacefamille.application.family;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.shared.Refusal;

/**
 * A parent chooses paper or online invoices (facture en ligne) for the family; going back is always possible.
 * <p>Refuses (API error codes): {@code FORBIDDEN}, {@code NOT_FOUND}.
 */
public final class ChooseBillingPreference {

    private final Families families;
    private final Transactions transactions;
    private final Audit audit;

    public ChooseBillingPreference(Families families, Transactions transactions, Audit audit) {
        this.families = families;
        this.transactions = transactions;
        this.audit = audit;
    }

    public Family choose(Actor actor, boolean paperless) {
        FamilyId id = actor.family().orElseThrow(() -> Refusals.refuse(Refusal.forbidden()));
        return transactions.inTransaction(() -> {
            Family family = families.byId(id).orElseThrow(Refusals::notFound);
            if (family.paperless() == paperless) {
                return family;
            }
            Family chosen = family.withPaperless(paperless);
            families.update(chosen);
            audit.record(actor, "BILLING_PREFERENCE_CHANGED", id, AuditJson.of("paperless", family.paperless()),
                    AuditJson.of("paperless", paperless));
            return chosen;
        });
    }
}
