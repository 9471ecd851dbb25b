package fr.espacefamille.application.payment;

import java.util.Map;

import fr.espacefamille.application.payment.PaymentGateway.SimulatedChoice;
import fr.espacefamille.application.payment.PaymentGateway.SimulatedPayment;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.shared.Refusal;

/**
 * The built-in simulator plays the provider's page: it accepts only a form signed by the portal,
 * and the payer's choice produces the notification the provider would send, delivered to
 * {@link RecordPaymentNotification} with its signature so that the verification is exercised.
 * <p>Refuses (API error codes): {@code NOT_FOUND}, {@code PAYMENT_FORM_INVALID}.
 */
public final class PlaySimulatedPayment {

    private final PaymentGateway gateway;
    private final RecordPaymentNotification notifications;

    public PlaySimulatedPayment(PaymentGateway gateway, RecordPaymentNotification notifications) {
        this.gateway = gateway;
        this.notifications = notifications;
    }

    /** The payment the posted form asks for; refused when the simulator is off or the form is not signed by us. */
    public SimulatedPayment read(Map<String, String> postedFields) {
        if (!gateway.simulated()) {
            throw Refusals.notFound();
        }
        return gateway.simulatedPayment(postedFields).orElseThrow(() -> Refusals.refuse(new Refusal("PAYMENT_FORM_INVALID",
                Refusal.Kind.FORBIDDEN, "Ce formulaire de paiement n'est pas signé par le portail : recommencez depuis votre facture.")));
    }

    /** Plays the payer's choice and answers where the browser goes back. */
    public String play(Map<String, String> postedFields, SimulatedChoice choice) {
        SimulatedPayment payment = read(postedFields);
        String notification = gateway.simulate(payment.reference(), payment.amountCents(), choice).orElseThrow(Refusals::notFound);
        if (notifications.record(new RecordPaymentNotification.Command(notification)) == RecordPaymentNotification.Handling.REJECTED) {
            throw new IllegalStateException("The simulator's own notification did not verify");
        }
        return payment.returnUrls().get(choice);
    }
}
