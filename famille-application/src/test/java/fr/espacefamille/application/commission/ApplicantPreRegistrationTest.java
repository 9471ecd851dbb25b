package fr.espacefamille.application.commission;

import static fr.espacefamille.application.commission.CommissionWorld.SEPTEMBER;
import static fr.espacefamille.application.commission.CommissionWorld.TODAY;
import static fr.espacefamille.application.commission.CommissionWorld.livingAt;
import static fr.espacefamille.application.shared.RefusalCodes.code;
import static fr.espacefamille.application.shared.RefusalCodes.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.commission.NurseryRequestStatus;
import fr.espacefamille.domain.commission.Offer;
import fr.espacefamille.domain.commission.OfferStatus;
import fr.espacefamille.domain.commission.RequestDocument;
import fr.espacefamille.domain.document.DocumentKind;
import fr.espacefamille.domain.family.Family;

/**
 * Pre-registration by an applicant account (no family yet, §8 and §9): the request, its score from
 * the answers as given, the birth, the confirmation, and the acceptance that makes the family.
 */
class ApplicantPreRegistrationTest {

    private static final LocalDate BIRTH = LocalDate.of(2026, 10, 1);

    private final CommissionWorld world = new CommissionWorld();

    private PreRegisterChild.Command command(String firstName, LocalDate birth, LocalDate expected, PreRegisterChild.ApplicantCommand who,
            String... yes) {
        PreRegisterChild.Command plain = CommissionWorld.command(firstName, "Durand", birth, expected, SEPTEMBER, yes);
        return new PreRegisterChild.Command(plain.child(), plain.wishedStart(), plain.schedule(), plain.answers(), plain.documents(), who);
    }

    @Test
    void an_applicant_pre_registers_with_its_answers_as_given_and_its_confirmed_email() {
        Actor applicant = world.applicant("sophie.durand");

        var view = world.preRegister.submit(applicant, command("Léo", BIRTH, null, livingAt("Sophie", "Durand", "44480", "Donges"),
                "RESIDENT", "SINGLE_PARENT", "SIBLING_IN_NURSERY"));

        assertThat(view.request().status()).isEqualTo(NurseryRequestStatus.OPEN);
        assertThat(view.request().family()).isNull();
        assertThat(view.request().contactEmail()).isEqualTo("sophie.durand@example.fr");
        assertThat(view.request().applicant().address().oneLine()).isEqualTo("3 rue des Écoles, 44480 Donges");
        // the portal knows nothing of an applicant: « resident » and « sibling » stand as answered until staff check them
        assertThat(view.score().total()).isEqualTo(300 + 30 + 20);
        assertThat(world.readRequests.mine(applicant)).extracting(v -> v.request().id()).containsExactly(view.request().id());
    }

    @Test
    void an_applicant_says_who_it_is_and_where_it_lives() {
        Actor applicant = world.applicant("sophie.durand");

        assertThat(outcome(() -> world.preRegister.submit(applicant, command("Léo", BIRTH, null, null))))
                .startsWith("VALIDATION_FAILED applicant");
        assertThat(outcome(() -> world.preRegister.submit(applicant, command("Léo", BIRTH, null,
                new PreRegisterChild.ApplicantCommand("Sophie", "Durand", null, "3 rue des Écoles", null, "4448", "Donges")))))
                .startsWith("VALIDATION_FAILED applicant.address.postcode");
        assertThat(outcome(() -> world.preRegister.submit(applicant, command("Léo", BIRTH, null,
                new PreRegisterChild.ApplicantCommand(" ", "Durand", null, "3 rue des Écoles", null, "44480", "Donges")))))
                .startsWith("VALIDATION_FAILED applicant.firstName");
        assertThat(world.readRequests.mine(applicant)).isEmpty();
    }

    @Test
    void an_applicants_request_is_its_own_and_its_documents_only_its_own() {
        Actor sophie = world.applicant("sophie.durand");
        Actor paul = world.applicant("paul.leroy");
        var martin = world.family("Martin", true);
        var view = world.preRegister.submit(sophie, command("Léo", null, TODAY.plusMonths(2), livingAt("Sophie", "Durand", "44480", "Donges")));
        assertThat(view.request().status()).isEqualTo(NurseryRequestStatus.AWAITING_BIRTH);

        assertThat(code(() -> world.readRequests.one(paul, view.request().id()))).isEqualTo("NOT_FOUND");
        assertThat(code(() -> world.readRequests.one(martin.parent(), view.request().id()))).isEqualTo("NOT_FOUND");
        assertThat(world.readRequests.mine(paul)).isEmpty();

        world.clock.advance(Duration.ofDays(60));
        var paulsCertificate = world.document(paul, DocumentKind.BIRTH_CERTIFICATE);
        assertThat(code(() -> world.recordBirth.record(sophie, view.request().id(), TODAY.plusDays(58), paulsCertificate.id())))
                .isEqualTo("VALIDATION_FAILED");
        var certificate = world.document(sophie, DocumentKind.BIRTH_CERTIFICATE);
        var born = world.recordBirth.record(sophie, view.request().id(), TODAY.plusDays(58), certificate.id());

        assertThat(born.status()).isEqualTo(NurseryRequestStatus.OPEN);
        assertThat(born.documents()).contains(new RequestDocument(certificate.id(), DocumentKind.BIRTH_CERTIFICATE));
    }

    @Test
    void accepting_an_offer_makes_the_family_with_the_applicant_as_first_guardian_the_child_and_the_contract() {
        Actor sophie = world.applicant("sophie.durand");
        var proof = world.document(sophie, DocumentKind.PROOF_OF_ADDRESS);
        var first = world.preRegister.submit(sophie, new PreRegisterChild.Command(
                command("Léo", BIRTH, null, null).child(), SEPTEMBER, CommissionWorld.weekdays("08:30", "17:30"), Map.of("RESIDENT", true),
                List.of(new RequestDocument(proof.id(), DocumentKind.PROOF_OF_ADDRESS)), livingAt("Sophie", "Durand", "44480", "Donges")));
        var unborn = world.preRegister.submit(sophie, command("Lou", null, TODAY.plusMonths(3),
                livingAt("Sophie", "Durand", "44480", "Donges")));
        var session = world.session(1, 0, 0);
        world.confirm.confirm(sophie, first.request().id());
        world.allocate(session.id());
        Offer offer = world.readRequests.one(sophie, first.request().id()).pendingOffer().orElseThrow();

        var accepted = world.answer.answer(sophie, offer.id(), true);

        assertThat(accepted.offer().status()).isEqualTo(OfferStatus.ACCEPTED);
        Account account = world.accounts.byId(sophie.accountId()).orElseThrow();
        assertThat(account.role()).isEqualTo(Role.PARENT);
        Family family = world.families.byId(account.familyId()).orElseThrow();
        assertThat(family.name()).isEqualTo("Durand");
        assertThat(family.resident()).isTrue();
        assertThat(family.address().oneLine()).isEqualTo("3 rue des Écoles, 44480 Donges");
        assertThat(family.guardians()).singleElement().satisfies(g -> {
            assertThat(g.id()).isEqualTo(account.guardianId());
            assertThat(g.fullName()).isEqualTo("Sophie Durand");
            assertThat(g.email()).isEqualTo("sophie.durand@example.fr");
        });
        var child = family.children().stream().filter(c -> c.firstName().equals("Léo")).findFirst().orElseThrow();
        var contract = world.nursery.contracts().byId(accepted.offer().contract()).orElseThrow();
        assertThat(contract.child()).isEqualTo(child.id());
        assertThat(contract.from()).isEqualTo(SEPTEMBER);
        var request = world.stores.requests().byId(first.request().id()).orElseThrow();
        assertThat(request.status()).isEqualTo(NurseryRequestStatus.ACCEPTED);
        assertThat(request.family()).isEqualTo(family.id());
        assertThat(request.child()).isEqualTo(child.id());
        // the applicant's documents and its other request now belong to the family
        assertThat(world.documents.ofFamily(family.id())).extracting(d -> d.id()).contains(proof.id());
        assertThat(world.stores.requests().byId(unborn.request().id()).orElseThrow().family()).isEqualTo(family.id());
        Actor parent = new Actor(account.id(), "sophie.durand", Role.PARENT, family.id(), account.guardianId());
        assertThat(world.readRequests.mine(parent)).hasSize(2);
        assertThat(world.audit()).extracting(e -> e.action()).contains("FAMILY_CREATED", "NURSERY_OFFER_ACCEPTED");
        assertThat(world.mailSubjectsTo("sophie.durand@example.fr")).contains("Place acceptée au multi-accueil «\u00a0Bout d'chou\u00a0»");
    }

    @Test
    void refusing_an_offer_makes_no_family_and_the_family_made_is_not_resident_when_the_answer_says_so() {
        Actor sophie = world.applicant("sophie.durand");
        Actor paul = world.applicant("paul.leroy");
        var sophies = world.preRegister.submit(sophie, command("Léo", BIRTH, null, livingAt("Sophie", "Durand", "44600", "Saint-Nazaire"),
                "ALL_PARENTS_WORKING"));
        world.clock.advance(Duration.ofMinutes(1));
        var pauls = world.preRegister.submit(paul, command("Zoé", BIRTH, null, livingAt("Paul", "Leroy", "44600", "Saint-Nazaire")));
        var session = world.session(1, 0, 0);
        world.confirm.confirm(sophie, sophies.request().id());
        world.confirm.confirm(paul, pauls.request().id());
        world.allocate(session.id());

        world.answer.answer(sophie, world.readRequests.one(sophie, sophies.request().id()).pendingOffer().orElseThrow().id(), false);
        assertThat(world.accounts.byId(sophie.accountId()).orElseThrow().role()).isEqualTo(Role.APPLICANT);
        assertThat(world.readRequests.one(sophie, sophies.request().id()).request().status()).isEqualTo(NurseryRequestStatus.OPEN);

        var accepted = world.answer.answer(paul, world.readRequests.one(paul, pauls.request().id()).pendingOffer().orElseThrow().id(), true);
        Family leroy = world.families.byId(world.stores.requests().byId(pauls.request().id()).orElseThrow().family()).orElseThrow();
        assertThat(leroy.resident()).isFalse();
        assertThat(accepted.offer().contract()).isNotNull();
    }
}
