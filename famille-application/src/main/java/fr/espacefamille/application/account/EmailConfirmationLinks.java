package fr.espacefamille.application.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import fr.espacefamille.application.account.EmailConfirmations.PendingConfirmation;
import fr.espacefamille.application.shared.Mail;
import fr.espacefamille.application.shared.MailComposer;
import fr.espacefamille.application.shared.Mailer;
import fr.espacefamille.application.shared.Secrets;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.account.EmailConfirmationPolicy;
import fr.espacefamille.domain.shared.Town;

/**
 * The confirmation links of applicant accounts' emails: issued at creation, and issued afresh
 * when the applicant signs in with the right password after the first link expired (so that an
 * account whose link was missed is not lost).
 */
public final class EmailConfirmationLinks {

    public static final String CONFIRM_PATH = "/compte/confirmer?token=";

    private final EmailConfirmations confirmations;
    private final Transactions transactions;
    private final Mailer mailer;
    private final Town town;
    private final Clock clock;
    private final String baseUrl;

    public EmailConfirmationLinks(EmailConfirmations confirmations, Transactions transactions, Mailer mailer, Town town, Clock clock,
            String baseUrl) {
        this.confirmations = confirmations;
        this.transactions = transactions;
        this.mailer = mailer;
        this.town = town;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** Stores a new link for the account, in the caller's transaction; the mail is to be sent once that commits. */
    Mail issue(Account account) {
        Instant now = clock.instant();
        String token = Secrets.newToken();
        confirmations.replace(new PendingConfirmation(account.id(), digest(token), EmailConfirmationPolicy.linkExpiresAt(now), now));
        return mail(account, baseUrl + CONFIRM_PATH + token);
    }

    boolean pending(AccountId account) {
        return confirmations.of(account).isPresent();
    }

    /** Mails a new link when the pending one has expired; a live link is left alone (no mail flood). */
    void renewIfExpired(Account account) {
        Instant now = clock.instant();
        Optional<Mail> mail = transactions.inTransaction(() -> confirmations.of(account.id())
                .filter(p -> !EmailConfirmationPolicy.linkIsLive(p.expiresAt(), now))
                .map(expired -> issue(account)));
        mail.ifPresent(mailer::send);
    }

    Optional<PendingConfirmation> live(String token) {
        Instant now = clock.instant();
        return Optional.ofNullable(token)
                .filter(t -> !t.isBlank() && t.length() <= 200)
                .flatMap(t -> confirmations.byDigest(digest(t)))
                .filter(p -> EmailConfirmationPolicy.linkIsLive(p.expiresAt(), now));
    }

    boolean consume(PendingConfirmation pending) {
        return confirmations.consume(pending.digest());
    }

    void send(Mail mail) {
        mailer.send(mail);
    }

    private static String digest(String token) {
        return Secrets.digest("email-confirmation:" + token);
    }

    private Mail mail(Account account, String link) {
        return MailComposer.subject(town, "Espace Famille : confirmez votre adresse électronique")
                .paragraph("Bonjour,")
                .paragraph("Votre Espace Famille a été créé sans clé, avec l'identifiant : " + account.username() + ".")
                .paragraph("Pour confirmer votre adresse électronique et pouvoir vous connecter, ouvrez ce lien "
                        + "dans les 24 heures ; il ne sert qu'une fois :")
                .link("Confirmer mon adresse électronique", link)
                .paragraph("Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : "
                        + "l'espace ne pourra pas être utilisé.")
                .to(account.email());
    }
}
