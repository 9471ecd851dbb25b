package fr.espacefamille.application.commission;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import fr.espacefamille.application.inmemory.MovableClock;
import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.audit.AuditEntry;
import fr.espacefamille.application.inmemory.InMemoryAccounts;
import fr.espacefamille.application.inmemory.InMemoryAuditLog;
import fr.espacefamille.application.inmemory.InMemoryCommissionSessions;
import fr.espacefamille.application.inmemory.InMemoryDocuments;
import fr.espacefamille.application.inmemory.InMemoryEnrolments;
import fr.espacefamille.application.inmemory.InMemoryFamilies;
import fr.espacefamille.application.inmemory.InMemoryMailer;
import fr.espacefamille.application.inmemory.InMemoryNurseryAbsences;
import fr.espacefamille.application.inmemory.InMemoryNurseryAttendances;
import fr.espacefamille.application.inmemory.InMemoryNurseryOffers;
import fr.espacefamille.application.inmemory.InMemoryNurseryRequests;
import fr.espacefamille.application.inmemory.InMemoryNurserySettings;
import fr.espacefamille.application.inmemory.InMemoryNurserySlots;
import fr.espacefamille.application.inmemory.InMemoryOccasionalBookings;
import fr.espacefamille.application.inmemory.InMemoryRegularContracts;
import fr.espacefamille.application.inmemory.InMemoryScoringGrids;
import fr.espacefamille.application.inmemory.InMemoryTransactions;
import fr.espacefamille.application.nursery.NurseryStores;
import fr.espacefamille.application.nursery.RegisterRegularContract;
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
import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.Guardian;
import fr.espacefamille.domain.family.GuardianId;
import fr.espacefamille.domain.family.Resources;
import fr.espacefamille.domain.nursery.DailyHours;

/**
 * The commission's use cases on the in-memory stores. Today is Monday 1 March 2027, 9:00 in Paris;
 * the demo grid is valid since 1 January 2026; sessions fill start dates of September 2027.
 */
final class CommissionWorld {

    static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    static final LocalDate SEPTEMBER = LocalDate.of(2027, 9, 1);

    final MovableClock clock = new MovableClock(OffsetDateTime.parse("2027-03-01T09:00:00+01:00").toInstant());
    final InMemoryTransactions tx = new InMemoryTransactions();
    final InMemoryFamilies families = new InMemoryFamilies(tx);
    final InMemoryDocuments documents = new InMemoryDocuments(tx);
    final InMemoryAccounts accounts = new InMemoryAccounts(tx);
    final InMemoryAuditLog auditLog = new InMemoryAuditLog(tx);
    final InMemoryMailer mailer = new InMemoryMailer();
    final Audit audit = new Audit(auditLog, clock);
    final NurseryStores nursery = new NurseryStores(new InMemoryNurserySettings(tx), new InMemoryNurserySlots(tx),
            new InMemoryOccasionalBookings(tx), new InMemoryRegularContracts(tx), new InMemoryNurseryAbsences(tx),
            new InMemoryNurseryAttendances(tx), families, new InMemoryEnrolments(tx));
    final CommissionStores stores = new CommissionStores(new InMemoryScoringGrids(tx), new InMemoryNurseryRequests(tx),
            new InMemoryCommissionSessions(tx), new InMemoryNurseryOffers(tx), families, nursery.contracts(), documents,
            accounts);
    final CommissionContext context = new CommissionContext(stores, tx, audit, mailer, clock, "https://famille.donges.fr/");

    final Actor agent = new Actor(AccountId.random(), "agent.creche", Role.NURSERY_AGENT, null, null);
    final RegisterRegularContract registerContract = new RegisterRegularContract(nursery, tx, audit, clock);
    final PreRegisterChild preRegister = new PreRegisterChild(context);
    final RecordBirth recordBirth = new RecordBirth(context);
    final ConfirmNurseryRequest confirm = new ConfirmNurseryRequest(context);
    final ExpireOffers expireOffers = new ExpireOffers(context);
    final ReadNurseryRequests readRequests = new ReadNurseryRequests(context, expireOffers);
    final AnswerOffer answer = new AnswerOffer(context, registerContract);
    final SetScoringGrid setGrid = new SetScoringGrid(context);
    final OpenCommissionSession openSession = new OpenCommissionSession(context);
    final ReadCommissionSessions readSessions = new ReadCommissionSessions(context, expireOffers);
    final AllocateSession allocate = new AllocateSession(context, readSessions);

    CommissionWorld() {
        stores.grids().save(ScoringGrid.example(LocalDate.of(2026, 1, 1)));
    }

    /** A family living in Donges (or not) with one guardian, and that guardian's account. */
    record Household(Family family, Actor parent) {
    }

    Household family(String name, boolean resident, Child... children) {
        Guardian guardian = new Guardian(GuardianId.random(), "Claire", name, name.toLowerCase() + "@example.fr", null);
        Family family = new Family(FamilyId.random(), name, new Address("1 rue de la Loire", null, "44480", "Donges"), resident,
                List.of(), Resources.UNDECLARED, false, List.of(guardian), Arrays.asList(children));
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
        return auditLog.between(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), 10_000);
    }

    List<String> mailSubjectsTo(String address) {
        List<String> subjects = new ArrayList<>();
        mailer.sent().stream().filter(m -> m.to().equals(address)).forEach(m -> subjects.add(m.subject()));
        return subjects;
    }
}
