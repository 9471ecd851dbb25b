package fr.espacefamille.application.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.espacefamille.application.billing.DirectDebits;
import fr.espacefamille.domain.billing.DirectDebitMandate;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.family.FamilyId;

/** In-memory {@link DirectDebits}. */
public final class InMemoryDirectDebits implements DirectDebits {

    private final Map<String, DirectDebitMandate> mandates;

    public InMemoryDirectDebits(InMemoryTransactions transactions) {
        this.mandates = new InMemoryMap<String, DirectDebitMandate>(transactions).map();
    }

    @Override
    public void put(DirectDebitMandate mandate) {
        mandates.put(mandate.family() + "/" + mandate.regie(), mandate);
    }

    @Override
    public Optional<DirectDebitMandate> of(FamilyId family, Regie regie) {
        return Optional.ofNullable(mandates.get(family + "/" + regie));
    }

    @Override
    public List<DirectDebitMandate> ofFamily(FamilyId family) {
        return mandates.values().stream().filter(m -> m.family().equals(family))
                .sorted(Comparator.comparing(DirectDebitMandate::regie)).toList();
    }
}
