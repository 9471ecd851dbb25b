package fr.espacefamille.application.billing;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.family.Families;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.billing.DirectDebitMandate;
import fr.espacefamille.domain.billing.Iban;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.family.FamilyId;

/**
 * Finance staff turn a family's direct debit for a régie on (with the IBAN of the signed mandate,
 * or the one already on file) or off. The IBAN is kept but never written whole to the audit log.
 */
public final class SetDirectDebit {

    public record Command(FamilyId family, Regie regie, boolean active, String iban) {
    }

    private final Families families;
    private final DirectDebits directDebits;
    private final Transactions transactions;
    private final Audit audit;

    public SetDirectDebit(Families families, DirectDebits directDebits, Transactions transactions, Audit audit) {
        this.families = families;
        this.directDebits = directDebits;
        this.transactions = transactions;
        this.audit = audit;
    }

    public DirectDebitMandate set(Actor actor, Command command) {
        actor.require(Role.FINANCE_AGENT);
        Iban given;
        try {
            given = command.iban() == null || command.iban().isBlank() ? null : new Iban(command.iban());
        } catch (IllegalArgumentException e) {
            throw Refusals.invalid("iban", e.getMessage());
        }
        return transactions.inTransaction(() -> {
            families.byId(command.family()).orElseThrow(Refusals::notFound);
            var existing = directDebits.of(command.family(), command.regie());
            Iban iban = given != null ? given : existing.map(DirectDebitMandate::iban).orElse(null);
            if (command.active() && iban == null) {
                throw Refusals.invalid("iban", "obligatoire pour activer le prélèvement");
            }
            DirectDebitMandate mandate = new DirectDebitMandate(command.family(), command.regie(), command.active(), iban);
            directDebits.put(mandate);
            audit.record(actor, "DIRECT_DEBIT_SET", command.family() + "/" + command.regie(),
                    existing.map(SetDirectDebit::describe).orElse(null), describe(mandate));
            return mandate;
        });
    }

    private static String describe(DirectDebitMandate mandate) {
        return "{\"active\":" + mandate.active() + ",\"iban\":" + (mandate.iban() == null ? "null" : "\"" + mandate.iban().masked() + "\"") + "}";
    }
}
