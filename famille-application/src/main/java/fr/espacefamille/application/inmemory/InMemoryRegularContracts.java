package fr.espacefamille.application.inmemory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.espacefamille.application.nursery.RegularContracts;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.EnrolmentId;
import fr.espacefamille.domain.nursery.RegularContract;

/** In-memory {@link RegularContracts}. */
public final class InMemoryRegularContracts implements RegularContracts {

    private static final Comparator<RegularContract> ORDER =
            Comparator.comparing(RegularContract::from).thenComparing(c -> c.id().value());

    private final Map<EnrolmentId, RegularContract> contracts;

    public InMemoryRegularContracts(InMemoryTransactions transactions) {
        this.contracts = new InMemoryMap<EnrolmentId, RegularContract>(transactions).map();
    }

    @Override
    public void add(RegularContract contract) {
        if (contracts.putIfAbsent(contract.id(), contract) != null) {
            throw new IllegalStateException("Contract already stored: " + contract.id());
        }
    }

    @Override
    public void update(RegularContract contract) {
        if (contracts.replace(contract.id(), contract) == null) {
            throw new IllegalStateException("Unknown contract: " + contract.id());
        }
    }

    @Override
    public Optional<RegularContract> byId(EnrolmentId id) {
        return Optional.ofNullable(contracts.get(id));
    }

    @Override
    public List<RegularContract> ofChild(ChildId child) {
        return contracts.values().stream().filter(c -> c.child().equals(child)).sorted(ORDER).toList();
    }

    @Override
    public List<RegularContract> overlapping(LocalDate from, LocalDate to) {
        return contracts.values().stream().filter(c -> !c.from().isAfter(to) && !c.to().isBefore(from)).sorted(ORDER).toList();
    }
}
