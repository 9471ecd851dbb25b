package fr.espacefamille.application.account;

import static fr.espacefamille.application.InMemoryPortal.STRONG;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import fr.espacefamille.application.InMemoryPortal;
import fr.espacefamille.application.shared.Mail;
import fr.espacefamille.application.shared.RefusalCodes;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.account.Role;

class ApplicantAccountTest {

    private static final Pattern LINK = Pattern.compile(
            Pattern.quote(InMemoryPortal.BASE_URL + "/compte/confirmer?token=") + "([A-Za-z0-9_-]{43})");

    private final InMemoryPortal portal = new InMemoryPortal();

    private Account create(String username, String password) {
        return portal.createApplicant.create(new CreateApplicantAccount.Command(username, password, " Nadia.Perso@Example.fr "));
    }

    private String lastLink() {
        Mail mail = portal.sentMails().get(portal.sentMails().size() - 1);
        Matcher link = LINK.matcher(mail.text());
        assertThat(link.find()).as(mail.text()).isTrue();
        return link.group(1);
    }

    private SignIn.SignedIn signIn() {
        return portal.signIn.signIn(new SignIn.Command("nadia.b", STRONG));
    }

    private static String code(Runnable call) {
        return RefusalCodes.code(call);
    }

    @Test
    void creates_an_applicant_account_with_no_family_and_mails_a_confirmation_link() {
        Account account = create("nadia.b", STRONG);

        assertThat(account.role()).isEqualTo(Role.APPLICANT);
        assertThat(account.family()).isEmpty();
        assertThat(account.guardian()).isEmpty();
        assertThat(account.email()).isEqualTo("nadia.perso@example.fr");
        Mail mail = portal.sentMails().get(0);
        assertThat(mail.to()).isEqualTo("nadia.perso@example.fr");
        assertThat(mail.subject()).contains("confirmez votre adresse");
        assertThat(mail.text()).contains("nadia.b").contains("24 heures");
        assertThat(portal.audit("APPLICANT_ACCOUNT_CREATED")).hasSize(1);
    }

    @Test
    void cannot_sign_in_before_the_email_is_confirmed_and_can_after() {
        create("nadia.b", STRONG);
        String token = lastLink();

        assertThat(code(() -> signIn())).isEqualTo("EMAIL_NOT_CONFIRMED");
        assertThat(code(() -> portal.signIn.signIn(new SignIn.Command("nadia.b", "wrong-" + STRONG)))).isEqualTo("BAD_CREDENTIALS");

        assertThat(portal.confirmApplicant.confirm(token).value()).isEqualTo("nadia.b");
        SignIn.SignedIn signedIn = signIn();
        assertThat(signedIn.role()).isEqualTo(Role.APPLICANT);
        assertThat(portal.audit("APPLICANT_EMAIL_CONFIRMED")).hasSize(1);
    }

    @Test
    void the_link_works_once() {
        create("nadia.b", STRONG);
        String token = lastLink();
        portal.confirmApplicant.confirm(token);

        assertThat(code(() -> portal.confirmApplicant.confirm(token))).isEqualTo("INVALID_TOKEN");
        assertThat(portal.confirmApplicant.linkIsLive(token)).isFalse();
    }

    @Test
    void the_link_works_24_hours_and_signing_in_after_mails_a_new_one() {
        create("nadia.b", STRONG);
        String first = lastLink();
        portal.clock.advance(Duration.ofHours(24).minusSeconds(1));
        assertThat(portal.confirmApplicant.linkIsLive(first)).isTrue();
        assertThat(code(() -> signIn())).isEqualTo("EMAIL_NOT_CONFIRMED");
        assertThat(portal.sentMails()).as("a live link is not sent again").hasSize(1);

        portal.clock.advance(Duration.ofSeconds(1));
        assertThat(code(() -> portal.confirmApplicant.confirm(first))).isEqualTo("INVALID_TOKEN");
        assertThat(code(() -> signIn())).isEqualTo("EMAIL_NOT_CONFIRMED");
        assertThat(portal.sentMails()).hasSize(2);
        String second = lastLink();

        assertThat(second).isNotEqualTo(first);
        portal.confirmApplicant.confirm(second);
        assertThat(signIn()).isNotNull();
    }

    @Test
    void unknown_and_malformed_tokens_are_invalid() {
        assertThat(code(() -> portal.confirmApplicant.confirm("nope"))).isEqualTo("INVALID_TOKEN");
        assertThat(code(() -> portal.confirmApplicant.confirm(""))).isEqualTo("INVALID_TOKEN");
        assertThat(code(() -> portal.confirmApplicant.confirm(null))).isEqualTo("INVALID_TOKEN");
    }

    @Test
    void the_account_rules_of_section_1_apply() {
        create("nadia.b", STRONG);

        assertThat(code(() -> create("NADIA.B", STRONG))).isEqualTo("USERNAME_TAKEN");
        assertThat(code(() -> create("nadia.c", "Motdepasse2024!"))).isEqualTo("WEAK_PASSWORD");
        assertThat(code(() -> create("nadia.c", "nadia.c-Glycine-Ardoise"))).isEqualTo("WEAK_PASSWORD");
        assertThat(code(() -> create("n", STRONG))).isEqualTo("VALIDATION_FAILED");
        assertThat(portal.sentMails()).hasSize(1);
    }

    @Test
    void a_taken_username_stores_no_confirmation_and_mails_nothing() {
        create("nadia.b", STRONG);
        Account first = portal.accounts.byLogin("nadia.b").get(0);

        code(() -> create("nadia.b", STRONG));

        assertThat(portal.emailConfirmations.of(first.id())).isPresent();
        assertThat(portal.sentMails()).hasSize(1);
    }

    @Test
    void an_applicant_becomes_the_parent_of_a_family() {
        Account applicant = create("nadia.b", STRONG);
        var family = portal.martin();

        Account parent = applicant.joiningFamily(family.id(), family.guardians().get(0).guardian());

        assertThat(parent.role()).isEqualTo(Role.PARENT);
        assertThat(parent.family()).contains(family.id());
        assertThat(parent.passwordHash()).isEqualTo(applicant.passwordHash());
    }
}
