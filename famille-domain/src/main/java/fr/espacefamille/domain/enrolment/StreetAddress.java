package fr.espacefamille.domain.enrolment;

import java.text.Normalizer;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number and street of an address line, as the sector map compares them (§8): street names
 * are equal after lower-casing, removing accents, turning {@code -}, {@code '} and {@code ’} into
 * spaces and collapsing spaces. A number with a suffix (« 12 bis », « 12B ») counts as its number.
 */
public record StreetAddress(OptionalInt number, String street) {

    private static final Pattern NUMBERED = Pattern.compile(
            "^(\\d{1,5})\\s*(?:(?:bis|ter|quater|[a-z])(?![a-z]))?[\\s,]*(.*)$");

    public static StreetAddress parse(String line1) {
        String normal = normalise(line1);
        Matcher m = NUMBERED.matcher(normal);
        if (m.matches() && !m.group(2).isBlank()) {
            return new StreetAddress(OptionalInt.of(Integer.parseInt(m.group(1))), normalise(m.group(2)));
        }
        return new StreetAddress(OptionalInt.empty(), normal);
    }

    public static String normalise(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[-'’,]", " ").replaceAll("\\s+", " ").strip();
    }
}
