package fr.espacefamille.application.enrolment;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import fr.espacefamille.application.family.Families;
import fr.espacefamille.application.family.Schools;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.enrolment.SchoolRequest;
import fr.espacefamille.domain.enrolment.SchoolRequestId;
import fr.espacefamille.domain.enrolment.SchoolRequestStatus;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.Grade;
import fr.espacefamille.domain.family.School;
import fr.espacefamille.domain.family.SchoolId;
import fr.espacefamille.domain.shared.Refusal;

/** A requester's own requests; staff's queue by state, school and grade with its counts (§8); the certificate's data. */
public final class ReadSchoolRequests {

    /** How many requests of the queue are counted at a school (null: « hors carte scolaire ») in a grade. */
    public record Count(SchoolId school, String schoolName, Grade grade, int requests) {
    }

    public record Queue(List<SchoolRequest> requests, List<Count> counts) {
    }

    /** What the certificate of enrolment prints. */
    public record Certificate(SchoolRequest request, School school, Family family) {
    }

    private final SchoolRequests requests;
    private final Schools schools;
    private final Families families;

    public ReadSchoolRequests(SchoolRequests requests, Schools schools, Families families) {
        this.requests = requests;
        this.schools = schools;
        this.families = families;
    }

    public List<SchoolRequest> own(Actor actor) {
        if (actor.isStaff()) {
            throw Refusals.refuse(Refusal.forbidden());
        }
        return requests.of(actor.accountId(), actor.familyId());
    }

    /** One request; another family's (or an unknown) id answers 404. */
    public SchoolRequest one(Actor actor, SchoolRequestId id) {
        return new SchoolRequestAccess(requests).reach(actor, id);
    }

    public Queue queue(Actor actor, SchoolRequestStatus status, SchoolId school, Grade grade) {
        actor.require(Role.SCHOOL_AGENT);
        List<SchoolRequest> found = requests.search(status, school, grade);
        Map<String, String> names = schools.all().stream().collect(Collectors.toMap(s -> s.id().toString(), School::name));
        Map<String, Count> counts = new TreeMap<>();
        for (SchoolRequest r : found) {
            String name = r.school() == null ? "Hors carte scolaire" : names.getOrDefault(r.school().toString(), "?");
            counts.merge(name + "|" + r.grade().ordinal(), new Count(r.school(), name, r.grade(), 1),
                    (a, b) -> new Count(a.school(), a.schoolName(), a.grade(), a.requests() + 1));
        }
        return new Queue(found, counts.values().stream()
                .sorted(Comparator.comparing(Count::schoolName).thenComparing(Count::grade)).toList());
    }

    /** The town's schools, for the forms' wished school and the staff's decision. */
    public List<School> schools() {
        return schools.all().stream().sorted(Comparator.comparing(School::name)).toList();
    }

    public Optional<School> school(SchoolId id) {
        return id == null ? Optional.empty() : schools.byId(id);
    }

    /** The certificate of an ACCEPTED request; 404 for any other (or another family's). */
    public Certificate certificate(Actor actor, SchoolRequestId id) {
        SchoolRequest request = one(actor, id);
        SchoolRequest.Acceptance accepted = request.accepted().orElseThrow(Refusals::notFound);
        return new Certificate(request, schools.byId(accepted.school()).orElseThrow(Refusals::notFound),
                families.byId(accepted.family()).orElseThrow(Refusals::notFound));
    }
}
