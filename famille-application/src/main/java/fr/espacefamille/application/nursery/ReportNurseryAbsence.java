package fr.espacefamille.application.nursery;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.document.Documents;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.nursery.NurseryAbsence;
import fr.espacefamille.domain.nursery.NurseryAbsenceId;
import fr.espacefamille.domain.nursery.NurseryAbsenceReason;
import fr.espacefamille.domain.nursery.NurserySettings;
import fr.espacefamille.domain.nursery.RegularContract;
import fr.espacefamille.domain.shared.Refusal;

/**
 * A family (or nursery staff) reports an absence of a regular child, with its reason and, for an
 * illness, the medical certificate. The report applies to the days of the range the child was
 * expected under a contract and that no earlier report covers; whether each is deducted is
 * {@link fr.espacefamille.domain.nursery.NurseryDeductionPolicy}'s call, made when billing. Parents
 * report from today on; staff may report past days.
 */
public final class ReportNurseryAbsence {

    public record Command(ChildId child, LocalDate from, LocalDate to, NurseryAbsenceReason reason, DocumentId certificate) {
    }

    public static final int MAX_DAYS = 93;
    static final Refusal NOT_ENROLLED = Refusal.rule("NOT_ENROLLED",
            "L'enfant n'a pas de contrat d'accueil régulier sur cette période.");
    static final Refusal NOTHING_BOOKED = Refusal.rule("NOTHING_BOOKED",
            "Aucun jour d'accueil prévu au contrat n'est à signaler sur cette période (ou l'absence est déjà signalée).");
    static final Refusal IN_THE_PAST = Refusal.rule("DATE_IN_THE_PAST",
            "Une absence se signale à partir d'aujourd'hui ; pour un jour passé, adressez-vous au multi-accueil.");

    private final NurseryStores stores;
    private final Documents documents;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;

    public ReportNurseryAbsence(NurseryStores stores, Documents documents, Transactions transactions, Audit audit, Clock clock) {
        this.stores = stores;
        this.documents = documents;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public NurseryAbsence report(Actor actor, Command command) {
        NurseryAccess.Reached reached = stores.access().reach(actor, command.child());
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
        LocalDate today = LocalDate.now(clock);
        if (!actor.isStaff() && command.from().isBefore(today)) {
            throw Refusals.refuse(IN_THE_PAST);
        }
        return transactions.inTransaction(() -> {
            List<RegularContract> contracts = stores.contracts().ofChild(command.child()).stream()
                    .filter(c -> !c.from().isAfter(command.to()) && !c.to().isBefore(command.from())).toList();
            if (contracts.isEmpty()) {
                throw Refusals.refuse(NOT_ENROLLED);
            }
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
            if (days.isEmpty()) {
                throw Refusals.refuse(NOTHING_BOOKED);
            }
            NurseryAbsence absence = new NurseryAbsence(NurseryAbsenceId.random(), command.child(), command.from(),
                    command.to(), command.reason(), command.certificate(), today, days);
            stores.absences().add(absence);
            audit.record(actor, "NURSERY_ABSENCE_REPORTED", absence.id(), null, "{\"child\":\"" + absence.child()
                    + "\",\"from\":\"" + absence.from() + "\",\"to\":\"" + absence.to() + "\",\"reason\":\"" + absence.reason()
                    + "\",\"certificate\":" + absence.certificateId().isPresent() + ",\"days\":" + days.size() + "}");
            return absence;
        });
    }
}
