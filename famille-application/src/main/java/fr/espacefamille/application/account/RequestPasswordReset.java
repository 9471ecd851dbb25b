package fr.espacefamille.application.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;

import fr.espacefamille.application.account.PasswordResets.StoredReset;
import fr.espacefamille.application.shared.Mail;
import fr.espacefamille.application.shared.MailComposer;
import fr.espacefamille.application.shared.Mailer;
import fr.espacefamille.application.shared.RateLimits;
import fr.espacefamille.application.shared.Secrets;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.account.PasswordResetPolicy;
import fr.espacefamille.domain.shared.Town;

/**
 * "Mot de passe oublié": mails the account's username and a single-use reset link valid one hour.
 * The caller learns nothing: the same silence whether or not the login exists, and beyond five
 * requests an hour for one account no more mail goes out. The old password keeps working. A login
 * naming several accounts mails each of them, each to its own address. The work is done after the
 * answer, so that its time does not tell either.
 */
public final class RequestPasswordReset {

    public static final String RESET_PATH = "/mot-de-passe/reinitialiser?token=";

    public record Command(String login) {
    }

    private final Accounts accounts;
    private final PasswordResets resets;
    private final RateLimits requests;
    private final Transactions transactions;
    private final Mailer mailer;
    private final Town town;
    private final Clock clock;
    private final String baseUrl;
    private final Executor afterAnswering;

    /** {@code afterAnswering} runs the work once the caller has its answer (in a background thread, in production). */
    public RequestPasswordReset(Accounts accounts, PasswordResets resets, RateLimits requests,
            Transactions transactions, Mailer mailer, Town town, Clock clock, String baseUrl, Executor afterAnswering) {
        this.accounts = accounts;
        this.resets = resets;
        this.requests = requests;
        this.transactions = transactions;
        this.mailer = mailer;
        this.town = town;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.afterAnswering = afterAnswering;
    }

    public void request(Command command) {
        String login = command.login() == null ? "" : command.login().strip().toLowerCase(Locale.ROOT);
        if (login.isEmpty() || login.length() > 254) {
            return;
        }
        // the caller waits for nothing that depends on the login: the same hand-over whether an account exists or not
        Instant now = clock.instant();
        afterAnswering.execute(() -> mailLinks(login, now));
    }

    private void mailLinks(String login, Instant now) {
        List<Account> named = accounts.byLogin(login);
        transactions.run(() -> {
            if (named.isEmpty()) {
                requests.hit("reset-mails:login:" + login, PasswordResetPolicy.REQUEST_WINDOW, now);
                return;
            }
            for (Account account : named) {
                // counted per account, so that typing the username and then the email does not double the mails
                int recent = requests.hit("reset-mails:account:" + account.id(), PasswordResetPolicy.REQUEST_WINDOW, now);
                if (PasswordResetPolicy.mayMail(recent)) {
                    String token = Secrets.newToken();
                    resets.replace(new StoredReset(account.id(), digest(token), PasswordResetPolicy.linkExpiresAt(now), now));
                    // in the transaction: an outbox mailer then queues it exactly when the link is committed
                    mailer.send(mail(account, baseUrl + RESET_PATH + token));
                }
            }
        });
    }

    static String digest(String token) {
        return Secrets.digest("password-reset:" + token);
    }

    private Mail mail(Account account, String link) {
        return MailComposer.subject(town, "Espace Famille : réinitialisation de votre mot de passe")
                .paragraph("Bonjour,")
                .paragraph("Vous avez demandé à réinitialiser le mot de passe de votre Espace Famille. "
                        + "Pour rappel, votre identifiant est : " + account.username() + ".")
                .paragraph("Pour choisir un nouveau mot de passe, ouvrez ce lien dans l'heure qui suit ; il ne sert qu'une fois :")
                .link("Choisir un nouveau mot de passe", link)
                .paragraph("Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : "
                        + "votre mot de passe actuel reste valable.")
                .to(account.email());
    }
}
