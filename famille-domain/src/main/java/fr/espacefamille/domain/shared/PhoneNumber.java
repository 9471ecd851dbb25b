package fr.espacefamille.domain.shared;

import java.util.Objects;
import java.util.Optional;

/**
 * A phone number in its stored form: a French number as its ten digits (« 0698765432 », also when
 * typed « +33 6 98 76 54 32 » or « 06.98.76.54.32 »), another country's as « + » and its digits
 * (« +442079460958 »). {@link #shown()} writes it as people read it: « 06 98 76 54 32 ».
 */
public record PhoneNumber(String value) {

    public PhoneNumber {
        Objects.requireNonNull(value, "value");
        if (!value.matches("0[1-9]\\d{8}|\\+[1-9]\\d{5,14}")) {
            throw new IllegalArgumentException("Numéro de téléphone non valable : " + value);
        }
    }

    /** The number typed with spaces, dots, dashes or brackets, « +33 »/« 0033 » or « 00 » for abroad; empty when it is none. */
    public static Optional<PhoneNumber> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String digits = typed.replaceAll("[\\s\\u00a0\\u202f.\\-()/]", "");
        if (digits.startsWith("+33") || digits.startsWith("0033")) {
            digits = "0" + digits.substring(digits.startsWith("+") ? 3 : 4);
            // « +33 (0)6 … » keeps a zero too many
            if (digits.startsWith("00")) {
                digits = digits.substring(1);
            }
        } else if (digits.startsWith("00")) {
            digits = "+" + digits.substring(2);
        }
        return digits.matches("0[1-9]\\d{8}|\\+[1-9]\\d{5,14}") ? Optional.of(new PhoneNumber(digits)) : Optional.empty();
    }

    /** The stored form of what was typed, or what was typed (stripped) when it is not a phone number: data entered before the rule stays readable. */
    public static String normalise(String typed) {
        return typed == null ? null : parse(typed).map(PhoneNumber::value).orElse(typed.strip());
    }

    /** « 06 98 76 54 32 » (non-breaking spaces) for a French number, the stored form for another. */
    public String shown() {
        if (value.startsWith("+")) {
            return value;
        }
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < 10; i += 2) {
            shown.append(i == 0 ? "" : String.valueOf(FrenchText.NBSP)).append(value, i, i + 2);
        }
        return shown.toString();
    }
}
