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
 * optional certificate, and the booked days past their deadline it applies to with how each is billed
 * (none when every booked day of the range could still simply be cancelled).
 */
public record CanteenAbsence(AbsenceId id, ChildId child, DateRange period, AbsenceReason reason, DocumentId certificate,
        Instant reportedAt, String reportedBy, SortedMap<LocalDate, AbsenceBilling> days) {

    /** The range holds no booked meal at all: there is nothing to cancel nor to report. */
    public static final Refusal NOTHING_BOOKED = Refusal.rule("NOTHING_BOOKED",
            "Aucun repas n'est réservé sur cette période : il n'y a pas d'absence à signaler.");

    public CanteenAbsence {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(reportedAt, "reportedAt");
        Objects.requireNonNull(reportedBy, "reportedBy");
        days = Collections.unmodifiableSortedMap(new TreeMap<>(days));
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
