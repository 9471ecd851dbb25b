package fr.espacefamille.application.commission;

import java.time.Clock;
import java.util.Objects;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.shared.Mailer;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.shared.Town;

/**
 * What every commission use case needs: the stores, transactions, audit, mail, the clock, the
 * portal's address for links and the town whose multi-accueil the mails name and sign for.
 */
public record CommissionContext(CommissionStores stores, Transactions transactions, Audit audit, Mailer mailer, Clock clock,
        String baseUrl, Town town) {

    public CommissionContext {
        Objects.requireNonNull(stores, "stores");
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(mailer, "mailer");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(town, "town");
    }

    CommissionMails mails() {
        return new CommissionMails(stores.families(), baseUrl, clock.getZone(), town);
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
