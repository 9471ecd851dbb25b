package fr.espacefamille.application.canteen;

import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.calendar.SchoolYears;
import fr.espacefamille.application.canteen.Pupils.Pupil;
import fr.espacefamille.application.family.Enrolments;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.calendar.SchoolYear;
import fr.espacefamille.domain.calendar.SchoolYearLabel;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Enrolment;
import fr.espacefamille.domain.family.EnrolmentId;
import fr.espacefamille.domain.family.ChildService;
import fr.espacefamille.domain.shared.Refusal;

/**
 * Staff enrol a child in the canteen for a school year staff already entered. The child must
 * attend one of the town's schools (meals are counted and checked per school), and is enrolled
 * once per year.
 * <p>Refuses (API error codes): {@code FORBIDDEN}, {@code NOT_FOUND}, {@code ALREADY_ENROLLED}, {@code NO_SCHOOL}, {@code UNKNOWN_SCHOOL_YEAR}.
 */
public final class EnrolInCanteen {

    public static final Refusal UNKNOWN_SCHOOL_YEAR = Refusal.rule("UNKNOWN_SCHOOL_YEAR",
            "Cette année scolaire n'a pas encore été saisie.");
    public static final Refusal NO_SCHOOL = Refusal.rule("NO_SCHOOL",
            "L'enfant n'est rattaché à aucune école : indiquez d'abord son école.");
    public static final Refusal ALREADY_ENROLLED = Refusal.conflict("ALREADY_ENROLLED",
            "L'enfant est déjà inscrit à la restauration scolaire pour cette année.");

    /** The request that {@link EnrolInCanteen} carries out. */
    public record Command(ChildId child, SchoolYearLabel schoolYear) {
    }

    private final Pupils pupils;
    private final SchoolYears schoolYears;
    private final Enrolments enrolments;
    private final Transactions transactions;
    private final Audit audit;

    public EnrolInCanteen(Pupils pupils, SchoolYears schoolYears, Enrolments enrolments, Transactions transactions, Audit audit) {
        this.pupils = pupils;
        this.schoolYears = schoolYears;
        this.enrolments = enrolments;
        this.transactions = transactions;
        this.audit = audit;
    }

    public EnrolmentId enrol(Actor actor, Command command) {
        actor.require(Role.SCHOOL_AGENT);
        return transactions.inTransaction(() -> {
            Pupil pupil = pupils.byId(command.child()).orElseThrow(Refusals::notFound);
            SchoolYear year = schoolYears.byLabel(command.schoolYear()).orElseThrow(() -> Refusals.refuse(UNKNOWN_SCHOOL_YEAR));
            if (pupil.school() == null) {
                throw Refusals.refuse(NO_SCHOOL);
            }
            if (pupil.canteenYears().contains(year.label())) {
                throw Refusals.refuse(ALREADY_ENROLLED);
            }
            Enrolment enrolment = new Enrolment(EnrolmentId.random(), pupil.id(), ChildService.CANTEEN, year.start(), year.end(),
                    year.label().toString());
            enrolments.add(enrolment);
            audit.record(actor, "CANTEEN_ENROLMENT_CREATED", pupil.id(), null,
                    AuditJson.of("enrolment", enrolment.id(), "schoolYear", year.label()));
            return enrolment.id();
        });
    }
}
