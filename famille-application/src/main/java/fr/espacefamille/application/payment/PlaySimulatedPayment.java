package fr.espacefamille.application.payment;

import java.util.Map;

import fr.espacefamille.application.payment.PaymentGateway.SimulatedChoice;
import fr.espacefamille.application.payment.PaymentGateway.SimulatedPayment;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.payment.PaymentReference;
import fr.espacefamille.domain.shared.Refusal;

/**
 * The built-in simulator plays the provider's page: it accepts only a form signed by the portal,
 * and the payer's choice produces the notification the provider would send, delivered to
 * {@link RecordPaymentNotification} with its signature so that the verification is exercised.
 * Its signing key is the provider's public test key, so anyone can sign a form: it plays only a
 * payment the portal started, for that payment's amount, and makes no anomaly of anything else.
 * <p>Refuses (API error codes): {@code NOT_FOUND}, {@code PAYMENT_FORM_INVALID}.
 */
public final class PlaySimulatedPayment {

    private static final Refusal FORM_INVALID = new Refusal("PAYMENT_FORM_INVALID", Refusal.Kind.FORBIDDEN,
            "Ce formulaire de paiement n'est pas signé par le portail : recommencez depuis votre facture.");

    private final PaymentGateway gateway;
    private final PaymentAttempts attempts;
    private final RecordPaymentNotification notifications;

    public PlaySimulatedPayment(PaymentGateway gateway, PaymentAttempts attempts, RecordPaymentNotification notifications) {
        this.gateway = gateway;
        this.attempts = attempts;
        this.notifications = notifications;
    }

    /** The payment the posted form asks for; refused when the simulator is off or the form is not one the portal made. */
    public SimulatedPayment read(Map<String, String> postedFields) {
        if (!gateway.simulated()) {
            throw Refusals.notFound();
        }
        SimulatedPayment payment = gateway.simulatedPayment(postedFields).orElseThrow(() -> Refusals.refuse(FORM_INVALID));
        boolean started = PaymentReference.parse(payment.reference()).flatMap(attempts::byReference)
                .filter(attempt -> attempt.amount().cents() == payment.amountCents()).isPresent();
        if (!started) {
            throw Refusals.refuse(FORM_INVALID);
        }
        return payment;
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
