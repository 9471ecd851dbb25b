package fr.espacefamille.application.inmemory;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import fr.espacefamille.application.payment.PaymentGateway;

/**
 * A card-payment provider played in memory: it signs payment forms with a random HMAC key, and its
 * notifications the provider's way (RSA-SHA1 over the raw query up to {@code &sign=}) with a key
 * pair generated at construction. Nothing leaves the process; {@link #simulated()} is true, so the
 * simulator's use case ({@code PlaySimulatedPayment}) plays pay, refuse or cancel.
 */
public final class InMemoryPaymentGateway implements PaymentGateway {

    private static final String ACTION = "https://paiement.invalid/simulateur";
    private final KeyPair keys;
    private final byte[] formKey = new byte[32];

    public InMemoryPaymentGateway() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(1024);
            keys = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        new SecureRandom().nextBytes(formKey);
    }

    @Override
    public PaymentForm form(PaymentRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("PBX_TOTAL", Long.toString(request.amountCents()));
        fields.put("PBX_CMD", request.reference());
        fields.put("PBX_PORTEUR", request.payerEmail());
        fields.put("PBX_BILLING", request.firstName() + " " + request.lastName() + ", " + request.address().oneLine());
        fields.put("PBX_HMAC", hmac(fields));
        return new PaymentForm(ACTION, fields);
    }

    /** {@code query} followed by its URL-encoded Base64 signature, as the provider sends notifications. */
    public String sign(String query) {
        try {
            Signature signature = Signature.getInstance("SHA1withRSA");
            signature.initSign(keys.getPrivate());
            signature.update(query.getBytes(StandardCharsets.UTF_8));
            return query + "&sign=" + URLEncoder.encode(Base64.getEncoder().encodeToString(signature.sign()), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Optional<Notification> verify(String rawQueryString) {
        int sign = rawQueryString == null ? -1 : rawQueryString.indexOf("&sign=");
        if (sign < 0) {
            return Optional.empty();
        }
        String data = rawQueryString.substring(0, sign);
        try {
            Signature signature = Signature.getInstance("SHA1withRSA");
            signature.initVerify(keys.getPublic());
            signature.update(data.getBytes(StandardCharsets.UTF_8));
            String base64 = URLDecoder.decode(rawQueryString.substring(sign + 6).replace("+", "%2B"), StandardCharsets.UTF_8);
            if (!signature.verify(Base64.getDecoder().decode(base64))) {
                return Optional.empty();
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
        Map<String, String> params = new HashMap<>();
        for (String pair : data.split("&")) {
            String[] nameValue = pair.split("=", 2);
            params.put(nameValue[0], nameValue.length == 2 ? URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8) : "");
        }
        String code = params.get("erreur");
        if (code == null || params.get("ref") == null || params.get("montant") == null) {
            return Optional.empty();
        }
        return Optional.of(new Notification(params.get("ref"), Long.parseLong(params.get("montant")),
                Optional.ofNullable(params.get("auto")), Optional.ofNullable(params.get("trans")), code, code.equals("00000"),
                code.equals("00000") ? "Paiement accepté" : "Paiement refusé par la banque (provision insuffisante)"));
    }

    @Override
    public boolean simulated() {
        return true;
    }

    @Override
    public Optional<String> simulate(String reference, long amountCents, SimulatedChoice choice) {
        // one transaction number per choice: pressing « payer » twice replays the same notification
        return Optional.of(sign(switch (choice) {
            case PAY -> "montant=" + amountCents + "&ref=" + reference + "&auto=XXXXXX&trans=1&erreur=00000";
            case REFUSE -> "montant=" + amountCents + "&ref=" + reference + "&trans=2&erreur=00151";
            case CANCEL -> "montant=" + amountCents + "&ref=" + reference + "&erreur=00001";
        }));
    }

    @Override
    public Optional<SimulatedPayment> simulatedPayment(Map<String, String> postedFields) {
        Map<String, String> signed = new LinkedHashMap<>(postedFields);
        String posted = signed.remove("PBX_HMAC");
        if (posted == null || !MessageDigest.isEqual(posted.getBytes(StandardCharsets.US_ASCII),
                hmac(signed).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        return Optional.of(new SimulatedPayment(postedFields.get("PBX_CMD"), Long.parseLong(postedFields.get("PBX_TOTAL")),
                postedFields.getOrDefault("PBX_PORTEUR", ""),
                Map.of(SimulatedChoice.PAY, "/ok", SimulatedChoice.REFUSE, "/ko", SimulatedChoice.CANCEL, "/annule")));
    }

    private String hmac(Map<String, String> fields) {
        StringBuilder joined = new StringBuilder();
        fields.forEach((name, value) -> joined.append(joined.isEmpty() ? "" : "&").append(name).append('=').append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(formKey, "HmacSHA256"));
            return HexFormat.of().withUpperCase().formatHex(mac.doFinal(joined.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
