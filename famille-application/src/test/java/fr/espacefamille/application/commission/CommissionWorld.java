package fr.espacefamille.application.commission;

import static fr.espacefamille.application.testdata.FamilyBuilder.aFamily;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import fr.espacefamille.application.audit.AuditEntry;
import fr.espacefamille.application.inmemory.InMemoryAccounts;
import fr.espacefamille.application.inmemory.InMemoryDocuments;
import fr.espacefamille.application.inmemory.InMemoryEspaceFamille;
import fr.espacefamille.application.inmemory.InMemoryFamilies;
import fr.espacefamille.application.inmemory.MovableClock;
import fr.espacefamille.application.nursery.NurseryStores;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.account.Username;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.commission.AgeGroup;
import fr.espacefamille.domain.commission.CommissionSession;
import fr.espacefamille.domain.commission.Ranking;
import fr.espacefamille.domain.commission.ScoringGrid;
import fr.espacefamille.domain.commission.SessionId;
import fr.espacefamille.domain.document.Document;
import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.document.DocumentKind;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.Guardian;
import fr.espacefamille.domain.nursery.DailyHours;

/**
 * The commission's use cases on the in-memory stores. Today is Monday 1 March 2027, 9:00 in Paris;
 * the demo grid is valid since 1 January 2026; sessions fill start dates of September 2027.
 */
final class CommissionWorld {

    static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    static final LocalDate SEPTEMBER = LocalDate.of(2027, 9, 1);

    final MovableClock clock = new MovableClock(OffsetDateTime.parse("2027-03-01T09:00:00+01:00").toInstant());
    final InMemoryEspaceFamille town = InMemoryEspaceFamille.start(clock);
    final InMemoryFamilies families = town.stores().families();
    final InMemoryDocuments documents = town.stores().documents();
    final NurseryStores nursery = town.stores().nursery();
    final CommissionStores stores = town.stores().commission();
    final InMemoryAccounts accounts = town.stores().accounts();

    final Actor agent = new Actor(AccountId.random(), "agent.creche", Role.NURSERY_AGENT, null, null);
    final PreRegisterChild preRegister = town.commission().preRegister();
    final RecordBirth recordBirth = town.commission().recordBirth();
    final ConfirmNurseryRequest confirm = town.commission().confirm();
    final ExpireOffers expireOffers = town.commission().expireOffers();
    final ReadNurseryRequests readRequests = town.commission().readRequests();
    final AnswerOffer answer = town.commission().answerOffer();
    final SetScoringGrid setGrid = town.commission().setGrid();
    final OpenCommissionSession openSession = town.commission().openSession();
    final ReadCommissionSessions readSessions = town.commission().readSessions();
    final AllocateSession allocate = town.commission().allocate();

    CommissionWorld() {
        stores.grids().save(ScoringGrid.example(LocalDate.of(2026, 1, 1)));
    }

    /** A family living in Donges (or not) with one guardian, and that guardian's account. */
    record Household(Family family, Actor parent) {
    }

    Household family(String name, boolean resident, Child... children) {
        Family family = aFamily(name).resident(resident).withGuardian("Claire", name.toLowerCase() + "@example.fr")
                .withChildren(Arrays.asList(children)).build();
        Guardian guardian = family.guardians().get(0);
        families.add(family);
        return new Household(family, new Actor(AccountId.random(), name.toLowerCase(), Role.PARENT, family.id(), guardian.id()));
    }

    /** An applicant account (no family yet, its e-mail confirmed) and the actor it signs in as. */
    Actor applicant(String username) {
        Account account = new Account(AccountId.random(), new Username(username), username + "@example.fr", "hash", Role.APPLICANT,
                null, null, clock.instant());
        accounts.add(account);
        return new Actor(account.id(), username, Role.APPLICANT, null, null);
    }

    static PreRegisterChild.ApplicantCommand livingAt(String firstName, String lastName, String postcode, String city) {
        return new PreRegisterChild.ApplicantCommand(firstName, lastName, "0612345678", "3 rue des Écoles", null, postcode, city);
    }

    static Child child(String firstName, String lastName, LocalDate birth) {
        return new Child(ChildId.random(), firstName, lastName, birth, null, null);
    }

    static Map<DayOfWeek, DailyHours> weekdays(String arrival, String departure) {
        DailyHours hours = new DailyHours(LocalTime.parse(arrival), LocalTime.parse(departure));
        return Map.of(DayOfWeek.MONDAY, hours, DayOfWeek.TUESDAY, hours, DayOfWeek.THURSDAY, hours, DayOfWeek.FRIDAY, hours);
    }

    /** A born child of the household's family (not yet known to the town), starting in September, with these « yes » answers. */
    NurseryRequestView request(Household household, String firstName, LocalDate birth, String... yes) {
        return preRegister.submit(household.parent(), command(firstName, household.family().name(), birth, null, SEPTEMBER, yes));
    }

    static PreRegisterChild.Command command(String firstName, String lastName, LocalDate birth, LocalDate expected,
            LocalDate start, String... yes) {
        Map<String, Boolean> answers = new java.util.HashMap<>();
        for (String code : yes) {
            answers.put(code, true);
        }
        return new PreRegisterChild.Command(new PreRegisterChild.ChildCommand(firstName, lastName, birth, expected, null), start,
                weekdays("08:30", "17:30"), answers, List.of());
    }

    CommissionSession session(int baby, int middle, int toddler) {
        return openSession.open(agent, new OpenCommissionSession.Command(TODAY.plusDays(20), SEPTEMBER, SEPTEMBER.plusMonths(3).minusDays(1),
                TODAY.plusDays(14), Map.of(AgeGroup.BABY, baby, AgeGroup.MIDDLE, middle, AgeGroup.TODDLER, toddler), null));
    }

    SessionView allocate(SessionId session, Ranking.Override... overrides) {
        return allocate.allocate(agent, session, List.of(overrides));
    }

    /** A document an applicant account uploaded (it owns it until it has a family). */
    Document document(Actor applicant, DocumentKind kind) {
        Document document = new Document(DocumentId.random(), null, kind, "acte.pdf", "application/pdf", 1000, clock.instant(),
                "stored-" + DocumentId.random(), applicant.accountId().value());
        documents.add(document);
        return document;
    }

    Document document(Household household, DocumentKind kind) {
        Document document = new Document(DocumentId.random(), household.family().id(), kind, "acte.pdf", "application/pdf", 1000,
                clock.instant(), "stored-" + DocumentId.random());
        documents.add(document);
        return document;
    }

    List<AuditEntry> audit() {
        return town.stores().auditLog().between(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), 10_000);
    }

    List<String> mailSubjectsTo(String address) {
        List<String> subjects = new ArrayList<>();
        town.sentMails().stream().filter(m -> m.to().equals(address)).forEach(m -> subjects.add(m.subject()));
        return subjects;
    }
}
