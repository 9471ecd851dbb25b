package fr.espacefamille.domain.billing;

import java.util.Objects;

import fr.espacefamille.domain.family.FamilyId;

/**
 * A family's direct-debit mandate (prélèvement) for one régie. An active mandate has an IBAN; the
 * family's invoices of that régie are then paid by direct debit, not by card.
 */
public record DirectDebitMandate(FamilyId family, Regie regie, boolean active, Iban iban) {

    public DirectDebitMandate {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(regie, "regie");
        if (active && iban == null) {
            throw new IllegalArgumentException("Un prélèvement actif exige un IBAN");
        }
    }
}
