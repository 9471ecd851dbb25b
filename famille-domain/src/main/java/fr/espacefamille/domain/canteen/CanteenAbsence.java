package fr.espacefamille.domain.canteen;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import fr.espacefamille.domain.calendar.DateRange;
import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.shared.Refusal;

/**
 * An absence reported for a child's canteen meals over a range of days, with its reason, its
 * optional certificate, and the booked days it applies to with how each is billed.
 */
public record CanteenAbsence(AbsenceId id, ChildId child, DateRange period, AbsenceReason reason, DocumentId certificate,
        Instant reportedAt, String reportedBy, SortedMap<LocalDate, AbsenceBilling> days) {

    /** The range holds no booked meal past its deadline: nothing to report (earlier ones are simply cancelled). */
    public static final Refusal NOTHING_BOOKED = Refusal.rule("NOTHING_BOOKED",
            "Aucun repas réservé dont le délai de modification est passé sur cette période : il n'y a pas d'absence à signaler. "
            + "Les repas encore modifiables s'annulent directement depuis le calendrier de la cantine.");

    public CanteenAbsence {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(reportedAt, "reportedAt");
        Objects.requireNonNull(reportedBy, "reportedBy");
        days = Collections.unmodifiableSortedMap(new TreeMap<>(days));
        if (days.isEmpty()) {
            throw new IllegalArgumentException("Une absence porte sur au moins un repas réservé");
        }
        if (days.keySet().stream().anyMatch(d -> !period.contains(d))) {
            throw new IllegalArgumentException("Les jours d'une absence sont dans sa période");
        }
    }

    /** A new report: the booked days past their deadline, billed by the {@link CarenceDayPolicy}. */
    public static CanteenAbsence report(AbsenceId id, ChildId child, DateRange period, AbsenceReason reason,
            DocumentId certificate, Instant at, String by, Collection<LocalDate> bookedDaysPastDeadline) {
        return new CanteenAbsence(id, child, period, reason, certificate, at, by,
                CarenceDayPolicy.billing(reason, certificate != null, bookedDaysPastDeadline));
    }

    public Optional<DocumentId> certificateId() {
        return Optional.ofNullable(certificate);
    }
}
