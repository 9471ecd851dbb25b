package fr.espacefamille.application.commission;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.commission.Applicant;
import fr.espacefamille.domain.commission.NurseryRequest;
import fr.espacefamille.domain.commission.NurseryRequestId;
import fr.espacefamille.domain.commission.NurseryRequestStatus;
import fr.espacefamille.domain.commission.RequestDocument;
import fr.espacefamille.domain.commission.ScoringGrid;
import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.nursery.DailyHours;
import fr.espacefamille.domain.nursery.WeeklySchedule;
import fr.espacefamille.domain.shared.Refusal;

/**
 * A guardian or an applicant account pre-registers a child for regular care (§9): a child of the
 * family, a new one, or one expected (then {@code AWAITING_BIRTH}). The grid's questions are
 * answered yes/no; for a family, what the portal knows overrides the answer (the family lives in
 * the town or not, a sibling has a contract on the wished start, a child of the family born the
 * same day). An applicant, of whom the portal knows nothing yet, says who they are and where they
 * live; their answers stand as given (« resident » included) until staff check them against the
 * documents. One pending request per child.
 */
public final class PreRegisterChild {

    /** The child: {@code childId} for a child of the family, else names with the birth or expected birth date. */
    public record ChildCommand(String firstName, String lastName, LocalDate birthDate, LocalDate expectedBirthDate, ChildId childId) {
    }

    /** An applicant account's person and home address (a guardian's family is known: none then). */
    public record ApplicantCommand(String firstName, String lastName, String phone, String line1, String line2, String postcode,
            String city) {
    }

    public record Command(ChildCommand child, LocalDate wishedStart, Map<DayOfWeek, DailyHours> schedule,
            Map<String, Boolean> answers, List<RequestDocument> documents, ApplicantCommand applicant) {

        /** A guardian's request. */
        public Command(ChildCommand child, LocalDate wishedStart, Map<DayOfWeek, DailyHours> schedule, Map<String, Boolean> answers,
                List<RequestDocument> documents) {
            this(child, wishedStart, schedule, answers, documents, null);
        }
    }

    static final Refusal DUPLICATE_REQUEST = Refusal.conflict("DUPLICATE_REQUEST",
            "Une pré-inscription est déjà en cours pour cet enfant.");
    static final Refusal NO_GRID = Refusal.rule("NO_SCORING_GRID",
            "Les pré-inscriptions ouvriront dès que la grille de critères sera publiée.");
    /** An expected birth further than this is not a pregnancy. */
    static final int MAX_MONTHS_BEFORE_BIRTH = 9;

    private final CommissionStores stores;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;

    public PreRegisterChild(CommissionContext context) {
        this.stores = context.stores();
        this.transactions = context.transactions();
        this.audit = context.audit();
        this.clock = context.clock();
    }

    public NurseryRequestView submit(Actor actor, Command command) {
        RequestAccess.requireRequester(actor);
        LocalDate today = LocalDate.now(clock);
        ScoringGrid grid = stores.grids().validOn(today).orElseThrow(() -> Refusals.refuse(NO_GRID));
        Family family = actor.family().isEmpty() ? null : stores.families().byId(actor.familyId()).orElseThrow(Refusals::notFound);
        Applicant applicant = family == null ? applicant(actor, command.applicant()) : null;
        ChildCommand child = command.child();
        if (child == null) {
            throw Refusals.invalid("child", "champ obligatoire");
        }
        Child known = child.childId() == null ? null
                : Optional.ofNullable(family).flatMap(f -> f.child(child.childId())).orElseThrow(Refusals::notFound);
        LocalDate birth = known != null ? known.birthDate() : child.birthDate();
        LocalDate expected = known != null ? null : child.expectedBirthDate();
        checkBirth(birth, expected, today);
        LocalDate start = command.wishedStart();
        if (start == null) {
            throw Refusals.invalid("wishedStart", "champ obligatoire");
        }
        if (!start.isAfter(today)) {
            throw Refusals.invalid("wishedStart", "la date d'entrée souhaitée doit être postérieure à aujourd'hui");
        }
        AgeLimits.check(birth != null ? birth : expected, start);
        WeeklySchedule schedule;
        try {
            schedule = new WeeklySchedule(command.schedule() == null ? Map.of() : command.schedule());
        } catch (IllegalArgumentException e) {
            throw Refusals.invalid("schedule", e.getMessage());
        }
        Map<String, Boolean> answers = answers(grid, command.answers());
        List<RequestDocument> documents = command.documents() == null ? List.of() : command.documents();
        for (int i = 0; i < documents.size(); i++) {
            RequestDocument given = documents.get(i);
            if (stores.documents().byId(given.document()).filter(d -> d.ownedBy(actor.familyId(), actor.accountId().value())).isEmpty()) {
                throw Refusals.invalid("documents[" + i + "].documentId", "document inconnu : déposez-le d'abord dans vos documents");
            }
        }
        if (family != null) {
            Known.of(stores, family, known, birth, start).apply(grid, answers);
        }
        NurseryRequest request = new NurseryRequest(NurseryRequestId.random(), actor.accountId(), family == null ? null : family.id(),
                known == null ? null : known.id(), known != null ? known.firstName() : child.firstName(),
                known != null ? known.lastName() : child.lastName(), birth, birth == null ? expected : null, start, schedule,
                answers, documents, birth == null ? NurseryRequestStatus.AWAITING_BIRTH : NurseryRequestStatus.OPEN,
                clock.instant(), applicant, List.of());
        return transactions.inTransaction(() -> {
            if (!stores.requests().add(request)) {
                throw Refusals.refuse(DUPLICATE_REQUEST);
            }
            audit.record(actor, "NURSERY_PREREGISTRATION_SUBMITTED", request.id(), null, AuditJson.of("child", request.childName(),
                    "birth", request.birthOrExpected(), "wishedStart", start, "status", request.status(), "answers", answers));
            return new Standings(stores, clock).of(request);
        });
    }

    /** Who applies, with the confirmed e-mail of their account: each missing or wrong field is named. */
    private Applicant applicant(Actor actor, ApplicantCommand given) {
        if (given == null) {
            throw Refusals.invalid("applicant", "indiquez vos nom, prénom et adresse");
        }
        String email = stores.accounts().byId(actor.accountId()).orElseThrow(Refusals::notFound).email();
        Address address;
        try {
            address = new Address(required(given.line1(), "applicant.address.line1"), given.line2(),
                    required(given.postcode(), "applicant.address.postcode"), required(given.city(), "applicant.address.city"));
        } catch (IllegalArgumentException e) {
            throw Refusals.invalid(e.getMessage().contains("postal") ? "applicant.address.postcode" : "applicant.address", e.getMessage());
        }
        try {
            return new Applicant(required(given.firstName(), "applicant.firstName"), required(given.lastName(), "applicant.lastName"),
                    email, given.phone(), address);
        } catch (IllegalArgumentException e) {
            throw Refusals.invalid("applicant", e.getMessage());
        }
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw Refusals.invalid(field, "champ obligatoire");
        }
        return value;
    }

    private static void checkBirth(LocalDate birth, LocalDate expected, LocalDate today) {
        if (birth == null && expected == null) {
            throw Refusals.invalid("child.birthDate", "indiquez la date de naissance ou la date prévue de naissance");
        }
        if (birth != null && expected != null) {
            throw Refusals.invalid("child.expectedBirthDate", "un enfant déjà né n'a pas de date prévue de naissance");
        }
        if (birth != null && birth.isAfter(today)) {
            throw Refusals.invalid("child.birthDate", "la date de naissance est dans le futur : indiquez la date prévue de naissance");
        }
        if (expected != null && expected.isBefore(today.minusMonths(1))) {
            throw Refusals.invalid("child.expectedBirthDate", "la naissance prévue est passée : indiquez la date de naissance");
        }
        if (expected != null && expected.isAfter(today.plusMonths(MAX_MONTHS_BEFORE_BIRTH))) {
            throw Refusals.invalid("child.expectedBirthDate", "la naissance est prévue dans plus de " + MAX_MONTHS_BEFORE_BIRTH + " mois");
        }
    }

    /** Each answer names a criterion of the grid; one not answered counts as « no ». */
    static Map<String, Boolean> answers(ScoringGrid grid, Map<String, Boolean> given) {
        Map<String, Boolean> answers = new HashMap<>();
        if (given != null) {
            given.forEach((code, yes) -> {
                if (grid.criterion(code).isEmpty()) {
                    throw Refusals.invalid("answers." + code, "critère inconnu de la grille");
                }
                answers.put(code, Boolean.TRUE.equals(yes));
            });
        }
        return answers;
    }

    /** What the portal knows of the family on the wished start, which overrides the family's answers. */
    record Known(boolean resident, boolean sibling, boolean twins) {

        static Known of(CommissionStores stores, Family family, Child child, LocalDate birth, LocalDate start) {
            boolean sibling = family.children().stream().filter(c -> child == null || !c.id().equals(child.id()))
                    .anyMatch(c -> stores.contracts().ofChild(c.id()).stream().anyMatch(k -> k.covers(start)));
            boolean twins = birth != null && family.children().stream()
                    .anyMatch(c -> (child == null || !c.id().equals(child.id())) && c.birthDate().equals(birth));
            return new Known(family.resident(), sibling, twins);
        }

        void apply(ScoringGrid grid, Map<String, Boolean> answers) {
            if (grid.criterion(ScoringGrid.RESIDENT).isPresent()) {
                answers.put(ScoringGrid.RESIDENT, resident);
            }
            if (grid.criterion(ScoringGrid.SIBLING_IN_NURSERY).isPresent()) {
                answers.put(ScoringGrid.SIBLING_IN_NURSERY, sibling);
            }
            if (twins && grid.criterion(ScoringGrid.TWINS).isPresent()) {
                answers.put(ScoringGrid.TWINS, true);
            }
        }
    }
}
