package fr.espacefamille.application.enrolment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;

import fr.espacefamille.application.account.Accounts;
import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.document.Documents;
import fr.espacefamille.application.family.Families;
import fr.espacefamille.application.family.Schools;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.calendar.SchoolYearLabel;
import fr.espacefamille.domain.document.Document;
import fr.espacefamille.domain.enrolment.EnrolmentCampaign;
import fr.espacefamille.domain.enrolment.SchoolRequest;
import fr.espacefamille.domain.enrolment.SchoolRequestForm;
import fr.espacefamille.domain.enrolment.SchoolRequestId;
import fr.espacefamille.domain.enrolment.SchoolRequestStatus;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.SchoolId;
import fr.espacefamille.domain.shared.Refusal;

/**
 * A guardian (for a child of the family or a new one) or an applicant account files an enrolment
 * request during the campaign, and completes it when staff mark it INCOMPLETE (§8). Staff may
 * record a request at the counter outside the campaign.
 */
public final class SubmitSchoolRequest {

    private final SchoolRequests requests;
    private final EnrolmentCampaigns campaigns;
    private final SchoolSectors sectors;
    private final Schools schools;
    private final Families families;
    private final Accounts accounts;
    private final Documents documents;
    private final SchoolRequestMails mails;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;

    public SubmitSchoolRequest(SchoolRequests requests, EnrolmentCampaigns campaigns, SchoolSectors sectors, Schools schools,
            Families families, Accounts accounts, Documents documents, SchoolRequestMails mails, Transactions transactions,
            Audit audit, Clock clock) {
        this.requests = requests;
        this.campaigns = campaigns;
        this.sectors = sectors;
        this.schools = schools;
        this.families = families;
        this.accounts = accounts;
        this.documents = documents;
        this.mails = mails;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public SchoolRequest submit(Actor actor, SchoolRequestForm form) {
        SchoolRequest request = preview(actor, form);
        transactions.run(() -> {
            if (!requests.add(request)) {
                throw Refusals.refuse(Refusals.DUPLICATE_REQUEST);
            }
            audit.record(actor, "SCHOOL_REQUEST_SUBMITTED", request.id(), null, describe(request));
        });
        mails.changed(request);
        return request;
    }

    /**
     * The request {@link #submit} would file, checked by the same rules (campaign, age, documents...)
     * but not saved: the pages' summary shows its grade and sector school before the requester sends it.
     */
    public SchoolRequest preview(Actor actor, SchoolRequestForm form) {
        requireRequester(actor);
        LocalDate today = LocalDate.now(clock);
        if (!actor.isStaff() && !campaigns.of(form.schoolYear()).map(c -> c.isOpenOn(today)).orElse(false)) {
            throw Refusals.refuse(Refusals.CAMPAIGN_CLOSED);
        }
        SchoolId sector = check(actor, form, today);
        return SchoolRequest.submit(SchoolRequestId.random(), actor.accountId(), actor.isStaff() ? null : actor.familyId(), form,
                sector, clock.instant(), actor.username());
    }

    /** What {@link #resubmit} would make of an INCOMPLETE request, checked but not saved (for the summary). */
    public SchoolRequest previewResubmission(Actor actor, SchoolRequestId id, SchoolRequestForm form) {
        requireRequester(actor);
        SchoolRequest current = new SchoolRequestAccess(requests).reach(actor, id);
        if (current.status() != SchoolRequestStatus.INCOMPLETE) {
            throw Refusals.refuse(Refusals.NOT_EDITABLE);
        }
        return current.resubmitted(form, check(actor, form, LocalDate.now(clock)), clock.instant(), actor.username());
    }

    /** The requester completes an INCOMPLETE request: it goes back to SUBMITTED ({@code NOT_EDITABLE} otherwise). */
    public SchoolRequest resubmit(Actor actor, SchoolRequestId id, SchoolRequestForm form) {
        SchoolRequest changed = previewResubmission(actor, id, form);
        SchoolRequest current = new SchoolRequestAccess(requests).reach(actor, id);
        transactions.run(() -> {
            if (!requests.update(changed)) {
                throw Refusals.refuse(requests.byId(id).map(r -> r.status() == SchoolRequestStatus.INCOMPLETE).orElse(false)
                        ? Refusals.DUPLICATE_REQUEST : Refusals.NOT_EDITABLE);
            }
            audit.record(actor, "SCHOOL_REQUEST_RESUBMITTED", id, describe(current), describe(changed));
        });
        mails.changed(changed);
        return changed;
    }

    private static void requireRequester(Actor actor) {
        if (actor.isStaff()) {
            actor.require(Role.SCHOOL_AGENT);
        }
    }

    /** Every rule but the campaign and duplicates; answers the sector school of the address (null: none). */
    private SchoolId check(Actor actor, SchoolRequestForm form, LocalDate today) {
        SchoolId sector = sectors.current().schoolOf(form.address().line1()).orElse(null);
        if (form.wishedSchool() != null && schools.byId(form.wishedSchool()).isEmpty()) {
            throw Refusals.invalid("wishedSchoolId", "école inconnue");
        }
        Optional<Refusal> refusal = form.refusal(today, sector);
        if (refusal.isPresent()) {
            throw Refusals.refuse(refusal.get());
        }
        for (SchoolRequestForm.RequestDocument attached : form.documents()) {
            Optional<Document> document = documents.byId(attached.document())
                    .filter(d -> actor.isStaff() || d.ownedBy(actor.familyId(), actor.accountId() == null ? null : actor.accountId().value()));
            if (document.isEmpty()) {
                throw Refusals.invalid("documents.documentId", "document inconnu : déposez-le d'abord");
            }
        }
        if (form.child().childId() != null) {
            Family family = actor.family().flatMap(families::byId).filter(f -> f.hasChild(form.child().childId()))
                    .orElseThrow(Refusals::notFound);
            Child child = family.child(form.child().childId()).orElseThrow();
            if (child.schoolId() != null && form.schoolYear().equals(SchoolYearLabel.containing(today))) {
                throw Refusals.refuse(Refusals.ALREADY_ENROLLED);
            }
        }
        if (requests.acceptedFor(form.child().identity(), form.schoolYear())) {
            throw Refusals.refuse(Refusals.ALREADY_ENROLLED);
        }
        if (actor.role() == Role.APPLICANT && familyKnows(actor, form)) {
            throw Refusals.refuse(Refusals.FAMILY_ALREADY_KNOWN);
        }
        return sector;
    }

    /**
     * An applicant whose child, one of whose guardians' email, or whose own account's email a family
     * of the town already has: that person signs in to the family's space instead (an applicant
     * account is for families the town does not know yet).
     */
    private boolean familyKnows(Actor actor, SchoolRequestForm form) {
        String childQuery = form.child().firstName() + " " + form.child().lastName();
        boolean child = families.search(childQuery, 20).stream().flatMap(f -> f.children().stream())
                .anyMatch(c -> c.birthDate().equals(form.child().birthDate())
                        && new SchoolRequestForm.RequestedChild(c.firstName(), c.lastName(), c.birthDate(), null).identity()
                                .equals(form.child().identity()));
        Stream<String> ownEmail = Stream.ofNullable(actor.accountId()).flatMap(id -> accounts.byId(id).stream()).map(Account::email);
        return child || Stream.concat(ownEmail, form.guardians().stream().map(SchoolRequestForm.RequestGuardian::email))
                .filter(e -> e != null).anyMatch(this::belongsToAFamily);
    }

    /** Whether a family's guardian, or an account holding a family, has this email. */
    private boolean belongsToAFamily(String email) {
        return accounts.byLogin(email).stream().anyMatch(a -> a.familyId() != null && email.equalsIgnoreCase(a.email()))
                || families.search(email, 20).stream().flatMap(f -> f.guardians().stream())
                        .anyMatch(g -> email.equalsIgnoreCase(g.email()));
    }

    static String describe(SchoolRequest r) {
        return AuditJson.of("status", r.status(), "child", r.form().child().fullName(), "schoolYear", r.form().schoolYear(),
                "grade", r.grade(), "sectorSchool", r.sectorSchool(), "wishedSchool", r.form().wishedSchool(),
                "documents", r.form().documents().size());
    }

    /** Whether the campaign of the year accepts parents' requests today, for the pages. */
    public Optional<EnrolmentCampaign> campaign(SchoolYearLabel year) {
        return campaigns.of(year);
    }
}
