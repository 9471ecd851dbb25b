package fr.espacefamille.application.commission;

import static fr.espacefamille.application.commission.CommissionWorld.SEPTEMBER;
import static fr.espacefamille.application.commission.CommissionWorld.livingAt;
import static fr.espacefamille.application.shared.RefusalCodes.code;
import static fr.espacefamille.application.shared.RefusalCodes.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.commission.AnswerCorrection;

/** Staff correct a request's answers against its documents (§9): with a reason, audited, in the history, and the score follows. */
class CorrectNurseryAnswersTest {

    private final CommissionWorld world = new CommissionWorld();
    private final CorrectNurseryAnswers correct = world.town.commission().correctAnswers();

    @Test
    void a_correction_changes_the_score_is_kept_with_its_reason_and_audited() {
        Actor sophie = world.applicant("sophie.durand");
        PreRegisterChild.Command plain = CommissionWorld.command("Léo", "Durand", LocalDate.of(2026, 10, 1), null, SEPTEMBER,
                "RESIDENT", "SINGLE_PARENT");
        var view = world.preRegister.submit(sophie, new PreRegisterChild.Command(plain.child(), plain.wishedStart(), plain.schedule(),
                plain.answers(), plain.documents(), livingAt("Sophie", "Durand", "44600", "Saint-Nazaire")));
        assertThat(view.score().total()).isEqualTo(330);

        var corrected = correct.correct(world.agent, view.request().id(), Map.of("RESIDENT", false, "SINGLE_PARENT", true,
                "DISABLED_CHILD", true), "Justificatif de domicile à Saint-Nazaire ; certificat MDPH fourni");

        assertThat(corrected.score().total()).isEqualTo(30 + 30);
        assertThat(world.readRequests.one(sophie, view.request().id()).score().total()).isEqualTo(60);
        assertThat(corrected.request().corrections()).singleElement().satisfies((AnswerCorrection c) -> {
            assertThat(c.by()).isEqualTo("agent.creche");
            assertThat(c.reason()).isEqualTo("Justificatif de domicile à Saint-Nazaire ; certificat MDPH fourni");
            // only what changed: « single parent » was already yes
            assertThat(c.changes()).isEqualTo(Map.of("RESIDENT", false, "DISABLED_CHILD", true));
        });
        assertThat(world.audit()).filteredOn(e -> e.action().equals("NURSERY_PREREGISTRATION_CORRECTED")).singleElement()
                .satisfies(e -> assertThat(e.after()).contains("Justificatif de domicile"));
    }

    @Test
    void a_correction_needs_a_reason_a_known_criterion_a_change_and_a_nursery_agent() {
        var martin = world.family("Martin", true);
        var view = world.request(martin, "Inès", LocalDate.of(2026, 10, 1), "ALL_PARENTS_WORKING");
        var id = view.request().id();

        assertThat(outcome(() -> correct.correct(world.agent, id, Map.of("SINGLE_PARENT", true), " "))).startsWith("VALIDATION_FAILED reason");
        assertThat(outcome(() -> correct.correct(world.agent, id, Map.of("GOLF_CLUB", true), "Vu"))).startsWith("VALIDATION_FAILED answers.GOLF_CLUB");
        assertThat(outcome(() -> correct.correct(world.agent, id, Map.of("ALL_PARENTS_WORKING", true), "Vu")))
                .startsWith("VALIDATION_FAILED answers");
        assertThat(code(() -> correct.correct(martin.parent(), id, Map.of("SINGLE_PARENT", true), "Moi"))).isEqualTo("FORBIDDEN");
        assertThat(code(() -> correct.correct(Actor.staff("compta", Role.FINANCE_AGENT), id, Map.of("SINGLE_PARENT", true), "Vu")))
                .isEqualTo("FORBIDDEN");
        assertThat(world.stores.requests().byId(id).orElseThrow().corrections()).isEmpty();
    }
}
