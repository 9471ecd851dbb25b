package fr.espacefamille.application.inmemory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import fr.espacefamille.application.shared.Mail;
import fr.espacefamille.application.shared.Mailer;

/** Keeps sent mail in a list that tests can read. */
public final class InMemoryMailer implements Mailer {

    private final List<Mail> sent = new CopyOnWriteArrayList<>();

    @Override
    public void send(Mail mail) {
        sent.add(mail);
    }

    public List<Mail> sent() {
        return List.copyOf(sent);
    }
}
