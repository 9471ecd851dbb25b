package fr.espacefamille.domain.nursery;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.family.ChildId;

/**
 * An absence of a regular child reported on {@code reportedOn} for {@code from}–{@code to}, with
 * its reason and, for an illness, the medical certificate. {@code days} are the days of the range
 * it applies to: contract days and occasional places past their free cancellation (none when the
 * report only cancelled occasional places).
 */
public record NurseryAbsence(NurseryAbsenceId id, ChildId child, LocalDate from, LocalDate to,
        NurseryAbsenceReason reason, DocumentId certificate, LocalDate reportedOn, List<LocalDate> days) {

    public NurseryAbsence {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(from, "La date de début est obligatoire");
        Objects.requireNonNull(to, "La date de fin est obligatoire");
        Objects.requireNonNull(reason, "Le motif est obligatoire");
        Objects.requireNonNull(reportedOn, "reportedOn");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("L'absence doit finir après avoir commencé");
        }
        days = days.stream().sorted().distinct().toList();
        if (!days.isEmpty() && days.get(0).isBefore(from) || days.get(days.size() - 1).isAfter(to)) {
            throw new IllegalArgumentException("Les jours d'absence sont hors de la période signalée");
        }
    }

    public Optional<DocumentId> certificateId() {
        return Optional.ofNullable(certificate);
    }

    public boolean covers(LocalDate day) {
        return days.contains(day);
    }
}
