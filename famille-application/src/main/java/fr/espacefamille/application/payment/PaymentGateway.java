package fr.espacefamille.application.payment;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import fr.espacefamille.domain.family.Address;

/**
 * Out-port: the card-payment provider's hosted page. It signs the form the browser posts to the
 * provider, and verifies the provider's server-to-server notifications: only a notification whose
 * signature verifies may be believed.
 */
public interface PaymentGateway {

    /** One payment attempt: {@code reference} is unique per attempt and names the invoice. */
    record PaymentRequest(String reference, long amountCents, String payerEmail, String firstName, String lastName,
            Address address, OffsetDateTime at) {
        public PaymentRequest {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(payerEmail, "payerEmail");
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(at, "at");
            if (amountCents <= 0) {
                throw new IllegalArgumentException("Le montant à payer doit être positif");
            }
        }
    }

    /** The form to post: the action URL and the fields in sending order. */
    record PaymentForm(String action, Map<String, String> fields) {
    }

    /** A verified notification: what the provider says happened to an attempt. */
    record Notification(String reference, long amountCents, Optional<String> authorisation,
            Optional<String> transaction, String code, boolean success, String meaning) {
    }

    /** What the simulator's payer chooses on its page. */
    enum SimulatedChoice { PAY, REFUSE, CANCEL }

    /** A payment form as the simulator received it: what it asks for, and where each choice sends the browser back. */
    record SimulatedPayment(String reference, long amountCents, String payerEmail, Map<SimulatedChoice, String> returnUrls) {
        public SimulatedPayment {
            Objects.requireNonNull(reference, "reference");
            returnUrls = Map.copyOf(returnUrls);
        }
    }

    PaymentForm form(PaymentRequest request);

    /**
     * The notification carried by the raw query string exactly as received, when its signature
     * verifies with one of the accepted keys; empty otherwise (bad, missing or malformed).
     */
    Optional<Notification> verify(String rawQueryString);

    /** True when payments are played by the built-in simulator (demo mode). */
    boolean simulated();

    /**
     * In simulator mode, the raw query string the provider would send for this choice, signed
     * with the simulator's key; empty when the simulator is off.
     */
    Optional<String> simulate(String reference, long amountCents, SimulatedChoice choice);

    /**
     * In simulator mode, the payment that fields posted to the simulator ask for, when their
     * signature is ours (the simulator checks the form as the provider would); empty otherwise.
     */
    Optional<SimulatedPayment> simulatedPayment(Map<String, String> postedFields);
}
