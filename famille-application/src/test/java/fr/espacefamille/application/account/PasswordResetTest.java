package fr.espacefamille.application.account;

import static fr.espacefamille.application.InMemoryPortal.STRONG;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.espacefamille.application.InMemoryPortal;
import fr.espacefamille.application.shared.RefusalCodes;
import fr.espacefamille.application.account.Authenticate.Authenticated;
import fr.espacefamille.application.shared.Mail;
import fr.espacefamille.application.shared.Mailer;
import fr.espacefamille.application.shared.RateLimits;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.account.Username;
import fr.espacefamille.domain.shared.Town;

class PasswordResetTest {

    private static final String NEW = "Bruyere-Cormoran-Estuaire-7";
    private static final Pattern LINK = Pattern.compile(
            Pattern.quote(InMemoryPortal.BASE_URL + "/mot-de-passe/reinitialiser?token=") + "([A-Za-z0-9_-]{43})");

    private final InMemoryPortal portal = new InMemoryPortal();

    @BeforeEach
    void claireHasAnAccount() {
        portal.activateFirst(portal.martin(), "claire.m");
    }

    private void forgot(String login) {
        portal.requestReset.request(new RequestPasswordReset.Command(login));
    }

    private String lastToken() {
        Mail mail = portal.sentMails().get(portal.sentMails().size() - 1);
        Matcher link = LINK.matcher(mail.text());
        assertThat(link.find()).as(mail.text()).isTrue();
        assertThat(mail.html()).contains("href=\"" + InMemoryPortal.BASE_URL + "/mot-de-passe/reinitialiser?token=" + link.group(1));
        return link.group(1);
    }

    private Username reset(String token, String password) {
        return portal.resetPassword.reset(new ResetPassword.Command(token, password));
    }

    private static String code(Runnable call) {
        return RefusalCodes.code(call);
    }

    /** Claire's email as another person's username (stored before the rule): each account's own address gets its own link. */
    @Test
    void a_login_naming_two_accounts_mails_each_at_its_own_address() {
        portal.accounts.add(new Account(AccountId.random(), new Username("claire.m@example.fr"), "autre@example.fr",
                portal.hasher.hash("Autre-Mot-De-Passe-2026"), Role.SCHOOL_AGENT, null, null, portal.clock.instant()));

        forgot("claire.m@example.fr");

        assertThat(portal.sentMails()).extracting(Mail::to).containsExactlyInAnyOrder("claire.m@example.fr", "autre@example.fr");
        assertThat(portal.sentMails()).filteredOn(mail -> mail.to().equals("claire.m@example.fr"))
                .singleElement().satisfies(mail -> assertThat(mail.text()).contains("identifiant est\u00a0: claire.m."));
    }

    @Test
    void mails_the_username_and_a_link_in_french_to_the_account_email() {
        forgot("CLAIRE.M@example.fr");

        assertThat(portal.sentMails()).hasSize(1);
        Mail mail = portal.sentMails().get(0);
        assertThat(mail.to()).isEqualTo("claire.m@example.fr");
        assertThat(mail.subject()).contains("mot de passe");
        assertThat(mail.text()).contains("votre identifiant est\u00a0: claire.m", "dans l'heure");
        assertThat(lastToken()).isNotBlank();
    }

    @Test
    void nothing_is_sent_for_an_unknown_login_and_nothing_tells_the_caller() {
        forgot("nobody@example.fr");
        forgot("");
        forgot(null);

        assertThat(portal.sentMails()).isEmpty();
    }

    @Test
    void the_link_sets_a_new_password_once_and_the_old_one_works_until_then() {
        forgot("claire.m");
        String token = lastToken();
        assertThat(portal.signIn.signIn(new SignIn.Command("claire.m", STRONG))).isNotNull();

        assertThat(reset(token, NEW)).isEqualTo(new Username("claire.m"));

        assertThat(code(() -> portal.signIn.signIn(new SignIn.Command("claire.m", STRONG)))).isEqualTo("BAD_CREDENTIALS");
        assertThat(portal.signIn.signIn(new SignIn.Command("claire.m", NEW))).isNotNull();
        assertThat(code(() -> reset(token, "Another-Strong-Passphrase-9"))).isEqualTo("INVALID_TOKEN");
    }

    @Test
    void a_weak_password_does_not_use_the_link_up() {
        forgot("claire.m");
        String token = lastToken();

        assertThat(code(() -> reset(token, "azertyuiop123"))).isEqualTo("WEAK_PASSWORD");
        assertThat(code(() -> reset(token, "claire.m-2026-secret"))).isEqualTo("WEAK_PASSWORD");
        assertThat(reset(token, NEW)).isNotNull();
    }

    @Test
    void the_link_dies_after_one_hour() {
        forgot("claire.m");
        String token = lastToken();

        portal.clock.advance(Duration.ofHours(1));

        assertThat(code(() -> reset(token, NEW))).isEqualTo("INVALID_TOKEN");
    }

    @Test
    void the_page_can_tell_a_live_link_from_a_dead_one_before_asking_for_a_password() {
        forgot("claire.m");
        String token = lastToken();

        assertThat(portal.resetPassword.linkIsLive(token)).isTrue();
        assertThat(portal.resetPassword.linkIsLive("unknown")).isFalse();
        assertThat(portal.resetPassword.linkIsLive(null)).isFalse();
        portal.clock.advance(Duration.ofMinutes(60));
        assertThat(portal.resetPassword.linkIsLive(token)).isFalse();
    }

    @Test
    void a_newer_request_kills_the_older_link() {
        forgot("claire.m");
        String first = lastToken();
        forgot("claire.m");
        String second = lastToken();

        assertThat(code(() -> reset(first, NEW))).isEqualTo("INVALID_TOKEN");
        assertThat(reset(second, NEW)).isNotNull();
    }

    @Test
    void unknown_and_malformed_tokens_are_invalid() {
        assertThat(code(() -> reset("not-a-token", NEW))).isEqualTo("INVALID_TOKEN");
        assertThat(code(() -> reset("", NEW))).isEqualTo("INVALID_TOKEN");
        assertThat(code(() -> reset(null, NEW))).isEqualTo("INVALID_TOKEN");
        assertThat(code(() -> reset("x".repeat(5000), NEW))).isEqualTo("INVALID_TOKEN");
    }

    @Test
    void a_reset_ends_every_session_of_the_account() {
        Authenticated phone = portal.session("claire.m", STRONG);
        Authenticated laptop = portal.session("claire.m@example.fr", STRONG);
        forgot("claire.m");

        reset(lastToken(), NEW);

        assertThat(portal.sessions.byTokenDigest(phone.tokenDigest())).isEmpty();
        assertThat(portal.sessions.byTokenDigest(laptop.tokenDigest())).isEmpty();
        assertThat(portal.audit("PASSWORD_RESET")).hasSize(1);
        assertThat(portal.audit("PASSWORD_RESET").get(0).actor()).isEqualTo("claire.m");
    }

    @Test
    void no_more_than_five_mails_an_hour_whichever_login_is_typed() {
        for (int i = 0; i < 4; i++) {
            forgot("claire.m");
        }
        forgot("claire.m@example.fr");
        forgot("Claire.M");
        forgot("claire.m@example.fr");
        assertThat(portal.sentMails()).hasSize(5);

        portal.clock.advance(Duration.ofMinutes(61));
        forgot("claire.m");
        assertThat(portal.sentMails()).hasSize(6);
    }

    @Test
    void the_token_is_stored_only_as_a_digest() {
        forgot("claire.m");
        String token = lastToken();

        assertThat(portal.passwordResets.byDigest(token)).isEmpty();
        assertThat(portal.passwordResets.byDigest(RequestPasswordReset.digest(token))).isPresent();
    }

    /**
     * Issue #20 L1: the caller's answer waits for nothing that depends on the login. While it is being
     * answered, no store, transaction or mailer is touched, for an existing login as for an unknown
     * one; exactly one task is handed over, which does the work afterwards.
     */
    @Test
    void the_answer_is_given_before_any_work_the_same_for_existing_and_unknown_logins() {
        List<String> touched = new ArrayList<>();
        List<Runnable> later = new ArrayList<>();
        List<Mail> mails = new ArrayList<>();
        var stores = portal.town.stores();
        RequestPasswordReset request = new RequestPasswordReset(recording(Accounts.class, stores.accounts(), touched),
                recording(PasswordResets.class, stores.passwordResets(), touched),
                recording(RateLimits.class, stores.rateLimits(), touched), recording(Transactions.class, portal.tx, touched),
                recording(Mailer.class, mails::add, touched), Town.DONGES, portal.clock, InMemoryPortal.BASE_URL, later::add);

        request.request(new RequestPasswordReset.Command("claire.m"));
        request.request(new RequestPasswordReset.Command("personne@example.fr"));

        assertThat(touched).as("work done while answering").isEmpty();
        assertThat(later).hasSize(2);
        later.forEach(Runnable::run);
        assertThat(touched).contains("Accounts.byLogin", "RateLimits.hit", "Mailer.send");
        assertThat(mails).singleElement().satisfies(mail -> assertThat(mail.to()).isEqualTo("claire.m@example.fr"));
    }

    /** {@code target} behind a proxy that notes each method called on it. */
    private static <T> T recording(Class<T> type, T target, List<String> touched) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            touched.add(type.getSimpleName() + "." + method.getName());
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }
}
