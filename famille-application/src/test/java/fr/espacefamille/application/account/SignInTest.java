package fr.espacefamille.application.account;

import static fr.espacefamille.application.InMemoryPortal.STRONG;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.espacefamille.application.InMemoryPortal;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.account.Username;
import fr.espacefamille.domain.shared.Refusal;
import fr.espacefamille.domain.shared.RefusedException;

class SignInTest {

    private final InMemoryPortal portal = new InMemoryPortal();

    @BeforeEach
    void claireHasAnAccount() {
        portal.activateFirst(portal.martin(), "claire.m");
    }

    private SignIn.SignedIn signIn(String login, String password) {
        return portal.signIn.signIn(new SignIn.Command(login, password));
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
    void signs_in_with_the_username_or_the_email_in_any_case() {
        assertThat(signIn("Claire.M", STRONG)).isNotNull();
        assertThat(signIn(" CLAIRE.M@example.fr ", STRONG)).isNotNull();
    }

    /**
     * Claire's email as another person's username (stored before usernames could not be emails):
     * the email opens the account whose password it is, never silently the first one found.
     */
    @Test
    void a_login_naming_two_accounts_opens_the_one_whose_password_it_is_and_none_when_both_match() {
        Account claire = portal.accounts.byLogin("claire.m").get(0);
        Account squatter = new Account(AccountId.random(), new Username("claire.m@example.fr"), "autre@example.fr",
                portal.hasher.hash("Autre-Mot-De-Passe-2026"), Role.SCHOOL_AGENT, null, null, portal.clock.instant());
        assertThat(portal.accounts.add(squatter)).isTrue();

        assertThat(signIn("claire.m@example.fr", STRONG).account().id()).isEqualTo(claire.id());
        assertThat(signIn("claire.m@example.fr", "Autre-Mot-De-Passe-2026").account().id()).isEqualTo(squatter.id());
        assertThat(refusal(() -> signIn("claire.m@example.fr", "Wrong-Password-123"))).isEqualTo(SignIn.BAD_CREDENTIALS);

        portal.accounts.update(new Account(squatter.id(), squatter.username(), squatter.email(), claire.passwordHash(),
                squatter.role(), null, null, squatter.createdAt()));
        assertThat(refusal(() -> signIn("claire.m@example.fr", STRONG))).isEqualTo(SignIn.AMBIGUOUS_LOGIN);
        assertThat(signIn("claire.m", STRONG).account().id()).isEqualTo(claire.id());
    }

    @Test
    void an_unknown_login_and_a_wrong_password_get_the_same_refusal() {
        assertThat(refusal(() -> signIn("nobody", STRONG))).isEqualTo(refusal(() -> signIn("claire.m", "Wrong-Password-123")))
                .isEqualTo(SignIn.BAD_CREDENTIALS);
    }

    @Test
    void five_failures_in_fifteen_minutes_lock_the_login_even_for_the_right_password() {
        for (int i = 0; i < SignIn.MAX_FAILURES; i++) {
            portal.clock.advance(Duration.ofMinutes(2));
            String wrong = "Wrong-Password-" + i;
            assertThat(refusal(() -> signIn("claire.m", wrong))).isEqualTo(SignIn.BAD_CREDENTIALS);
        }

        assertThat(refusal(() -> signIn("claire.m", STRONG))).isEqualTo(SignIn.ACCOUNT_LOCKED);
        portal.clock.advance(Duration.ofMinutes(14));
        assertThat(refusal(() -> signIn("claire.m", STRONG))).isEqualTo(SignIn.ACCOUNT_LOCKED);
        portal.clock.advance(Duration.ofMinutes(1));
        assertThat(signIn("claire.m", STRONG)).isNotNull();
    }

    @Test
    void failures_spread_beyond_fifteen_minutes_do_not_lock() {
        for (int i = 0; i < 2 * SignIn.MAX_FAILURES; i++) {
            String wrong = "Wrong-Password-" + i;
            assertThat(refusal(() -> signIn("claire.m", wrong))).isEqualTo(SignIn.BAD_CREDENTIALS);
            portal.clock.advance(Duration.ofMinutes(4));
        }

        assertThat(signIn("claire.m", STRONG)).isNotNull();
    }

    @Test
    void unknown_logins_lock_exactly_like_existing_ones() {
        for (int i = 0; i < SignIn.MAX_FAILURES; i++) {
            assertThat(refusal(() -> signIn("nobody", "x"))).isEqualTo(SignIn.BAD_CREDENTIALS);
        }

        assertThat(refusal(() -> signIn("NOBODY", "x"))).isEqualTo(SignIn.ACCOUNT_LOCKED);
    }

    @Test
    void the_lock_is_per_login_as_typed() {
        for (int i = 0; i < SignIn.MAX_FAILURES; i++) {
            String wrong = "Wrong-Password-" + i;
            assertThat(refusal(() -> signIn("claire.m", wrong))).isEqualTo(SignIn.BAD_CREDENTIALS);
        }

        assertThat(refusal(() -> signIn("claire.m", STRONG))).isEqualTo(SignIn.ACCOUNT_LOCKED);
        assertThat(signIn("claire.m@example.fr", STRONG)).isNotNull();
    }

    @Test
    void a_success_forgets_earlier_failures() {
        for (int i = 0; i < SignIn.MAX_FAILURES - 1; i++) {
            String wrong = "Wrong-Password-" + i;
            assertThat(refusal(() -> signIn("claire.m", wrong))).isEqualTo(SignIn.BAD_CREDENTIALS);
        }
        assertThat(signIn("claire.m", STRONG)).isNotNull();

        assertThat(refusal(() -> signIn("claire.m", "Wrong-Password-again"))).isEqualTo(SignIn.BAD_CREDENTIALS);
        assertThat(signIn("claire.m", STRONG)).isNotNull();
    }
}
