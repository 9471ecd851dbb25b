package fr.espacefamille.application.shared;

/** Out-port: sends e-mail (SMTP, or files in an outbox folder). */
public interface Mailer {

    void send(Mail mail);
}
