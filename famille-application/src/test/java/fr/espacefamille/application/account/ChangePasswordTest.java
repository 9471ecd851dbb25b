package fr.espacefamille.application.account;

import static fr.espacefamille.application.InMemoryPortal.STRONG;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.espacefamille.application.InMemoryPortal;
import fr.espacefamille.application.shared.RefusalCodes;
import fr.espacefamille.application.account.Authenticate.Authenticated;
import fr.espacefamille.domain.account.Account;

class ChangePasswordTest {

    private static final String NEW = "Bruyere-Cormoran-Estuaire-7";

    private final InMemoryPortal portal = new InMemoryPortal();
    private Authenticated phone;
    private Authenticated laptop;

    @BeforeEach
    void claireIsSignedInTwice() {
        portal.activateFirst(portal.martin(), "claire.m");
        phone = portal.session("claire.m", STRONG);
        laptop = portal.session("claire.m", STRONG);
    }

    private Account change(Authenticated who, String current, String next) {
        return portal.changePassword.change(who, new ChangePassword.Command(current, next));
    }

    private static String code(Runnable call) {
        return RefusalCodes.code(call);
    }

    @Test
    void changes_the_password_keeps_this_session_and_ends_the_others() {
        assertThat(change(phone, STRONG, NEW)).isNotNull();

        assertThat(portal.sessions.byTokenDigest(phone.tokenDigest())).isPresent();
        assertThat(portal.sessions.byTokenDigest(laptop.tokenDigest())).isEmpty();
        assertThat(portal.signIn.signIn(new SignIn.Command("claire.m", NEW))).isNotNull();
        assertThat(code(() -> portal.signIn.signIn(new SignIn.Command("claire.m", STRONG)))).isEqualTo("BAD_CREDENTIALS");
        assertThat(portal.audit("PASSWORD_CHANGED")).singleElement()
                .satisfies(entry -> assertThat(entry.actor()).isEqualTo("claire.m"));
    }

    @Test
    void a_second_change_checks_the_password_set_by_the_first_even_with_the_account_read_at_sign_in() {
        assertThat(change(phone, STRONG, NEW)).isNotNull();

        assertThat(code(() -> change(phone, STRONG, "Heron-Brière-Marais-2026"))).isEqualTo("BAD_CREDENTIALS");
        assertThat(change(phone, NEW, "Heron-Brière-Marais-2026")).isNotNull();
        assertThat(portal.signIn.signIn(new SignIn.Command("claire.m", "Heron-Brière-Marais-2026"))).isNotNull();
    }

    @Test
    void a_wrong_current_password_is_refused_and_nothing_changes() {
        assertThat(code(() -> change(phone, "Not-My-Password-1", NEW))).isEqualTo("BAD_CREDENTIALS");

        assertThat(portal.sessions.byTokenDigest(laptop.tokenDigest())).isPresent();
        assertThat(portal.signIn.signIn(new SignIn.Command("claire.m", STRONG))).isNotNull();
    }

    @Test
    void a_weak_new_password_is_refused() {
        assertThat(code(() -> change(phone, STRONG, "Motdepasse2024!"))).isEqualTo("WEAK_PASSWORD");
        assertThat(portal.sessions.byTokenDigest(laptop.tokenDigest())).isPresent();
    }

    @Test
    void guessing_the_current_password_locks_the_username_like_sign_in_failures() {
        for (int i = 0; i < SignIn.MAX_FAILURES; i++) {
            String guess = "Guess-number-" + i;
            assertThat(code(() -> change(phone, guess, NEW))).isEqualTo("BAD_CREDENTIALS");
        }

        assertThat(code(() -> change(phone, STRONG, NEW))).isEqualTo("ACCOUNT_LOCKED");
        assertThat(code(() -> portal.signIn.signIn(new SignIn.Command("claire.m", STRONG)))).isEqualTo("ACCOUNT_LOCKED");
    }

    @Test
    void a_change_kills_a_pending_reset_link() {
        portal.requestReset.request(new RequestPasswordReset.Command("claire.m"));

        change(phone, STRONG, NEW);

        String text = portal.sentMails().get(0).text();
        String token = text.substring(text.indexOf("token=") + 6, text.indexOf("token=") + 6 + 43);
        assertThat(code(() -> portal.resetPassword.reset(new ResetPassword.Command(token, "Another-Strong-Passphrase-9"))))
                .isEqualTo("INVALID_TOKEN");
    }
}
