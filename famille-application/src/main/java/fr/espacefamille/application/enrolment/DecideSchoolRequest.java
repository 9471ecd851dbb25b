package fr.espacefamille.application.enrolment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.espacefamille.application.account.Accounts;
import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.canteen.EnrolInCanteen;
import fr.espacefamille.application.document.Documents;
import fr.espacefamille.application.family.Families;
import fr.espacefamille.application.family.Schools;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.enrolment.CertificateNumber;
import fr.espacefamille.domain.enrolment.SchoolRequest;
import fr.espacefamille.domain.enrolment.SchoolRequestForm.RequestGuardian;
import fr.espacefamille.domain.enrolment.SchoolRequestForm;
import fr.espacefamille.domain.enrolment.SchoolRequestId;
import fr.espacefamille.domain.enrolment.SchoolRequestStatus;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.Grade;
import fr.espacefamille.domain.family.Guardian;
import fr.espacefamille.domain.family.GuardianId;
import fr.espacefamille.domain.family.Resources;
import fr.espacefamille.domain.family.SchoolId;

/**
 * Staff decide a SUBMITTED request (§8): ask for a missing piece (INCOMPLETE with a message), refuse
 * it with a reason, or accept it with the school (the sector school by default) and the grade.
 * Accepting, in one transaction: the child joins the requester's family, or a new family made from
 * the request whose first guardian is the applicant account; the school enrolment (the child's
 * school and grade) and the canteen enrolment when asked are recorded; the certificate gets the
 * next number of its year. Of two staff deciding at once, one wins, the other gets {@code NOT_EDITABLE}.
 */
public final class DecideSchoolRequest {

    public sealed interface Decision permits Accept, Incomplete, Refuse {
    }

    /**
     * {@code school}, {@code grade} and {@code canteen} may be null: the sector school, the grade asked
     * and the canteen as the family asked.
     */
    public record Accept(SchoolId school, Grade grade, Boolean canteen) implements Decision {
        public Accept(SchoolId school, Grade grade) {
            this(school, grade, null);
        }
    }

    public record Incomplete(String message) implements Decision {
    }

    public record Refuse(String reason) implements Decision {
    }

    private final SchoolRequests requests;
    private final Families families;
    private final Schools schools;
    private final Accounts accounts;
    private final Documents documents;
    private final EnrolInCanteen enrolInCanteen;
    private final CertificateNumbers numbers;
    private final SchoolRequestMails mails;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;

    public DecideSchoolRequest(SchoolRequests requests, Families families, Schools schools, Accounts accounts,
            Documents documents, EnrolInCanteen enrolInCanteen, CertificateNumbers numbers, SchoolRequestMails mails,
            Transactions transactions, Audit audit, Clock clock) {
        this.requests = requests;
        this.families = families;
        this.schools = schools;
        this.accounts = accounts;
        this.documents = documents;
        this.enrolInCanteen = enrolInCanteen;
        this.numbers = numbers;
        this.mails = mails;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public SchoolRequest decide(Actor actor, SchoolRequestId id, Decision decision) {
        actor.require(Role.SCHOOL_AGENT);
        SchoolRequest decided = transactions.inTransaction(() -> {
            SchoolRequest current = requests.byId(id).orElseThrow(Refusals::notFound);
            if (current.status() != SchoolRequestStatus.SUBMITTED) {
                throw Refusals.refuse(Refusals.NOT_EDITABLE);
            }
            SchoolRequest changed;
            if (decision instanceof Incomplete incomplete) {
                changed = current.incomplete(incomplete.message(), clock.instant(), actor.username());
            } else if (decision instanceof Refuse refuse) {
                changed = current.refused(refuse.reason(), clock.instant(), actor.username());
            } else {
                changed = accept(actor, current, (Accept) decision);
            }
            // the version check is what makes a second decision made at the same time fail (and roll back)
            if (!requests.update(changed)) {
                throw Refusals.refuse(Refusals.NOT_EDITABLE);
            }
            audit.record(actor, "SCHOOL_REQUEST_" + changed.status(), id, SubmitSchoolRequest.describe(current),
                    SubmitSchoolRequest.describe(changed));
            return changed;
        });
        mails.changed(decided);
        return decided;
    }

    private SchoolRequest accept(Actor actor, SchoolRequest request, Accept accept) {
        SchoolId school = accept.school() != null ? accept.school() : request.sectorSchool();
        if (school == null) {
            throw Refusals.invalid("schoolId", "l'adresse est hors carte scolaire : indiquez l'école");
        }
        if (schools.byId(school).isEmpty()) {
            throw Refusals.invalid("schoolId", "école inconnue");
        }
        Grade grade = accept.grade() != null ? accept.grade() : request.form().askedGrade();
        SchoolRequestForm form = request.form();
        Account requester = accounts.byId(request.requester()).orElseThrow(Refusals::notFound);
        ChildId childId = form.child().childId() != null ? form.child().childId() : ChildId.random();
        Child child = new Child(childId, form.child().firstName(), form.child().lastName(), form.child().birthDate(), school, grade);
        Family family;
        if (requester.familyId() != null) {
            Family current = families.byId(requester.familyId()).orElseThrow(Refusals::notFound);
            family = withChild(current, child);
            families.update(family);
        } else {
            family = newFamily(form, child);
            families.add(family);
            if (requester.role() == Role.APPLICANT) {
                // the applicant account is the first guardian; the second gets a key letter from staff
                accounts.update(requester.joiningFamily(family.id(), family.guardians().get(0).id()));
                documents.handOver(requester.id(), family.id());
            }
            audit.record(actor, "FAMILY_CREATED", family.id(), null, AuditJson.of(
                    "name", family.name(), "fromSchoolRequest", request.id()));
        }
        if (accept.canteen() != null ? accept.canteen() : form.canteen()) {
            enrolInCanteen.enrol(actor, new EnrolInCanteen.Command(childId, form.schoolYear()));
        }
        String number = CertificateNumber.format(form.schoolYear().firstYear(), numbers.next(form.schoolYear().firstYear()));
        return request.accepted(new SchoolRequest.Acceptance(school, grade, family.id(), childId, number), clock.instant(),
                actor.username());
    }

    private static Family withChild(Family family, Child child) {
        List<Child> children = new ArrayList<>(family.children().stream().filter(c -> !c.id().equals(child.id())).toList());
        children.add(child);
        return new Family(family.id(), family.name(), family.address(), family.resident(), family.quotients(),
                family.resources(), family.paperless(), family.guardians(), children);
    }

    private Family newFamily(SchoolRequestForm form, Child child) {
        List<Guardian> guardians = form.guardians().stream()
                .map((RequestGuardian g) -> new Guardian(GuardianId.random(), g.firstName(), g.lastName(), g.email(), g.phone()))
                .toList();
        return Family.create(FamilyId.random(), guardians.get(0).lastName(), form.address(), true, null,
                LocalDate.now(clock), Resources.UNDECLARED, guardians, List.of(child));
    }
}
