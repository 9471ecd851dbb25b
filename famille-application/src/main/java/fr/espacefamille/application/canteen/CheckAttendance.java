package fr.espacefamille.application.canteen;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.calendar.SchoolYears;
import fr.espacefamille.application.canteen.Pupils.Pupil;
import fr.espacefamille.application.family.Schools;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.canteen.AttendanceMark;
import fr.espacefamille.domain.canteen.BookingPolicy;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.SchoolId;
import fr.espacefamille.domain.shared.Refusal;

/**
 * Staff check attendance (pointage) at a school's canteen, on a service day that is today or past.
 * Only the children listed are marked; the others keep their marks, so that the dining-hall tablet
 * can send one tap at a time. A child of the school who is not enrolled in the canteen is marked
 * too: a meal eaten is a meal eaten, and billing charges it as an unbooked meal; the sheet shows
 * that child as not enrolled so that staff can put the enrolment right.
 * <p>Refuses (API error codes): {@code VALIDATION_FAILED}, {@code FORBIDDEN}, {@code NOT_FOUND}, {@code DATE_IN_FUTURE}, {@code NOT_A_SERVICE_DAY}.
 */
public final class CheckAttendance {

    public static final Refusal DATE_IN_FUTURE = Refusal.rule("DATE_IN_FUTURE",
            "Le pointage se fait le jour même ou pour un jour passé.");

    /** One child marked present or absent. */
    public record Mark(ChildId child, boolean present) {
    }

    /** The request that {@link CheckAttendance} carries out. */
    public record Command(SchoolId school, LocalDate date, List<Mark> marks) {
    }

    private final Schools schools;
    private final Pupils pupils;
    private final SchoolYears schoolYears;
    private final CanteenAttendance attendance;
    private final ReadAttendanceSheet sheets;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;

    public CheckAttendance(Schools schools, Pupils pupils, SchoolYears schoolYears, CanteenAttendance attendance,
            ReadAttendanceSheet sheets, Transactions transactions, Audit audit, Clock clock) {
        this.schools = schools;
        this.pupils = pupils;
        this.schoolYears = schoolYears;
        this.attendance = attendance;
        this.sheets = sheets;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public AttendanceSheet check(Actor actor, Command command) {
        actor.require(Role.SCHOOL_AGENT);
        schools.byId(command.school()).orElseThrow(Refusals::notFound);
        if (command.date().isAfter(LocalDate.now(clock))) {
            throw Refusals.refuse(DATE_IN_FUTURE);
        }
        if (!schoolYears.calendar().isServiceDay(command.date())) {
            throw Refusals.refuse(BookingPolicy.NOT_A_SERVICE_DAY);
        }
        Set<ChildId> seen = new HashSet<>();
        for (int i = 0; i < command.marks().size(); i++) {
            Mark mark = command.marks().get(i);
            if (mark == null || mark.child() == null) {
                throw Refusals.invalid("[" + i + "].childId", "champ obligatoire");
            }
            if (!seen.add(mark.child())) {
                throw Refusals.invalid("[" + i + "].childId", "enfant présent deux fois dans la liste");
            }
        }
        transactions.run(() -> {
            for (int i = 0; i < command.marks().size(); i++) {
                Mark mark = command.marks().get(i);
                Pupil pupil = pupils.byId(mark.child()).filter(p -> command.school().equals(p.school()))
                        .orElseThrow(invalidChild(i));
                Optional<Boolean> before = attendance.record(new AttendanceMark(pupil.id(), command.date(), command.school(), mark.present()));
                if (before.isEmpty() || before.get() != mark.present()) {
                    audit.record(actor, "CANTEEN_ATTENDANCE_MARKED", pupil.id(), before.map(b -> presence(command.date(), b)).orElse(null),
                            presence(command.date(), mark.present()));
                }
            }
        });
        return sheets.read(actor, command.school(), command.date());
    }

    private static java.util.function.Supplier<RuntimeException> invalidChild(int index) {
        return () -> Refusals.invalid("[" + index + "].childId", "enfant inconnu ou d'une autre école");
    }

    private static String presence(LocalDate date, boolean present) {
        return AuditJson.of("date", date, "present", present);
    }
}
