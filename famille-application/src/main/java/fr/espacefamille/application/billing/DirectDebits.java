package fr.espacefamille.application.billing;

import java.util.List;
import java.util.Optional;

import fr.espacefamille.domain.billing.DirectDebitMandate;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.family.FamilyId;

/** Out-port: families' direct-debit mandates, one per family and régie. */
public interface DirectDebits {

    /** Saves the mandate, replacing the family's previous one for that régie. */
    void put(DirectDebitMandate mandate);

    Optional<DirectDebitMandate> of(FamilyId family, Regie regie);

    List<DirectDebitMandate> ofFamily(FamilyId family);
}
