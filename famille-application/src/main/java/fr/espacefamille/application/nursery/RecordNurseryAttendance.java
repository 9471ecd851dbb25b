package fr.espacefamille.application.nursery;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.ChildService;
import fr.espacefamille.domain.nursery.NurseryAttendance;
import fr.espacefamille.domain.shared.Refusal;

/**
 * Nursery staff record children's arrival and departure, for today or a past day: a whole list
 * (the API), or one tap at the door that takes the current time. An entry without times removes
 * the child's record of that day (a tap on the wrong child).
 * <p>Refuses (API error codes): {@code VALIDATION_FAILED}, {@code FORBIDDEN}, {@code DATE_IN_THE_FUTURE}, {@code NOT_ARRIVED}, {@code NOT_ENROLLED}, {@code NURSERY_CLOSED}.
 */
public final class RecordNurseryAttendance {

    /** One child's times; both null remove the record, a departure needs an arrival. */
    public record Entry(ChildId child, LocalTime arrival, LocalTime departure) {
    }

    static final Refusal IN_THE_FUTURE = Refusal.rule("DATE_IN_THE_FUTURE",
            "La présence se pointe pour aujourd'hui ou un jour passé.");
    static final Refusal NOT_ARRIVED = Refusal.rule("NOT_ARRIVED", "L'arrivée de l'enfant n'a pas été pointée aujourd'hui.");

    private final NurseryStores stores;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;

    public RecordNurseryAttendance(NurseryStores stores, Transactions transactions, Audit audit, Clock clock) {
        this.stores = stores;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public List<NurseryAttendance> record(Actor actor, LocalDate date, List<Entry> entries) {
        actor.require(Role.NURSERY_AGENT);
        refuseUnlessRecordable(date);
        Set<ChildId> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            if (entry == null || entry.child() == null) {
                throw Refusals.invalid("[" + i + "].childId", "champ obligatoire");
            }
            if (!seen.add(entry.child())) {
                throw Refusals.invalid("[" + i + "].childId", "enfant présent deux fois dans la liste");
            }
            if (entry.arrival() == null && entry.departure() != null) {
                throw Refusals.invalid("[" + i + "].arrival", "un départ suppose une arrivée");
            }
            if (entry.arrival() != null && entry.departure() != null && entry.departure().isBefore(entry.arrival())) {
                throw Refusals.invalid("[" + i + "].departure", "le départ précède l'arrivée");
            }
        }
        return transactions.inTransaction(() -> {
            for (Entry entry : entries) {
                refuseUnlessEnrolled(entry.child(), date);
                if (entry.arrival() == null) {
                    remove(actor, entry.child(), date);
                } else {
                    save(actor, new NurseryAttendance(entry.child(), date, minutes(entry.arrival()),
                            entry.departure() == null ? null : minutes(entry.departure())));
                }
            }
            return stores.attendances().on(date);
        });
    }

    /** « Arrivé » tapped at the door: the arrival is now. */
    public NurseryAttendance arrivedNow(Actor actor, ChildId child) {
        actor.require(Role.NURSERY_AGENT);
        LocalDate today = LocalDate.now(clock);
        refuseUnlessRecordable(today);
        return transactions.inTransaction(() -> {
            refuseUnlessEnrolled(child, today);
            NurseryAttendance arrived = new NurseryAttendance(child, today, minutes(LocalTime.now(clock)), null);
            save(actor, arrived);
            return arrived;
        });
    }

    /** « Parti » tapped at the door: the departure is now. */
    public NurseryAttendance leftNow(Actor actor, ChildId child) {
        actor.require(Role.NURSERY_AGENT);
        LocalDate today = LocalDate.now(clock);
        return transactions.inTransaction(() -> {
            NurseryAttendance arrived = stores.attendances().of(child, today).orElseThrow(() -> Refusals.refuse(NOT_ARRIVED));
            LocalTime now = minutes(LocalTime.now(clock));
            // an arrival corrected by hand to later than now gives a stay of no length, never one that ends before it starts
            NurseryAttendance left = new NurseryAttendance(child, today, arrived.arrival(),
                    now.isBefore(arrived.arrival()) ? arrived.arrival() : now);
            save(actor, left);
            return left;
        });
    }

    private void refuseUnlessRecordable(LocalDate date) {
        if (date.isAfter(LocalDate.now(clock))) {
            throw Refusals.refuse(IN_THE_FUTURE);
        }
        if (!stores.settings().current().isOpen(date)) {
            throw Refusals.refuse(BookOccasionalCare.CLOSED);
        }
    }

    private void refuseUnlessEnrolled(ChildId child, LocalDate date) {
        boolean enrolled = stores.enrolments().covering(child, ChildService.NURSERY_REGULAR, date).isPresent()
                || stores.enrolments().covering(child, ChildService.NURSERY_OCCASIONAL, date).isPresent();
        if (!enrolled) {
            throw Refusals.refuse(Refusal.rule("NOT_ENROLLED",
                    "L'enfant " + child + " n'est pas inscrit au multi-accueil le " + date + "."));
        }
    }

    private void save(Actor actor, NurseryAttendance attendance) {
        Optional<NurseryAttendance> before = stores.attendances().of(attendance.child(), attendance.date());
        stores.attendances().save(attendance);
        audit.record(actor, "NURSERY_ATTENDANCE_RECORDED", attendance.child() + "@" + attendance.date(),
                before.map(RecordNurseryAttendance::describe).orElse(null), describe(attendance));
    }

    private void remove(Actor actor, ChildId child, LocalDate date) {
        Optional<NurseryAttendance> before = stores.attendances().of(child, date);
        if (before.isPresent()) {
            stores.attendances().remove(child, date);
            audit.record(actor, "NURSERY_ATTENDANCE_REMOVED", child + "@" + date, describe(before.get()), null);
        }
    }

    private static LocalTime minutes(LocalTime time) {
        return time.truncatedTo(ChronoUnit.MINUTES);
    }

    private static String describe(NurseryAttendance a) {
        return AuditJson.of("arrival", a.arrival(), "departure", a.departure());
    }
}
