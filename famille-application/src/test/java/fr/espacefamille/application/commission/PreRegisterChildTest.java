package fr.espacefamille.application.commission;

import static fr.espacefamille.application.commission.CommissionWorld.SEPTEMBER;
import static fr.espacefamille.application.commission.CommissionWorld.TODAY;
import static fr.espacefamille.application.commission.CommissionWorld.command;
import static fr.espacefamille.application.shared.RefusalCodes.code;
import static fr.espacefamille.application.shared.RefusalCodes.outcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.espacefamille.domain.commission.AgeGroup;
import fr.espacefamille.domain.commission.NurseryRequestStatus;
import fr.espacefamille.domain.commission.RequestDocument;
import fr.espacefamille.domain.commission.Score;
import fr.espacefamille.domain.document.DocumentKind;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.nursery.DailyHours;

class PreRegisterChildTest {

    private final CommissionWorld world = new CommissionWorld();

    @Test
    void a_born_child_is_open_with_its_age_group_score_and_breakdown() {
        var martin = world.family("Martin", true);

        NurseryRequestView view = world.request(martin, "Inès", LocalDate.of(2026, 10, 1), "ALL_PARENTS_WORKING");

        assertThat(view.request().status()).isEqualTo(NurseryRequestStatus.OPEN);
        assertThat(view.ageGroup()).isEqualTo(AgeGroup.BABY);
        assertThat(view.score().total()).isEqualTo(340);
        assertThat(view.score().breakdown()).extracting(Score.Line::criterion).containsExactly("RESIDENT", "ALL_PARENTS_WORKING");
        assertThat(world.audit()).extracting(e -> e.action()).contains("NURSERY_PREREGISTRATION_SUBMITTED");
    }

    @Test
    void an_unborn_child_awaits_the_birth_certificate_then_opens() {
        var martin = world.family("Martin", true);
        NurseryRequestView view = world.preRegister.submit(martin.parent(),
                command("Bébé", "Martin", null, TODAY.plusMonths(2), SEPTEMBER.plusMonths(1)));
        assertThat(view.request().status()).isEqualTo(NurseryRequestStatus.AWAITING_BIRTH);
        var notACertificate = world.document(martin, DocumentKind.OTHER);
        var certificate = world.document(martin, DocumentKind.BIRTH_CERTIFICATE);

        assertThat(code(() -> world.recordBirth.record(martin.parent(), view.request().id(), TODAY, notACertificate.id())))
                .isEqualTo("VALIDATION_FAILED");
        world.clock.advance(java.time.Duration.ofDays(60));
        var born = world.recordBirth.record(martin.parent(), view.request().id(), TODAY.plusDays(58), certificate.id());

        assertThat(born.status()).isEqualTo(NurseryRequestStatus.OPEN);
        assertThat(born.birthDate()).isEqualTo(TODAY.plusDays(58));
        assertThat(born.documents()).contains(new RequestDocument(certificate.id(), DocumentKind.BIRTH_CERTIFICATE));
        assertThat(code(() -> world.recordBirth.record(martin.parent(), view.request().id(), TODAY.plusDays(58), certificate.id())))
                .isEqualTo("NOT_EDITABLE");
    }

    @Test
    void one_pending_request_per_child_whatever_the_case_and_accents() {
        var martin = world.family("Martin", true);
        world.request(martin, "Inès", LocalDate.of(2026, 10, 1));

        assertThat(outcome(() -> world.preRegister.submit(martin.parent(), command("INES", "martin", LocalDate.of(2026, 10, 1), null, SEPTEMBER))))
                .isEqualTo("DUPLICATE_REQUEST Une pré-inscription est déjà en cours pour cet enfant.");
        assertThat(code(() -> world.request(martin, "Lina", LocalDate.of(2026, 10, 1)))).isEqualTo("ACCEPTED");
    }

    @Test
    void refuses_a_wished_start_in_the_past_or_today() {
        var martin = world.family("Martin", true);

        assertThat(outcome(() -> world.preRegister.submit(martin.parent(), command("Inès", "Martin", LocalDate.of(2026, 10, 1), null, TODAY))))
                .startsWith("VALIDATION_FAILED wishedStart");
        assertThat(code(() -> world.preRegister.submit(martin.parent(), command("Inès", "Martin", LocalDate.of(2026, 10, 1), null, TODAY.minusDays(3)))))
                .isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void refuses_an_answer_to_an_unknown_criterion() {
        var martin = world.family("Martin", true);

        assertThat(outcome(() -> world.request(martin, "Inès", LocalDate.of(2026, 10, 1), "LOTTERY_WINNER")))
                .isEqualTo("VALIDATION_FAILED answers.LOTTERY_WINNER : critère inconnu de la grille");
    }

    @Test
    void refuses_a_schedule_outside_opening_hours_or_empty() {
        assertThatThrownBy(() -> new DailyHours(LocalTime.of(7, 0), LocalTime.of(17, 0))).hasMessageContaining("7\u00a0h\u00a030 et 18\u00a0h\u00a030");
        assertThatThrownBy(() -> new DailyHours(LocalTime.of(8, 0), LocalTime.of(19, 0))).hasMessageContaining("7\u00a0h\u00a030 et 18\u00a0h\u00a030");
        var martin = world.family("Martin", true);
        var empty = new PreRegisterChild.Command(new PreRegisterChild.ChildCommand("Inès", "Martin", LocalDate.of(2026, 10, 1), null, null),
                SEPTEMBER, Map.of(), Map.of(), List.of());

        assertThat(outcome(() -> world.preRegister.submit(martin.parent(), empty))).startsWith("VALIDATION_FAILED schedule");
    }

    @Test
    void refuses_a_start_before_ten_weeks_or_from_the_fourth_birthday() {
        var martin = world.family("Martin", true);

        assertThat(code(() -> world.preRegister.submit(martin.parent(), command("Inès", "Martin", null, LocalDate.of(2027, 7, 1), SEPTEMBER))))
                .isEqualTo("AGE_OUT_OF_RANGE");
        assertThat(code(() -> world.preRegister.submit(martin.parent(), command("Noé", "Martin", LocalDate.of(2023, 9, 1), null, SEPTEMBER))))
                .isEqualTo("AGE_OUT_OF_RANGE");
    }

    @Test
    void what_the_portal_knows_overrides_the_answers() {
        LocalDate birth = LocalDate.of(2026, 10, 1);
        var bernard = world.family("Bernard", false, CommissionWorld.child("Léo", "Bernard", birth));

        NurseryRequestView view = world.request(bernard, "Lou", birth, "RESIDENT");

        // not a resident whatever the answer; a child of the family born the same day: twins
        assertThat(view.request().answers()).containsEntry("RESIDENT", false).containsEntry("TWINS", true);
        assertThat(view.score().total()).isEqualTo(20);
    }

    @Test
    void a_sibling_with_a_contract_on_the_wished_start_counts_whatever_the_answer() {
        Child elder = CommissionWorld.child("Léo", "Petit", LocalDate.of(2025, 6, 1));
        var petit = world.family("Petit", true, elder);
        world.town.nursery().registerContract().register(world.agent, new fr.espacefamille.application.nursery.RegisterRegularContract.Command(
                elder.id(), TODAY.plusDays(7), LocalDate.of(2028, 7, 31), CommissionWorld.weekdays("08:30", "17:00"), List.of()));

        assertThat(world.request(petit, "Lou", LocalDate.of(2026, 12, 1)).request().answers()).containsEntry("SIBLING_IN_NURSERY", true);
    }

    @Test
    void another_familys_child_is_not_found_and_staff_do_not_pre_register() {
        Child child = CommissionWorld.child("Léo", "Durand", LocalDate.of(2026, 6, 1));
        world.family("Durand", true, child);
        var martin = world.family("Martin", true);
        var theirs = new PreRegisterChild.Command(new PreRegisterChild.ChildCommand(null, null, null, null, child.id()), SEPTEMBER,
                CommissionWorld.weekdays("08:30", "17:30"), Map.of(), List.of());

        assertThat(code(() -> world.preRegister.submit(martin.parent(), theirs))).isEqualTo("NOT_FOUND");
        assertThat(code(() -> world.preRegister.submit(world.agent, theirs))).isEqualTo("FORBIDDEN");
    }

    @Test
    void another_familys_request_reads_as_not_found() {
        var martin = world.family("Martin", true);
        var durand = world.family("Durand", true);
        var request = world.request(martin, "Inès", LocalDate.of(2026, 10, 1));

        assertThat(code(() -> world.readRequests.one(durand.parent(), request.request().id()))).isEqualTo("NOT_FOUND");
        assertThat(code(() -> world.confirm.confirm(durand.parent(), request.request().id()))).isEqualTo("NOT_FOUND");
        assertThat(world.readRequests.mine(durand.parent())).isEmpty();
        assertThat(world.readRequests.mine(martin.parent())).hasSize(1);
    }
}
