package fr.espacefamille.adapter.paybox;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The signed PBX_* fields of the payment form, in sending order (PBX_HMAC last). The order is
 * part of the signature: the browser must post the fields exactly in this order.
 */
public record PayboxForm(Map<String, String> fields) {

    public PayboxForm {
        Objects.requireNonNull(fields, "fields");
        if (!fields.containsKey("PBX_HMAC")) {
            throw new IllegalArgumentException("A Paybox form must carry PBX_HMAC");
        }
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public String hmac() {
        return fields.get("PBX_HMAC");
    }
}
