package fr.espacefamille.application.enrolment;

import static fr.espacefamille.application.InMemoryPortal.AGENT;
import static fr.espacefamille.application.InMemoryPortal.STRONG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.espacefamille.application.InMemoryPortal;
import fr.espacefamille.application.account.Authenticate;
import fr.espacefamille.application.account.CreateApplicantAccount;
import fr.espacefamille.application.account.SignIn;
import fr.espacefamille.application.family.CreateFamily;
import fr.espacefamille.application.inmemory.InMemoryEspaceFamille;
import fr.espacefamille.application.inmemory.InMemorySchools;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.calendar.SchoolYear;
import fr.espacefamille.domain.calendar.SchoolYearLabel;
import fr.espacefamille.domain.document.Document;
import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.document.DocumentKind;
import fr.espacefamille.domain.enrolment.SchoolRequest;
import fr.espacefamille.domain.enrolment.SchoolRequestForm.RequestDocument;
import fr.espacefamille.domain.enrolment.SchoolRequestForm.RequestGuardian;
import fr.espacefamille.domain.enrolment.SchoolRequestForm.RequestedChild;
import fr.espacefamille.domain.enrolment.SchoolRequestForm;
import fr.espacefamille.domain.enrolment.SchoolRequestStatus;
import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.Grade;
import fr.espacefamille.domain.family.School;
import fr.espacefamille.domain.family.SchoolId;
import fr.espacefamille.domain.family.ChildService;
import fr.espacefamille.domain.shared.RefusedException;

/** The enrolment requests of §8 on in-memory stores: rules, states, decisions, acceptance. */
class SchoolRequestsTest {

    static final SchoolYearLabel YEAR = new SchoolYearLabel(2027);
    static final LocalDate TODAY = LocalDate.of(2026, 9, 7);

    private final InMemoryPortal portal = new InMemoryPortal();
    private final InMemorySchools schools = portal.town.stores().schools();
    private final InMemoryEspaceFamille.SchoolEnrolment enrolment = portal.town.schoolEnrolment();
    private final OpenEnrolmentCampaign openCampaign = enrolment.openCampaign();
    private final ManageSchoolSectors sectorMap = enrolment.sectors();
    private final SubmitSchoolRequest submit = enrolment.submit();
    private final WithdrawSchoolRequest withdraw = enrolment.withdraw();
    private final ReadSchoolRequests read = enrolment.read();
    private final DecideSchoolRequest decide = enrolment.decide();

    private final School brassens = new School(SchoolId.random(), "École Georges-Brassens", null);
    private final School prevert = new School(SchoolId.random(), "École Jacques-Prévert", null);
    private Actor nadia;

    @BeforeEach
    void town() {
        schools.add(brassens);
        schools.add(prevert);
        portal.town.stores().schoolYears().save(new SchoolYear(YEAR, LocalDate.of(2027, 9, 1), LocalDate.of(2028, 7, 5), null, List.of(), new TreeSet<>()));
        openCampaign.open(AGENT, YEAR, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 31));
        sectorMap.upload(AGENT, "street;from;to;side;school\nRue de la Loire;1;99;ODD;École Georges-Brassens\n"
                + "rue de la loire;2;98;EVEN;Ecole Jacques-Prevert\n");
        nadia = applicant("nadia.b");
    }

    /** A confirmed applicant account, signed in. */
    private Actor applicant(String username) {
        return applicant(username, username + "@example.fr");
    }

    private Actor applicant(String username, String email) {
        portal.createApplicant.create(new CreateApplicantAccount.Command(username, STRONG, email));
        Account account = portal.accounts.byLogin(username).get(0);
        portal.emailConfirmations.consume(portal.emailConfirmations.of(account.id()).orElseThrow().digest());
        return Authenticate.actorOf(account);
    }

    private DocumentId upload(Actor owner, DocumentKind kind) {
        DocumentId id = DocumentId.random();
        portal.documents.add(new Document(id, owner.familyId(), kind, "piece.pdf", "application/pdf", 1000,
                portal.clock.instant(), "s-" + id, owner.familyId() == null ? owner.accountId().value() : null));
        return id;
    }

    private List<RequestDocument> documents(Actor owner, LocalDate proofIssuedOn) {
        return List.of(new RequestDocument(upload(owner, DocumentKind.PROOF_OF_ADDRESS), DocumentKind.PROOF_OF_ADDRESS, proofIssuedOn),
                new RequestDocument(upload(owner, DocumentKind.FAMILY_RECORD), DocumentKind.FAMILY_RECORD, null));
    }

    private SchoolRequestForm form(Actor owner, String line1, LocalDate birth, Grade grade, String gradeReason,
            List<RequestDocument> docs) {
        return new SchoolRequestForm(YEAR, new RequestedChild("Inès", "Benali", birth, null), grade, gradeReason,
                new Address(line1, null, "44480", "Donges"),
                List.of(new RequestGuardian("Nadia", "Benali", "nadia@example.fr", "06 00 00 00 01"),
                        new RequestGuardian("Karim", "Benali", "karim@example.fr", null)),
                false, true, null, null, null, docs);
    }

    private SchoolRequestForm form(Actor owner) {
        return form(owner, "12 bis rue de la Loire", LocalDate.of(2021, 5, 4), null, null, documents(owner, TODAY.minusMonths(1)));
    }

    private static String code(Runnable action) {
        try {
            action.run();
        } catch (RefusedException e) {
            return e.refusal().code();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void the_summary_s_preview_checks_every_rule_but_files_nothing() {
        int mailsBefore = portal.town.sentMails().size();
        SchoolRequest preview = submit.preview(nadia, form(nadia));

        assertThat(preview.grade()).isEqualTo(Grade.CP);
        assertThat(preview.sectorSchool()).isEqualTo(prevert.id());
        assertThat(portal.town.stores().schoolRequests().search(null, null, null)).isEmpty();
        assertThat(portal.town.sentMails()).hasSize(mailsBefore);
        assertThat(code(() -> submit.preview(nadia, form(nadia, "3 rue de la Loire", LocalDate.of(2021, 1, 1), null, null,
                documents(nadia, TODAY.minusMonths(4)))))).isEqualTo("DOCUMENT_TOO_OLD");
    }

    @Test
    void staff_may_accept_without_the_canteen_the_family_asked_for() {
        SchoolRequest request = submit.submit(nadia, form(nadia));

        SchoolRequest accepted = decide.decide(AGENT, request.id(), new DecideSchoolRequest.Accept(null, null, false));

        assertThat(portal.town.stores().enrolments().ofChild(accepted.accepted().orElseThrow().child())).isEmpty();
    }

    @Test
    void a_request_gets_the_grade_of_the_age_and_the_sector_school_of_the_address() {
        SchoolRequest request = submit.submit(nadia, form(nadia));

        assertThat(request.status()).isEqualTo(SchoolRequestStatus.SUBMITTED);
        assertThat(request.grade()).isEqualTo(Grade.CP);
        assertThat(request.sectorSchool()).as("12 bis counts as 12, even side").isEqualTo(prevert.id());
        assertThat(request.derogation()).isFalse();
        assertThat(request.outOfSectorMap()).isFalse();
        assertThat(portal.sentMails()).last().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo("nadia.b@example.fr");
            assertThat(mail.text()).contains("Inès Benali", "déposée");
        });
        assertThat(portal.audit("SCHOOL_REQUEST_SUBMITTED")).hasSize(1);
    }

    @Test
    void outside_the_campaign_parents_are_refused_but_staff_may_record_a_request() {
        portal.clock.advance(java.time.Duration.ofDays(120));

        assertThat(code(() -> submit.submit(nadia, form(nadia)))).isEqualTo("CAMPAIGN_CLOSED");
        Actor agent = new Actor(portal.accounts.byLogin("nadia.b").get(0).id(), "agent", Role.SCHOOL_AGENT, null, null);
        LocalDate later = LocalDate.now(portal.clock);
        assertThat(submit.submit(agent, form(agent, "3 rue de la Loire", LocalDate.of(2021, 1, 1), null, null,
                documents(agent, later))).status()).isEqualTo(SchoolRequestStatus.SUBMITTED);
    }

    @Test
    void age_grade_change_documents_and_derogation_rules() {
        assertThat(code(() -> submit.submit(nadia, form(nadia, "3 rue de la Loire", LocalDate.of(2025, 1, 1), null, null,
                documents(nadia, TODAY))))).isEqualTo("AGE_OUT_OF_RANGE");
        assertThat(code(() -> submit.submit(nadia, form(nadia, "3 rue de la Loire", LocalDate.of(2021, 1, 1), Grade.CE2, "avance",
                documents(nadia, TODAY))))).isEqualTo("VALIDATION_FAILED");
        assertThat(code(() -> submit.submit(nadia, form(nadia, "3 rue de la Loire", LocalDate.of(2021, 1, 1), Grade.GS, null,
                documents(nadia, TODAY))))).as("a change needs a reason").isEqualTo("VALIDATION_FAILED");
        assertThat(code(() -> submit.submit(nadia, form(nadia, "3 rue de la Loire", LocalDate.of(2021, 1, 1), null, null,
                documents(nadia, TODAY.minusMonths(3).minusDays(1)))))).isEqualTo("DOCUMENT_TOO_OLD");
        assertThat(code(() -> submit.submit(nadia, form(nadia, "3 rue de la Loire", LocalDate.of(2021, 1, 1), null, null,
                documents(nadia, TODAY).subList(0, 1))))).isEqualTo("MISSING_DOCUMENT");
        SchoolRequestForm separated = new SchoolRequestForm(YEAR, new RequestedChild("Inès", "Benali", LocalDate.of(2021, 1, 1), null),
                null, null, new Address("3 rue de la Loire", null, "44480", "Donges"),
                List.of(new RequestGuardian("Nadia", "Benali", null, null)), true, false, null, null, null, documents(nadia, TODAY));
        assertThat(code(() -> submit.submit(nadia, separated))).as("parental authority").isEqualTo("MISSING_DOCUMENT");
        SchoolRequestForm otherOwner = form(nadia, "3 rue de la Loire", LocalDate.of(2021, 1, 1), null, null,
                documents(applicant("omar.c"), TODAY));
        assertThat(code(() -> submit.submit(nadia, otherOwner))).as("another account's documents").isEqualTo("VALIDATION_FAILED");

        SchoolRequest changed = submit.submit(nadia, form(nadia, "3 rue de la Loire", LocalDate.of(2021, 1, 1), Grade.GS,
                "née en fin d'année", documents(nadia, TODAY.minusMonths(3))));
        assertThat(changed.grade()).isEqualTo(Grade.GS);
        assertThat(changed.sectorSchool()).isEqualTo(brassens.id());
    }

    @Test
    void a_wished_school_other_than_the_sector_school_is_a_derogation_with_its_reason() {
        SchoolRequestForm base = form(nadia);
        SchoolRequestForm noReason = new SchoolRequestForm(YEAR, base.child(), null, null, base.address(), base.guardians(),
                false, false, brassens.id(), null, null, base.documents());
        assertThat(code(() -> submit.submit(nadia, noReason))).isEqualTo("VALIDATION_FAILED");

        SchoolRequest request = submit.submit(nadia, new SchoolRequestForm(YEAR, base.child(), null, null, base.address(),
                base.guardians(), false, false, brassens.id(), fr.espacefamille.domain.enrolment.DerogationReason.WORK,
                "Je travaille à côté", base.documents()));
        assertThat(request.derogation()).isTrue();
        assertThat(request.school()).isEqualTo(brassens.id());
    }

    @Test
    void an_address_off_the_map_is_flagged_and_acceptance_then_needs_a_school() {
        SchoolRequest request = submit.submit(nadia, form(nadia, "Impasse des Hérons", LocalDate.of(2021, 1, 1), null, null,
                documents(nadia, TODAY)));
        assertThat(request.outOfSectorMap()).isTrue();

        assertThat(code(() -> decide.decide(AGENT, request.id(), new DecideSchoolRequest.Accept(null, null))))
                .isEqualTo("VALIDATION_FAILED");
        assertThat(decide.decide(AGENT, request.id(), new DecideSchoolRequest.Accept(brassens.id(), null)).status())
                .isEqualTo(SchoolRequestStatus.ACCEPTED);
    }

    @Test
    void a_second_open_request_for_the_same_child_and_year_is_a_duplicate_whoever_files_it() {
        SchoolRequest first = submit.submit(nadia, form(nadia));
        SchoolRequestForm again = new SchoolRequestForm(YEAR, new RequestedChild("INES", "benali", LocalDate.of(2021, 5, 4), null),
                null, null, first.form().address(), first.form().guardians(), false, false, null, null, null, documents(nadia, TODAY));
        assertThat(code(() -> submit.submit(nadia, again))).isEqualTo("DUPLICATE_REQUEST");

        Actor omar = applicant("omar.c");
        assertThat(code(() -> submit.submit(omar, form(omar)))).as("the other parent's account").isEqualTo("DUPLICATE_REQUEST");
        decide.decide(AGENT, first.id(), new DecideSchoolRequest.Incomplete("Il manque le livret de famille."));
        assertThat(code(() -> submit.submit(nadia, again))).as("an incomplete request is still open").isEqualTo("DUPLICATE_REQUEST");
        assertThat(read.own(nadia)).hasSize(1);
    }

    @Test
    void a_withdrawn_request_resubmitted_is_refused_but_the_child_may_be_asked_again_in_a_new_request() {
        SchoolRequest first = submit.submit(nadia, form(nadia));
        assertThat(withdraw.withdraw(nadia, first.id()).status()).isEqualTo(SchoolRequestStatus.WITHDRAWN);

        assertThat(code(() -> submit.resubmit(nadia, first.id(), form(nadia)))).as("a withdrawn request stays withdrawn")
                .isEqualTo("NOT_EDITABLE");
        assertThat(code(() -> withdraw.withdraw(nadia, first.id()))).isEqualTo("NOT_EDITABLE");
        assertThat(code(() -> decide.decide(AGENT, first.id(), new DecideSchoolRequest.Accept(null, null)))).isEqualTo("NOT_EDITABLE");
        assertThat(read.one(nadia, first.id()).status()).isEqualTo(SchoolRequestStatus.WITHDRAWN);

        SchoolRequest again = submit.submit(nadia, form(nadia));
        assertThat(again.status()).isEqualTo(SchoolRequestStatus.SUBMITTED);
        assertThat(again.id()).isNotEqualTo(first.id());
    }

    @Test
    void an_address_with_no_number_takes_the_school_of_a_street_that_has_only_one_else_is_off_the_map() {
        sectorMap.upload(AGENT, "street;from;to;side;school\nRue de la Loire;1;99;ODD;École Georges-Brassens\n"
                + "rue de la loire;2;98;EVEN;Ecole Jacques-Prevert\nAllée des Hérons;1;40;ALL;École Jacques-Prévert\n");

        SchoolRequest split = submit.submit(nadia, form(nadia, "Rue de la Loire", LocalDate.of(2021, 5, 4), null, null,
                documents(nadia, TODAY)));
        assertThat(split.sectorSchool()).as("a street split between schools needs the number").isNull();
        assertThat(split.outOfSectorMap()).isTrue();
        assertThat(split.status()).isEqualTo(SchoolRequestStatus.SUBMITTED);
        Actor omar = applicant("omar.c");
        SchoolRequest whole = submit.submit(omar, form(omar, "allee des herons", LocalDate.of(2020, 5, 4), null, null,
                documents(omar, TODAY)));
        assertThat(whole.sectorSchool()).isEqualTo(prevert.id());
        assertThat(whole.outOfSectorMap()).isFalse();
        assertThat(sectorMap.lookup("Rue de la Loire")).isEmpty();
    }

    @Test
    void incomplete_then_completed_then_accepted_with_its_history_and_a_mail_at_every_step() {
        SchoolRequest request = submit.submit(nadia, form(nadia));
        assertThat(code(() -> submit.resubmit(nadia, request.id(), form(nadia)))).as("only when INCOMPLETE").isEqualTo("NOT_EDITABLE");

        SchoolRequest incomplete = decide.decide(AGENT, request.id(), new DecideSchoolRequest.Incomplete("Il manque le livret de famille."));
        assertThat(incomplete.status()).isEqualTo(SchoolRequestStatus.INCOMPLETE);
        assertThat(portal.sentMails()).last().satisfies(mail -> assertThat(mail.text()).contains("à compléter",
                "Il manque le livret de famille."));
        assertThat(code(() -> decide.decide(AGENT, request.id(), new DecideSchoolRequest.Accept(null, null))))
                .isEqualTo("NOT_EDITABLE");

        SchoolRequest resubmitted = submit.resubmit(nadia, request.id(), form(nadia));
        assertThat(resubmitted.status()).isEqualTo(SchoolRequestStatus.SUBMITTED);
        SchoolRequest accepted = decide.decide(AGENT, request.id(), new DecideSchoolRequest.Accept(null, null));

        assertThat(accepted.history()).extracting(SchoolRequest.StatusChange::status).containsExactly(SchoolRequestStatus.SUBMITTED,
                SchoolRequestStatus.INCOMPLETE, SchoolRequestStatus.SUBMITTED, SchoolRequestStatus.ACCEPTED);
        assertThat(portal.sentMails().stream().filter(m -> m.to().equals("nadia.b@example.fr") && m.text().contains("Inès")))
                .hasSize(4);
        assertThat(code(() -> withdraw.withdraw(nadia, request.id()))).isEqualTo("NOT_EDITABLE");
        assertThat(portal.audit("SCHOOL_REQUEST_ACCEPTED")).hasSize(1);
    }

    @Test
    void every_step_is_audited_with_who_made_it() {
        SchoolRequest request = submit.submit(nadia, form(nadia));
        Actor omar = applicant("omar.c");
        SchoolRequest withdrawn = submit.submit(omar, form(omar, "3 rue de la Loire", LocalDate.of(2020, 1, 1), null, null,
                documents(omar, TODAY)));
        withdraw.withdraw(omar, withdrawn.id());
        SchoolRequest refused = submit.submit(omar, form(omar, "3 rue de la Loire", LocalDate.of(2019, 1, 1), null, null,
                documents(omar, TODAY)));
        decide.decide(AGENT, refused.id(), new DecideSchoolRequest.Refuse("Hors commune."));
        decide.decide(AGENT, request.id(), new DecideSchoolRequest.Incomplete("Il manque le livret de famille."));
        submit.resubmit(nadia, request.id(), form(nadia));
        decide.decide(AGENT, request.id(), new DecideSchoolRequest.Accept(null, null));

        for (String action : List.of("ENROLMENT_CAMPAIGN_SET", "SCHOOL_SECTORS_REPLACED")) {
            assertThat(portal.audit(action)).as(action).singleElement().satisfies(e -> assertThat(e.actor()).isEqualTo("agent.ecole"));
        }
        assertThat(portal.audit("APPLICANT_ACCOUNT_CREATED")).hasSize(2); // the confirmation's audit: ApplicantAccountTest
        assertThat(portal.audit("SCHOOL_REQUEST_SUBMITTED")).extracting(e -> e.actor()).containsExactly("nadia.b", "omar.c", "omar.c");
        assertThat(portal.audit("SCHOOL_REQUEST_RESUBMITTED")).extracting(e -> e.actor()).containsExactly("nadia.b");
        assertThat(portal.audit("SCHOOL_REQUEST_WITHDRAWN")).extracting(e -> e.actor()).containsExactly("omar.c");
        for (String action : List.of("SCHOOL_REQUEST_INCOMPLETE", "SCHOOL_REQUEST_ACCEPTED", "SCHOOL_REQUEST_REFUSED", "FAMILY_CREATED",
                "CANTEEN_ENROLMENT_CREATED")) {
            assertThat(portal.audit(action)).as(action).singleElement().satisfies(e -> assertThat(e.actor()).isEqualTo("agent.ecole"));
        }
        assertThat(portal.audit("SCHOOL_REQUEST_ACCEPTED").get(0).before()).contains("SUBMITTED");
        assertThat(portal.audit("SCHOOL_REQUEST_ACCEPTED").get(0).after()).contains("ACCEPTED", "CP");
    }

    @Test
    void accepting_an_applicant_s_request_makes_a_family_whose_first_guardian_is_the_applicant() {
        SchoolRequest request = submit.submit(nadia, form(nadia));

        SchoolRequest accepted = decide.decide(AGENT, request.id(), new DecideSchoolRequest.Accept(null, null));

        SchoolRequest.Acceptance done = accepted.accepted().orElseThrow();
        assertThat(done.school()).isEqualTo(prevert.id());
        assertThat(done.grade()).isEqualTo(Grade.CP);
        assertThat(done.certificateNumber()).isEqualTo("CI-2027-000001");
        Family family = portal.families.byId(done.family()).orElseThrow();
        assertThat(family.name()).isEqualTo("Benali");
        assertThat(family.guardians()).extracting(g -> g.firstName()).containsExactly("Nadia", "Karim");
        assertThat(family.child(done.child()).orElseThrow().schoolId()).isEqualTo(prevert.id());
        Account account = portal.accounts.byLogin("nadia.b").get(0);
        assertThat(account.role()).isEqualTo(Role.PARENT);
        assertThat(account.guardianId()).isEqualTo(family.guardians().get(0).id());
        assertThat(portal.documents.ofFamily(family.id())).hasSize(2);
        assertThat(portal.town.stores().enrolments().ofChild(done.child())).extracting(e -> e.service()).containsExactly(ChildService.CANTEEN);
        Actor parent = fr.espacefamille.application.account.Authenticate.actorOf(account);
        assertThat(read.certificate(parent, request.id()).school()).isEqualTo(prevert);
        assertThat(portal.signIn.signIn(new SignIn.Command("nadia.b", STRONG)).role()).isEqualTo(Role.PARENT);
        // the second guardian has no account: staff print their key letter, and only theirs
        assertThat(portal.town.families().reissueKey().forFamily(AGENT, family.id())).singleElement().satisfies(letter -> {
            assertThat(letter.guardian().firstName()).isEqualTo("Karim");
            assertThat(letter.family().id()).isEqualTo(family.id());
        });
    }

    @Test
    void a_guardian_s_request_adds_the_child_to_the_family_and_numbers_follow_each_other() {
        CreateFamily.Result martin = portal.martin();
        Actor claire = Authenticate.actorOf(portal.activateFirst(martin, "claire.m"));
        SchoolRequest first = submit.submit(nadia, form(nadia));
        SchoolRequest second = submit.submit(claire, new SchoolRequestForm(YEAR, new RequestedChild("Tom", "Martin",
                LocalDate.of(2023, 2, 2), null), null, null, new Address("5 rue de la Loire", null, "44480", "Donges"),
                List.of(new RequestGuardian("Claire", "Martin", null, null)), false, false, null, null, null, documents(claire, TODAY)));
        assertThat(second.grade()).isEqualTo(Grade.MS);

        decide.decide(AGENT, first.id(), new DecideSchoolRequest.Accept(null, null));
        SchoolRequest accepted = decide.decide(AGENT, second.id(), new DecideSchoolRequest.Accept(null, Grade.GS));

        assertThat(accepted.accepted().orElseThrow().certificateNumber()).isEqualTo("CI-2027-000002");
        assertThat(accepted.accepted().orElseThrow().family()).isEqualTo(martin.id());
        assertThat(portal.families.byId(martin.id()).orElseThrow().children()).extracting(c -> c.firstName())
                .containsExactly("Léa", "Tom");
        assertThat(read.own(claire)).extracting(SchoolRequest::id).containsExactly(second.id());
        assertThat(code(() -> read.one(claire, first.id()))).as("another family's request").isEqualTo("NOT_FOUND");
        assertThat(code(() -> read.certificate(claire, first.id()))).isEqualTo("NOT_FOUND");
        assertThat(read.queue(AGENT, SchoolRequestStatus.ACCEPTED, null, null).counts())
                .extracting(c -> c.schoolName() + " " + c.grade() + " " + c.requests())
                .containsExactly("École Georges-Brassens GS 1", "École Jacques-Prévert CP 1");
    }

    @Test
    void a_child_already_enrolled_in_a_school_of_the_town_for_the_year_is_refused() {
        SchoolRequest request = submit.submit(nadia, form(nadia));
        decide.decide(AGENT, request.id(), new DecideSchoolRequest.Accept(null, null));
        Actor omar = applicant("omar.c");

        assertThat(code(() -> submit.submit(omar, form(omar)))).isEqualTo("ALREADY_ENROLLED");
        Actor counter = new Actor(portal.accounts.byLogin("omar.c").get(0).id(), "agent", Role.SCHOOL_AGENT, null, null);
        assertThat(code(() -> submit.submit(counter, form(counter)))).as("at the counter too").isEqualTo("ALREADY_ENROLLED");
        assertThat(read.queue(AGENT, null, null, null).requests()).hasSize(1);
    }

    @Test
    void an_applicant_who_already_has_a_family_account_is_sent_to_the_family_s_space() {
        CreateFamily.Result martin = portal.martin();
        portal.activateFirst(martin, "claire.m");
        SchoolRequestForm paul = new SchoolRequestForm(YEAR, new RequestedChild("Paul", "Martin", LocalDate.of(2022, 2, 2), null),
                null, null, new Address("12 rue de la Loire", null, "44480", "Donges"),
                List.of(new RequestGuardian("Claire", "Martin", null, null)), false, false, null, null, null, documents(nadia, TODAY));

        Actor sameEmail = applicant("claire.demande", "Claire.M@example.fr");
        assertThat(code(() -> submit.submit(sameEmail, withDocuments(paul, sameEmail)))).as("the family account's email")
                .isEqualTo("FAMILY_ALREADY_KNOWN");
        Actor other = applicant("claire.autre", "claire.perso@example.fr");
        SchoolRequestForm guardianEmail = new SchoolRequestForm(YEAR, paul.child(), null, null, paul.address(),
                List.of(new RequestGuardian("Claire", "Martin", "claire@example.fr", null)), false, false, null, null, null,
                documents(other, TODAY));
        assertThat(code(() -> submit.submit(other, guardianEmail))).as("a guardian's email the family has").isEqualTo("FAMILY_ALREADY_KNOWN");
        SchoolRequestForm lea = new SchoolRequestForm(YEAR, new RequestedChild("Léa", "Martin", LocalDate.of(2018, 3, 14), null),
                null, null, paul.address(), paul.guardians(), false, false, null, null, null, documents(other, TODAY));
        assertThat(code(() -> submit.submit(other, lea))).as("a child the family has").isEqualTo("FAMILY_ALREADY_KNOWN");
        assertThat(portal.town.stores().schoolRequests().search(null, null, null)).isEmpty();

        assertThat(submit.submit(other, withDocuments(paul, other)).status()).as("a family the town does not know")
                .isEqualTo(SchoolRequestStatus.SUBMITTED);
    }

    private SchoolRequestForm withDocuments(SchoolRequestForm form, Actor owner) {
        return new SchoolRequestForm(form.schoolYear(), form.child(), form.grade(), form.gradeReason(), form.address(),
                form.guardians(), form.parentsSeparated(), form.canteen(), form.wishedSchool(), form.derogationReason(),
                form.derogationText(), documents(owner, TODAY));
    }

    @Test
    void refusal_with_a_reason_and_only_school_staff_decide() {
        SchoolRequest request = submit.submit(nadia, form(nadia));
        assertThat(code(() -> decide.decide(nadia, request.id(), new DecideSchoolRequest.Refuse("non")))).isEqualTo("FORBIDDEN");

        SchoolRequest refused = decide.decide(AGENT, request.id(), new DecideSchoolRequest.Refuse("Hors commune."));
        assertThat(refused.status()).isEqualTo(SchoolRequestStatus.REFUSED);
        assertThat(refused.message()).isEqualTo("Hors commune.");
        assertThat(portal.sentMails()).last().satisfies(mail -> assertThat(mail.text()).contains("refusée", "Hors commune."));
    }

    @Test
    void of_two_staff_deciding_at_once_one_wins_and_the_other_is_told_not_editable() throws Exception {
        List<SchoolRequest> submitted = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Actor owner = applicant("famille" + i);
            submitted.add(submit.submit(owner, form(owner, "3 rue de la Loire", LocalDate.of(2021, 1, 1 + i), null, null,
                    documents(owner, TODAY))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<String>> decisions = new ArrayList<>();
        for (SchoolRequest request : submitted) {
            for (int agent = 0; agent < 2; agent++) {
                decisions.add(() -> {
                    try {
                        return decide.decide(AGENT, request.id(), new DecideSchoolRequest.Accept(null, null))
                                .accepted().orElseThrow().certificateNumber();
                    } catch (RefusedException e) {
                        return e.refusal().code();
                    }
                });
            }
        }
        List<String> answers = new ArrayList<>();
        for (Future<String> answer : pool.invokeAll(decisions)) {
            answers.add(answer.get());
        }
        pool.shutdown();

        assertThat(answers.stream().filter("NOT_EDITABLE"::equals)).hasSize(6);
        Set<String> numbers = new TreeSet<>(answers.stream().filter(a -> a.startsWith("CI-")).toList());
        assertThat(numbers).containsExactly("CI-2027-000001", "CI-2027-000002", "CI-2027-000003", "CI-2027-000004",
                "CI-2027-000005", "CI-2027-000006");
    }

    @Test
    void an_unknown_school_in_the_sector_file_changes_nothing_and_names_its_line() {
        assertThatThrownBy(() -> sectorMap.upload(AGENT, "street;from;to;side;school\nRue A;1;9;ALL;École Georges-Brassens\n"
                + "Rue B;1;9;ALL;École inconnue\n")).isInstanceOf(RefusedException.class).hasMessageContaining("ligne 3")
                .hasMessageContaining("École inconnue");

        assertThat(sectorMap.lookup("12 rue de la Loire")).contains(prevert);
        assertThat(sectorMap.current(AGENT).rows()).hasSize(2);
    }

    @Test
    void overlapping_sector_rows_change_nothing_and_name_both_lines() {
        assertThatThrownBy(() -> sectorMap.upload(AGENT, "street;from;to;side;school\nRue A;1;9;ALL;École Georges-Brassens\n"
                + "rue-a;9;20;ODD;École Jacques-Prévert\n")).isInstanceOf(RefusedException.class)
                .hasMessageContaining("ligne 3").hasMessageContaining("ligne 2");

        assertThat(sectorMap.lookup("12 rue de la Loire")).contains(prevert);
        assertThat(sectorMap.current(AGENT).rows()).hasSize(2);
    }
}
