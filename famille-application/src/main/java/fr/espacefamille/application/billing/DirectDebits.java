package fr.espacefamille.application.billing;

import java.util.List;
import java.util.Optional;

import fr.espacefamille.domain.billing.DirectDebitMandate;
import fr.espacefamille.domain.billing.MandateId;
import fr.espacefamille.domain.billing.MandateStatus;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.family.FamilyId;

/**
 * Out-port: direct-debit mandates. A mandate reference (RUM) is unique, and a family has at most one
 * live (active or suspended) mandate per régie, whatever runs concurrently.
 */
public interface DirectDebits {

    void add(DirectDebitMandate mandate);

    /** Saves a mandate's status, rejects in a row and end date. */
    void update(DirectDebitMandate mandate);

    Optional<DirectDebitMandate> byId(MandateId id);

    /** The family's live mandate for the régie, if any. */
    Optional<DirectDebitMandate> of(FamilyId family, Regie regie);

    /** Every mandate of the family, revoked ones included, the latest signed first. */
    List<DirectDebitMandate> ofFamily(FamilyId family);

    /** Mandates of the régie (every régie when null) in the status (any when null), the latest signed first, at most {@code limit}. */
    List<DirectDebitMandate> search(Regie regie, MandateStatus status, int limit);

    /** Every active mandate of the régie, to collect a run's invoices. */
    List<DirectDebitMandate> active(Regie regie);
}
