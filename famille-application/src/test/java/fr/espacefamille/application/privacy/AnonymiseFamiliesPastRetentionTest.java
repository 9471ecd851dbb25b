package fr.espacefamille.application.privacy;

import static fr.espacefamille.application.InMemoryPortal.STRONG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.espacefamille.application.InMemoryPortal;
import fr.espacefamille.application.account.SignIn;
import fr.espacefamille.application.family.CreateFamily;
import fr.espacefamille.application.inmemory.InMemoryDocumentStore;
import fr.espacefamille.application.inmemory.InMemoryEnrolments;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.document.Document;
import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.document.DocumentKind;
import fr.espacefamille.domain.family.Enrolment;
import fr.espacefamille.domain.family.EnrolmentId;
import fr.espacefamille.domain.family.ChildService;
import fr.espacefamille.domain.privacy.Anonymised;
import fr.espacefamille.domain.shared.RefusedException;

/** The retention rule run by the monthly job, in memory, with a clock that moves over the years. */
class AnonymiseFamiliesPastRetentionTest {

    private static final Actor ADMIN = new Actor(null, "admin", Role.ADMIN, null, null);

    private final InMemoryPortal portal = new InMemoryPortal();
    private final InMemoryEnrolments enrolments = portal.town.stores().enrolments();
    private final InMemoryDocumentStore files = portal.town.stores().documentStore();
    private final AnonymiseFamiliesPastRetention job = portal.town.personalData().anonymise();
    private final ListFamiliesDueForAnonymisation due = portal.town.personalData().dueForAnonymisation();
    private final HoldFamilyData holds = portal.town.personalData().holds();
    private CreateFamily.Result martin;
    private String storageName;

    @BeforeEach
    void theMartinsLeaveTheCanteenOnTheFourthOfJuly2027() throws Exception {
        martin = portal.martin();
        portal.activateFirst(martin, "claire.m");
        enrolments.add(new Enrolment(EnrolmentId.random(), martin.children().get(0), ChildService.CANTEEN, LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 7, 4), "2026-2027"));
        storageName = files.store(new ByteArrayInputStream("certificat".getBytes()), 1_000);
        portal.documents.add(new Document(DocumentId.random(), martin.id(), DocumentKind.values()[0], "certificat-lea-martin.pdf",
                "application/pdf", 10, portal.clock.instant(), storageName));
    }

    private void moveTo(String day) {
        Instant target = LocalDate.parse(day).atTime(6, 0).toInstant(ZoneOffset.UTC);
        portal.clock.advance(Duration.between(portal.clock.instant(), target));
    }

    @Test
    void keeps_the_family_three_years_after_its_last_service_then_anonymises_it_once() {
        moveTo("2030-07-01");
        assertThat(job.runIfDue().anonymised()).isZero();
        assertThat(due.list(ADMIN, LocalDate.of(2030, 7, 1))).singleElement()
                .satisfies(d -> assertThat(d.dueOn()).isEqualTo(LocalDate.of(2030, 7, 5)));
        assertThat(due.list(ADMIN, LocalDate.of(2030, 6, 1))).isEmpty();
        var session = portal.session("claire.m", STRONG);

        moveTo("2030-08-01");
        AnonymiseFamiliesPastRetention.Run run = job.runIfDue();

        assertThat(run.ran()).isTrue();
        assertThat(run.anonymised()).isEqualTo(1);
        var family = portal.families.byId(martin.id()).orElseThrow();
        assertThat(family.name()).isEqualTo(Anonymised.FAMILY_NAME);
        assertThat(family.guardians()).allSatisfy(g -> {
            assertThat(g.firstName()).isEqualTo(Anonymised.FIRST_NAME);
            assertThat(g.email()).isNull();
            assertThat(g.phone()).isNull();
        });
        assertThat(family.children().get(0).birthDate()).isEqualTo(LocalDate.of(2018, 1, 1));
        assertThat(family.address().oneLine()).doesNotContain("Donges");
        assertThat(portal.sessions.byTokenDigest(session.tokenDigest())).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> portal.signIn.signIn(new SignIn.Command("claire.m", STRONG)))
                .isInstanceOf(fr.espacefamille.domain.shared.RefusedException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> files.open(storageName)).isInstanceOf(java.io.FileNotFoundException.class);
        assertThat(portal.audit("FAMILY_ANONYMISED")).singleElement().satisfies(entry -> {
            assertThat(entry.target()).isEqualTo(martin.id().toString());
            assertThat(entry.after()).doesNotContain("Martin", "Claire", "Léa");
        });

        assertThat(job.runIfDue().ran()).isFalse();
        moveTo("2030-09-01");
        assertThat(job.runIfDue().anonymised()).isZero();
        assertThat(portal.audit("FAMILY_ANONYMISED")).hasSize(1);
    }

    @Test
    void a_held_family_is_kept_until_released_and_both_are_audited() {
        moveTo("2030-07-20");
        assertThatThrownBy(() -> holds.hold(ADMIN, martin.id(), " ")).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.refusal()).isEqualTo(HoldFamilyData.REASON_REQUIRED));
        assertThat(holds.hold(ADMIN, martin.id(), "Litige en cours sur la facture de juin 2027").reason()).startsWith("Litige");

        assertThat(job.runIfDue().anonymised()).isZero();
        assertThat(due.list(ADMIN, LocalDate.of(2030, 7, 20))).singleElement()
                .satisfies(d -> assertThat(d.hold()).hasValueSatisfying(h -> assertThat(h.reason()).startsWith("Litige")));
        assertThat(portal.families.byId(martin.id()).orElseThrow().name()).isEqualTo("Martin");

        holds.release(ADMIN, martin.id());
        assertThatThrownBy(() -> holds.release(ADMIN, martin.id())).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.refusal()).isEqualTo(HoldFamilyData.NOT_HELD));
        moveTo("2030-08-01");
        assertThat(job.runIfDue().anonymised()).isEqualTo(1);
        assertThat(portal.audit("FAMILY_DATA_HELD")).singleElement().satisfies(e -> assertThat(e.actor()).isEqualTo("admin"));
        assertThat(portal.audit("FAMILY_DATA_RELEASED")).hasSize(1);
    }

    @Test
    void only_administrators_see_and_hold() {
        Actor agent = InMemoryPortal.AGENT;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> due.list(agent, LocalDate.of(2030, 7, 1)))
                .isInstanceOf(fr.espacefamille.domain.shared.RefusedException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> holds.hold(agent, martin.id(), "raison"))
                .isInstanceOf(fr.espacefamille.domain.shared.RefusedException.class);
    }
}
