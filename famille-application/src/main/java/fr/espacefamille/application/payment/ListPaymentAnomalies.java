package fr.espacefamille.application.payment;

import java.util.List;

import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.payment.PaymentAnomaly;

/**
 * Finance staff read the card payments the portal did not record, to refund or record them by hand.
 * <p>Refuses (API error codes): {@code FORBIDDEN}.
 */
public final class ListPaymentAnomalies {

    private final PaymentNotifications notifications;

    public ListPaymentAnomalies(PaymentNotifications notifications) {
        this.notifications = notifications;
    }

    public List<PaymentAnomaly> list(Actor actor) {
        actor.require(Role.FINANCE_AGENT);
        return notifications.anomalies();
    }
}
