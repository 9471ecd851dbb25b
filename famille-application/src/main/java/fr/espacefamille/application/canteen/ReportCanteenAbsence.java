package fr.espacefamille.application.canteen;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.calendar.SchoolYears;
import fr.espacefamille.application.canteen.Pupils.Pupil;
import fr.espacefamille.application.document.DeleteDocument;
import fr.espacefamille.application.document.Documents;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.shared.RefusedException;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.calendar.DateRange;
import fr.espacefamille.domain.calendar.ServiceCalendar;
import fr.espacefamille.domain.canteen.AbsenceId;
import fr.espacefamille.domain.canteen.AbsenceReason;
import fr.espacefamille.domain.canteen.BookingDeadline;
import fr.espacefamille.domain.canteen.CanteenAbsence;
import fr.espacefamille.domain.document.Document;
import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.document.DocumentKind;
import fr.espacefamille.domain.family.ChildId;

/**
 * A parent reports their child absent from the canteen over a range, from today on (staff also
 * for past days), with a reason and, for an illness, a medical certificate. Booked days of the range
 * still before their deadline are simply cancelled; the report applies to the booked days past their
 * deadline, billed by the carence-day rule. Only a range without any booked day is refused
 * ({@code NOTHING_BOOKED}), and then the document sent with the report is not kept either.
 */
public final class ReportCanteenAbsence {

    /**
     * The absence to report; {@code document} (the medical certificate) may be null. From code:
     * {@code Command.of(child, from, to, ILLNESS).withCertificate(document)}.
     */
    public record Command(ChildId child, LocalDate from, LocalDate to, AbsenceReason reason, DocumentId document) {

        public static Command of(ChildId child, LocalDate from, LocalDate to, AbsenceReason reason) {
            return new Command(child, from, to, reason, null);
        }

        /** The uploaded medical certificate (an illness without one is billed). */
        public Command withCertificate(DocumentId certificate) {
            return new Command(child, from, to, reason, certificate);
        }
    }

    /** The absence, the days it applies to, and the days it simply cancelled. */
    public record Result(CanteenAbsence absence, List<LocalDate> cancelled) {
        public List<LocalDate> days() {
            return List.copyOf(absence.days().keySet());
        }
    }

    private final CanteenChildren children;
    private final SchoolYears schoolYears;
    private final CanteenBookings bookings;
    private final CanteenAbsences absences;
    private final Documents documents;
    private final DeleteDocument deleteDocument;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;

    public ReportCanteenAbsence(Pupils pupils, SchoolYears schoolYears, CanteenBookings bookings, CanteenAbsences absences,
            Documents documents, DeleteDocument deleteDocument, Transactions transactions, Audit audit, Clock clock) {
        this.children = new CanteenChildren(pupils, schoolYears);
        this.schoolYears = schoolYears;
        this.bookings = bookings;
        this.absences = absences;
        this.documents = documents;
        this.deleteDocument = deleteDocument;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public Result report(Actor actor, Command command) {
        DateRange period = CanteenChildren.range(command.from(), command.to());
        if (command.reason() == null) {
            throw Refusals.invalid("reason", "champ obligatoire");
        }
        LocalDate today = LocalDate.now(clock);
        if (!actor.isStaff() && period.from().isBefore(today)) {
            throw Refusals.invalid("from", "une absence se signale à partir d'aujourd'hui ; adressez-vous à la mairie pour les jours passés");
        }
        try {
            return transactions.inTransaction(() -> record(actor, command, period));
        } catch (RefusedException e) {
            if (command.document() != null && e.refusal().equals(CanteenAbsence.NOTHING_BOOKED)) {
                deleteDocument.discard(actor, command.document());
            }
            throw e;
        }
    }

    private Result record(Actor actor, Command command, DateRange period) {
        Pupil pupil = children.reachToChange(actor, command.child());
        DocumentId certificate = command.document() == null ? null : certificate(pupil, command);
        ServiceCalendar calendar = schoolYears.calendar();
        Instant now = clock.instant();
        var alreadyAbsent = absences.daysOf(pupil.id(), period).keySet();
        Map<Boolean, List<LocalDate>> byDeadline = bookings.ofChild(pupil.id(), period).stream()
                .filter(calendar::isServiceDay)
                .filter(day -> !alreadyAbsent.contains(day))
                .collect(Collectors.partitioningBy(day -> BookingDeadline.hasPassed(day, now)));
        List<LocalDate> cancelled = byDeadline.get(false);
        List<LocalDate> pastDeadline = byDeadline.get(true);
        if (pastDeadline.isEmpty() && cancelled.isEmpty()) {
            throw Refusals.refuse(CanteenAbsence.NOTHING_BOOKED);
        }
        cancelled.forEach(day -> bookings.cancel(pupil.id(), day));
        CanteenAbsence absence = CanteenAbsence.report(AbsenceId.random(), pupil.id(), period, command.reason(),
                certificate, now, actor.username(), pastDeadline);
        absences.add(absence);
        audit.record(actor, "CANTEEN_ABSENCE_REPORTED", pupil.id(), null, AuditJson.of("id", absence.id(), "reason",
                absence.reason(), "certificate", certificate != null, "days", absence.days().toString(), "cancelled",
                cancelled.toString()));
        return new Result(absence, cancelled);
    }

    /** The family's own document; for an illness it must be a medical certificate. */
    private DocumentId certificate(Pupil pupil, Command command) {
        Document document = documents.byId(command.document()).filter(d -> d.family().equals(pupil.family()))
                .orElseThrow(() -> Refusals.invalid("documentId", "document introuvable"));
        if (command.reason() == AbsenceReason.ILLNESS && document.kind() != DocumentKind.MEDICAL_CERTIFICATE) {
            throw Refusals.invalid("documentId", "pour une maladie, le document doit être un certificat médical");
        }
        return document.id();
    }
}
