package fr.espacefamille.application.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.espacefamille.application.billing.DirectDebits;
import fr.espacefamille.domain.billing.DirectDebitMandate;
import fr.espacefamille.domain.billing.MandateId;
import fr.espacefamille.domain.billing.MandateStatus;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.family.FamilyId;

/** In-memory {@link DirectDebits}: references are unique and a family has one live mandate per régie, as the database's constraints make them. */
public final class InMemoryDirectDebits implements DirectDebits {

    private static final Comparator<DirectDebitMandate> LATEST_FIRST = Comparator.comparing(DirectDebitMandate::signedOn)
            .thenComparing(DirectDebitMandate::rum).reversed();

    private final Map<MandateId, DirectDebitMandate> mandates;

    public InMemoryDirectDebits(InMemoryTransactions transactions) {
        this.mandates = new InMemoryMap<MandateId, DirectDebitMandate>(transactions).map();
    }

    @Override
    public void add(DirectDebitMandate mandate) {
        if (mandates.values().stream().anyMatch(m -> m.rum().equals(mandate.rum()))) {
            throw new IllegalStateException("Duplicate mandate reference " + mandate.rum());
        }
        if (mandate.live() && of(mandate.family(), mandate.regie()).isPresent()) {
            throw new IllegalStateException("A family has one live mandate per régie");
        }
        mandates.put(mandate.id(), mandate);
    }

    @Override
    public void update(DirectDebitMandate mandate) {
        if (mandates.replace(mandate.id(), mandate) == null) {
            throw new IllegalStateException("Unknown mandate " + mandate.id());
        }
    }

    @Override
    public Optional<DirectDebitMandate> byId(MandateId id) {
        return Optional.ofNullable(mandates.get(id));
    }

    @Override
    public Optional<DirectDebitMandate> of(FamilyId family, Regie regie) {
        return mandates.values().stream().filter(m -> m.live() && m.family().equals(family) && m.regie() == regie).findFirst();
    }

    @Override
    public List<DirectDebitMandate> ofFamily(FamilyId family) {
        return mandates.values().stream().filter(m -> m.family().equals(family)).sorted(LATEST_FIRST).toList();
    }

    @Override
    public List<DirectDebitMandate> search(Regie regie, MandateStatus status, int limit) {
        return mandates.values().stream().filter(m -> (regie == null || m.regie() == regie) && (status == null || m.status() == status))
                .sorted(LATEST_FIRST).limit(limit).toList();
    }

    @Override
    public List<DirectDebitMandate> active(Regie regie) {
        return mandates.values().stream().filter(m -> m.regie() == regie && m.active()).toList();
    }
}
