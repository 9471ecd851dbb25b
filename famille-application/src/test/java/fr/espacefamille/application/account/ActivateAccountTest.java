package fr.espacefamille.application.account;

import static fr.espacefamille.application.InMemoryPortal.STRONG;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.espacefamille.application.InMemoryPortal;
import fr.espacefamille.application.account.ActivateAccount.Command;
import fr.espacefamille.application.family.CreateFamily;
import fr.espacefamille.application.shared.RefusalCodes;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.shared.Refusal;
import fr.espacefamille.domain.shared.RefusedException;

class ActivateAccountTest {

    private final InMemoryPortal portal = new InMemoryPortal();
    private final CreateFamily.Result martin = portal.martin();
    private final String claireKey = martin.guardians().get(0).key().formatted();

    private Account activate(String key, String username, String password) {
        return portal.activate.activate(new Command(key, username, password, " Claire.Perso@Example.fr "));
    }

    private static String code(Runnable call) {
        return RefusalCodes.code(call);
    }

    private static Refusal refusal(Runnable call) {
        try {
            call.run();
        } catch (RefusedException e) {
            return e.refusal();
        }
        throw new AssertionError("no refusal");
    }

    @Test
    void creates_a_parent_account_tied_to_the_guardian_and_the_family() {
        Account account = activate(claireKey, "claire.m", STRONG);

        assertThat(account.role()).isEqualTo(Role.PARENT);
        assertThat(account.familyId()).isEqualTo(martin.id());
        assertThat(account.guardianId()).isEqualTo(martin.guardians().get(0).guardian());
        assertThat(account.email()).isEqualTo("claire.perso@example.fr");
        assertThat(portal.hasher.matches(STRONG, account.passwordHash())).isTrue();
        assertThat(portal.signIn.signIn(new SignIn.Command("CLAIRE.M", STRONG))).isNotNull();
    }

    @Test
    void reads_the_key_in_lower_case_without_dashes() {
        assertThat(activate(claireKey.replace("-", "").toLowerCase(), "claire.m", STRONG)).isNotNull();
    }

    @Test
    void a_key_works_only_once() {
        activate(claireKey, "claire.m", STRONG);

        assertThat(code(() -> activate(claireKey, "claire.bis", STRONG))).isEqualTo("INVALID_KEY");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABCD-EFGH-JKMN", "ABCD-EFGH-JKM0", "too short", "", "ABCD-EFGH-JKMN-PQRS"})
    void any_string_that_is_not_a_live_key_gets_the_same_answer(String key) {
        assertThat(refusal(() -> activate(key, "claire.m", STRONG))).isEqualTo(Refusals.INVALID_KEY);
    }

    @Test
    void a_missing_key_is_an_invalid_key() {
        assertThat(code(() -> activate(null, "claire.m", STRONG))).isEqualTo("INVALID_KEY");
    }

    @Test
    void a_key_works_to_the_end_of_its_ninetieth_day_and_not_the_day_after() {
        // issued on Monday 7 September 2026 at 8:00 in Paris: works until Sunday 6 December, 23:59 in Paris (22:59 UTC)
        portal.clock.advance(Duration.ofDays(90).plusHours(16).plusMinutes(59));
        assertThat(activate(claireKey, "claire.m", STRONG)).isNotNull();

        String julienKey = martin.guardians().get(1).key().formatted();
        portal.clock.advance(Duration.ofMinutes(1));
        assertThat(code(() -> activate(julienKey, "julien.m", STRONG))).isEqualTo("INVALID_KEY");
    }

    @Test
    void a_reissued_key_kills_the_previous_one() {
        var letter = portal.reissueKey.forGuardian(InMemoryPortal.AGENT, martin.guardians().get(0).guardian());

        assertThat(code(() -> activate(claireKey, "claire.m", STRONG))).isEqualTo("INVALID_KEY");
        assertThat(activate(letter.key().formatted(), "claire.m", STRONG)).isNotNull();
    }

    @Test
    void a_username_taken_in_any_case_is_refused_and_the_key_still_works() {
        portal.activateFirst(portal.martin(), "Claire.M");

        assertThat(code(() -> activate(claireKey, "claire.m", STRONG))).isEqualTo("USERNAME_TAKEN");
        assertThat(activate(claireKey, "claire.martin", STRONG)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Motdepasse2024!", "azertyuiop123", "court-1A!", "mon-claire.m-secret"})
    void a_weak_password_is_refused_and_the_key_is_not_used_up(String weak) {
        assertThat(code(() -> activate(claireKey, "claire.m", weak))).isEqualTo("WEAK_PASSWORD");

        assertThat(activate(claireKey, "claire.m", STRONG)).isNotNull();
    }

    @Test
    void a_malformed_username_or_email_names_the_field() {
        Refusal username = refusal(() -> activate(claireKey, "c!", STRONG));
        assertThat(username.kind()).isEqualTo(Refusal.Kind.INVALID);
        assertThat(username.field()).hasValue("username");

        Refusal email = refusal(() -> portal.activate.activate(new Command(claireKey, "claire.m", STRONG, "pas-une-adresse")));
        assertThat(email.field()).hasValue("email");
    }

    /** People sign in with a username or an email: a username shaped like an email could be someone else's. */
    @ParameterizedTest
    @ValueSource(strings = {"sophie@ex.test", "Claire.Perso@Example.fr", "a@b.c"})
    void a_username_shaped_like_an_email_is_refused_and_the_key_still_works(String username) {
        Refusal refusal = refusal(() -> activate(claireKey, username, STRONG));
        assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID);
        assertThat(refusal.field()).hasValue("username");
        assertThat(refusal.message()).contains("adresse électronique");

        assertThat(activate(claireKey, "claire@maison", STRONG)).isNotNull();
    }

    @Test
    void the_activation_is_audited_without_any_secret() {
        Account account = activate(claireKey, "claire.m", STRONG);

        var entries = portal.audit("ACCOUNT_ACTIVATED");
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).actor()).isEqualTo("claire.m");
        assertThat(entries.get(0).target()).isEqualTo(account.id().toString());
        assertThat(entries.get(0).after()).contains(martin.id().toString()).doesNotContain(STRONG, claireKey,
                account.passwordHash());
    }
}
