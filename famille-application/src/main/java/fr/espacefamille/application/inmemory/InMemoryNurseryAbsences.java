package fr.espacefamille.application.inmemory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.application.nursery.NurseryAbsences;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.nursery.NurseryAbsence;
import fr.espacefamille.domain.nursery.NurseryAbsenceId;

/** In-memory {@link NurseryAbsences}. */
public final class InMemoryNurseryAbsences implements NurseryAbsences {

    private final Map<NurseryAbsenceId, NurseryAbsence> absences;

    public InMemoryNurseryAbsences(InMemoryTransactions transactions) {
        this.absences = new InMemoryMap<NurseryAbsenceId, NurseryAbsence>(transactions).map();
    }

    @Override
    public void add(NurseryAbsence absence) {
        boolean dayTaken = absences.values().stream().anyMatch(a -> a.child().equals(absence.child())
                && a.days().stream().anyMatch(absence::covers));
        if (dayTaken || absences.putIfAbsent(absence.id(), absence) != null) {
            throw new IllegalStateException("A day of this absence is already reported: " + absence.id());
        }
    }

    @Override
    public List<NurseryAbsence> ofChildBetween(ChildId child, LocalDate from, LocalDate to) {
        return absences.values().stream()
                .filter(a -> a.child().equals(child) && a.days().stream().anyMatch(d -> !d.isBefore(from) && !d.isAfter(to)))
                .sorted(Comparator.comparing(NurseryAbsence::from).thenComparing(a -> a.id().value()))
                .toList();
    }

    @Override
    public List<NurseryAbsence> ofChild(ChildId child) {
        return absences.values().stream().filter(a -> a.child().equals(child))
                .sorted(Comparator.comparing(NurseryAbsence::from).reversed().thenComparing(a -> a.id().value()))
                .toList();
    }

    /** Whether an absence holds this document as its certificate ({@link InMemoryDocumentUses}). */
    public boolean refersTo(DocumentId document) {
        return absences.values().stream().anyMatch(a -> document.equals(a.certificate()));
    }
}
