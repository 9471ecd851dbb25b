package fr.espacefamille.adapter.paybox;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.espacefamille.application.payment.PaymentGateway;

/**
 * {@link PaymentGateway} for Paybox System (HMAC). In simulator mode the form posts to the
 * portal's own simulator page, and notifications signed with the simulator's key are accepted
 * besides the configured provider keys.
 */
public final class PayboxGateway implements PaymentGateway {

    private static final Logger LOG = LoggerFactory.getLogger(PayboxGateway.class);
    /** Where the simulator page is served, relative to the portal's base URL. */
    public static final String SIMULATOR_PATH = "/paybox/simulateur";
    public static final String NOTIFICATION_PATH = "/paybox/ipn";

    private final PayboxRequestSigner signer;
    private final Supplier<URI> paymentPage;
    private final String baseUrl;
    private final NotificationVerifier verifier;
    private final Optional<NotificationSigner> simulator;

    private PayboxGateway(PayboxCredentials credentials, Supplier<URI> paymentPage, String baseUrl,
            List<PublicKey> keys, Optional<KeyPair> simulatorKeys) {
        this.signer = new PayboxRequestSigner(credentials);
        this.paymentPage = paymentPage;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        List<PublicKey> accepted = new ArrayList<>(keys);
        simulatorKeys.ifPresent(pair -> accepted.add(pair.getPublic()));
        this.verifier = new NotificationVerifier(accepted);
        this.simulator = simulatorKeys.map(pair -> new NotificationSigner(pair.getPrivate()));
    }

    /** The built-in simulator: pages served by the portal, its own key pair. */
    public static PayboxGateway simulator(PayboxCredentials credentials, String baseUrl, List<PublicKey> keys, KeyPair simulatorKeys) {
        URI page = URI.create(baseUrl.replaceAll("/+$", "") + SIMULATOR_PATH);
        return new PayboxGateway(credentials, () -> page, baseUrl, keys, Optional.of(simulatorKeys));
    }

    /** The provider's pre-production or production hosts. */
    public static PayboxGateway provider(PayboxCredentials credentials, PayboxHosts hosts, String baseUrl, List<PublicKey> keys) {
        return new PayboxGateway(credentials, hosts::paymentPage, baseUrl, keys, Optional.empty());
    }

    @Override
    public PaymentForm form(PaymentRequest request) {
        String ref = URLEncoder.encode(request.reference(), StandardCharsets.UTF_8);
        PayboxReturnUrls urls = new PayboxReturnUrls(
                URI.create(baseUrl + "/espace/paiement/effectue?ref=" + ref),
                URI.create(baseUrl + "/espace/paiement/refuse?ref=" + ref),
                URI.create(baseUrl + "/espace/paiement/annule?ref=" + ref),
                URI.create(baseUrl + NOTIFICATION_PATH));
        PayboxBilling billing = new PayboxBilling(request.firstName(), request.lastName(), request.address().line1(),
                request.address().postcode(), request.address().city());
        PayboxForm form = signer.sign(new PayboxPayment(request.amountCents(), request.reference(), request.payerEmail(),
                request.at(), urls, billing));
        return new PaymentForm(paymentPage.get().toString(), form.fields());
    }

    @Override
    public Optional<Notification> verify(String rawQueryString) {
        if (rawQueryString == null || !verifier.verifies(rawQueryString)) {
            LOG.warn("Notification de paiement refusée : signature absente ou invalide");
            return Optional.empty();
        }
        try {
            PayboxNotification n = PayboxNotification.parse(rawQueryString);
            return Optional.of(new Notification(n.reference(), n.amountCents(), n.authorisation(), n.transaction(),
                    n.code().code(), n.code().isSuccess(), n.code().meaning()));
        } catch (MalformedNotificationException e) {
            LOG.warn("Notification de paiement signée mais illisible : {}", e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public Optional<SimulatedPayment> simulatedPayment(Map<String, String> postedFields) {
        if (simulator.isEmpty() || !signer.verifies(postedFields)) {
            return Optional.empty();
        }
        try {
            Map<SimulatedChoice, String> returns = new EnumMap<>(SimulatedChoice.class);
            returns.put(SimulatedChoice.PAY, required(postedFields, "PBX_EFFECTUE"));
            returns.put(SimulatedChoice.REFUSE, required(postedFields, "PBX_REFUSE"));
            returns.put(SimulatedChoice.CANCEL, required(postedFields, "PBX_ANNULE"));
            String reference = required(postedFields, "PBX_CMD");
            String total = required(postedFields, "PBX_TOTAL");
            // the provider's own limits: a reference of 1 to 250 characters, an amount of 1 to 10 digits
            if (reference.length() > 250 || !total.matches("[0-9]{1,10}") || Long.parseLong(total) == 0) {
                return Optional.empty();
            }
            return Optional.of(new SimulatedPayment(reference, Long.parseLong(total), postedFields.getOrDefault("PBX_PORTEUR", ""), returns));
        } catch (IllegalArgumentException incomplete) {
            return Optional.empty();
        }
    }

    private static String required(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("Missing " + name);
        }
        return value;
    }

    @Override
    public boolean simulated() {
        return simulator.isPresent();
    }

    @Override
    public Optional<String> simulate(String reference, long amountCents, SimulatedChoice choice) {
        return simulator.map(sign -> {
            String ref = URLEncoder.encode(reference, StandardCharsets.UTF_8);
            // one transaction number per reference, amount and choice, as the provider gives a refused try
            // and a later successful one different numbers; choosing the same again is a resent notification
            String trans = Long.toString(Math.floorMod((reference + "|" + amountCents + "|" + choice).hashCode(), 100_000_000L) + 1);
            String query = switch (choice) {
                case PAY -> "montant=" + amountCents + "&ref=" + ref + "&auto=XXXXXX&appel=" + trans + "&trans=" + trans + "&erreur=00000";
                case REFUSE -> "montant=" + amountCents + "&ref=" + ref + "&appel=" + trans + "&trans=" + trans + "&erreur=00151";
                case CANCEL -> "montant=" + amountCents + "&ref=" + ref + "&erreur=00001";
            };
            return sign.sign(query);
        });
    }
}
