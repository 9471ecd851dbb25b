package fr.espacefamille.application.nursery;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.document.DeleteDocument;
import fr.espacefamille.application.document.Documents;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Mail;
import fr.espacefamille.application.shared.Mailer;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.nursery.NurseryAbsence;
import fr.espacefamille.domain.nursery.NurseryAbsenceId;
import fr.espacefamille.domain.nursery.NurseryAbsenceReason;
import fr.espacefamille.domain.nursery.NurserySettings;
import fr.espacefamille.domain.nursery.OccasionalBooking;
import fr.espacefamille.domain.nursery.RegularContract;
import fr.espacefamille.domain.shared.Refusal;
import fr.espacefamille.domain.shared.RefusedException;
import fr.espacefamille.domain.shared.Town;

/**
 * A family (or nursery staff) reports a child absent from the nursery over a range, with its
 * reason and, for an illness, the medical certificate — the canteen's behaviour: occasional places
 * still free to give back are simply cancelled (the freed place goes to the waiting list); the
 * report applies to the contract days of the range and to the occasional places past their free
 * cancellation, which no earlier report covers. Whether a contract day is deducted is
 * {@link fr.espacefamille.domain.nursery.NurseryDeductionPolicy}'s call, made when billing. Only a
 * range without any booked day is refused ({@code NOTHING_BOOKED}), and then its document is not
 * kept. Parents report from today on; staff may report past days.
 */
public final class ReportNurseryAbsence {

    public record Command(ChildId child, LocalDate from, LocalDate to, NurseryAbsenceReason reason, DocumentId certificate) {
    }

    /** The report and the occasional places it simply cancelled. */
    public record Result(NurseryAbsence absence, List<LocalDate> cancelled) {
    }

    public static final int MAX_DAYS = 93;
    static final Refusal NOTHING_BOOKED = Refusal.rule("NOTHING_BOOKED",
            "Aucun jour d'accueil n'est prévu ni réservé sur cette période (ou l'absence est déjà signalée).");
    static final Refusal IN_THE_PAST = Refusal.rule("DATE_IN_THE_PAST",
            "Une absence se signale à partir d'aujourd'hui ; pour un jour passé, adressez-vous au multi-accueil.");

    private final NurseryStores stores;
    private final FreedPlaces freedPlaces;
    private final Documents documents;
    private final DeleteDocument deleteDocument;
    private final Transactions transactions;
    private final Mailer mailer;
    private final Audit audit;
    private final Clock clock;

    public ReportNurseryAbsence(NurseryStores stores, Documents documents, DeleteDocument deleteDocument,
            Transactions transactions, Mailer mailer, Town town, Audit audit, Clock clock) {
        this.stores = stores;
        this.freedPlaces = new FreedPlaces(stores, town, audit, clock);
        this.documents = documents;
        this.deleteDocument = deleteDocument;
        this.transactions = transactions;
        this.mailer = mailer;
        this.audit = audit;
        this.clock = clock;
    }

    public Result report(Actor actor, Command command) {
        NurseryAccess.Reached reached = stores.access().reach(actor, command.child());
        if (command.reason() == null) {
            throw Refusals.invalid("reason", "choisissez le motif de l'absence");
        }
        if (command.to().isBefore(command.from())) {
            throw Refusals.invalid("to", "la fin de l'absence précède son début");
        }
        if (ChronoUnit.DAYS.between(command.from(), command.to()) >= MAX_DAYS) {
            throw Refusals.invalid("to", "une absence se signale sur " + MAX_DAYS + " jours au plus");
        }
        if (command.certificate() != null) {
            documents.byId(command.certificate()).filter(d -> reached.family().id().equals(d.family()))
                    .orElseThrow(() -> Refusals.invalid("documentId", "document introuvable"));
        }
        if (!actor.isStaff() && command.from().isBefore(LocalDate.now(clock))) {
            throw Refusals.refuse(IN_THE_PAST);
        }
        List<Mail> mails = new ArrayList<>();
        try {
            Result result = transactions.inTransaction(() -> record(actor, command, mails));
            mails.forEach(mailer::send);
            return result;
        } catch (RefusedException e) {
            if (command.certificate() != null && e.refusal().equals(NOTHING_BOOKED)) {
                deleteDocument.discard(actor, command.certificate());
            }
            throw e;
        }
    }

    private Result record(Actor actor, Command command, List<Mail> mails) {
        Instant now = clock.instant();
        List<RegularContract> contracts = stores.contracts().ofChild(command.child()).stream()
                .filter(c -> !c.from().isAfter(command.to()) && !c.to().isBefore(command.from())).toList();
        List<NurseryAbsence> earlier = stores.absences().ofChildBetween(command.child(), command.from(), command.to());
        NurserySettings settings = stores.settings().current();
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = command.from(); !day.isAfter(command.to()); day = day.plusDays(1)) {
            LocalDate date = day;
            Optional<RegularContract> expected = contracts.stream().filter(c -> c.expectedOn(date).isPresent()).findFirst();
            if (expected.isPresent() && settings.isOpen(date) && earlier.stream().noneMatch(a -> a.covers(date))) {
                days.add(date);
            }
        }
        List<LocalDate> cancelled = new ArrayList<>();
        for (OccasionalBooking booking : stores.bookings().ofChildBetween(command.child(), command.from(), command.to())) {
            if (!booking.isActive() || booking.hasStarted(now, clock.getZone())) {
                continue;
            }
            boolean free = booking.isWaiting() || !now.isAfter(booking.freeCancellationUntil(clock.getZone()));
            LocalDate date = booking.slot().date();
            if (free) {
                stores.slots().lock(booking.slot());
                stores.bookings().update(booking.cancel(now, clock.getZone()));
                audit.record(actor, "NURSERY_BOOKING_CANCELLED", booking.id(), booking.status().name(),
                        AuditJson.of("status", "CANCELLED", "billed", false, "absence", true));
                if (booking.isConfirmed()) {
                    mails.addAll(freedPlaces.promote(booking.slot()));
                }
                if (!cancelled.contains(date)) {
                    cancelled.add(date);
                }
            } else if (!days.contains(date) && earlier.stream().noneMatch(a -> a.covers(date))) {
                days.add(date);
            }
        }
        if (days.isEmpty() && cancelled.isEmpty()) {
            throw Refusals.refuse(NOTHING_BOOKED);
        }
        cancelled.removeAll(days);
        NurseryAbsence absence = new NurseryAbsence(NurseryAbsenceId.random(), command.child(), command.from(),
                command.to(), command.reason(), command.certificate(), LocalDate.now(clock), days);
        stores.absences().add(absence);
        audit.record(actor, "NURSERY_ABSENCE_REPORTED", absence.id(), null, AuditJson.of("child", absence.child(),
                "from", absence.from(), "to", absence.to(), "reason", absence.reason(),
                "certificate", absence.certificateId().isPresent(), "days", days.size(), "cancelled", cancelled.size()));
        return new Result(absence, List.copyOf(cancelled));
    }
}
