package fr.espacefamille.application.commission;

import java.time.Clock;
import java.util.Objects;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.shared.Mailer;
import fr.espacefamille.application.shared.Transactions;

/** What every commission use case needs: the stores, transactions, audit, mail, the clock and the portal's address for links. */
public record CommissionContext(CommissionStores stores, Transactions transactions, Audit audit, Mailer mailer, Clock clock,
        String baseUrl) {

    public CommissionContext {
        Objects.requireNonNull(stores, "stores");
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(mailer, "mailer");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(baseUrl, "baseUrl");
    }

    CommissionMails mails() {
        return new CommissionMails(stores.families(), baseUrl, clock.getZone());
    }

    Places places() {
        return new Places(stores, clock.getZone());
    }

    OfferClosing closing() {
        return new OfferClosing(stores, audit, mails(), places());
    }

    Standings standings() {
        return new Standings(stores, clock);
    }
}
