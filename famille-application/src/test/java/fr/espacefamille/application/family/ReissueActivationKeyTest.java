package fr.espacefamille.application.family;

import static fr.espacefamille.application.InMemoryPortal.AGENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import fr.espacefamille.application.InMemoryPortal;
import fr.espacefamille.application.account.ActivateAccount;
import fr.espacefamille.application.account.ActivationKeyIssuer;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.GuardianId;
import fr.espacefamille.domain.shared.RefusedException;

class ReissueActivationKeyTest {

    private final InMemoryPortal portal = new InMemoryPortal();
    private final CreateFamily.Result martin = portal.martin();
    private final GuardianId claire = martin.guardians().get(0).guardian();

    private static String code(Runnable call) {
        try {
            call.run();
        } catch (RefusedException e) {
            return e.refusal().code();
        }
        throw new AssertionError("no refusal");
    }

    @Test
    void a_new_key_for_one_guardian_replaces_the_stored_one_and_is_audited() {
        KeyLetter letter = portal.reissueKey.forGuardian(AGENT, claire);

        assertThat(letter.guardian().firstName()).isEqualTo("Claire");
        assertThat(letter.family().name()).isEqualTo("Martin");
        assertThat(letter.expiresOn()).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(portal.activationKeys.ofGuardian(claire).orElseThrow().digest())
                .isEqualTo(ActivationKeyIssuer.digest(letter.key()))
                .isNotEqualTo(ActivationKeyIssuer.digest(martin.guardians().get(0).key()));
        assertThat(portal.audit("ACTIVATION_KEY_ISSUED")).hasSize(3);
    }

    @Test
    void a_family_s_letters_go_to_every_guardian_without_an_account() {
        assertThat(portal.reissueKey.forFamily(AGENT, martin.id())).hasSize(2);

        assertThat(code(() -> portal.activateFirst(martin, "claire.m"))).as("the keys given at enrolment died").isEqualTo("INVALID_KEY");
    }

    @Test
    void guardians_with_an_account_get_no_new_key() {
        KeyLetter claireLetter = portal.reissueKey.forGuardian(AGENT, claire);
        portal.activate.activate(new ActivateAccount.Command(
                claireLetter.key().formatted(), "claire.m", InMemoryPortal.STRONG, "claire@example.fr"));

        assertThat(code(() -> portal.reissueKey.forGuardian(AGENT, claire))).isEqualTo("ACCOUNT_ALREADY_ACTIVATED");
        assertThat(portal.reissueKey.forFamily(AGENT, martin.id())).singleElement()
                .satisfies(letter -> assertThat(letter.guardian().firstName()).isEqualTo("Julien"));
    }

    @Test
    void a_family_whose_guardians_all_have_accounts_has_no_letter_to_print() {
        var letters = portal.reissueKey.forFamily(AGENT, martin.id());
        for (int i = 0; i < letters.size(); i++) {
            portal.activate.activate(new ActivateAccount.Command(
                    letters.get(i).key().formatted(), "parent" + i, InMemoryPortal.STRONG, "p" + i + "@example.fr"));
        }

        assertThat(code(() -> portal.reissueKey.forFamily(AGENT, martin.id()))).isEqualTo("ALL_ACCOUNTS_ACTIVATED");
    }

    @Test
    void unknown_guardians_and_families_are_not_found_and_only_enrolling_staff_may_print() {
        assertThat(code(() -> portal.reissueKey.forGuardian(AGENT, GuardianId.random()))).isEqualTo("NOT_FOUND");
        assertThat(code(() -> portal.reissueKey.forFamily(AGENT, FamilyId.random()))).isEqualTo("NOT_FOUND");
        Actor finance = new Actor(null, "agent.finances", Role.FINANCE_AGENT, null, null);
        assertThat(code(() -> portal.reissueKey.forGuardian(finance, claire))).isEqualTo("FORBIDDEN");
    }
}
