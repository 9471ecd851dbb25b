package fr.espacefamille.domain.billing;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number of an invoice or credit note: {@code {régie prefix}-{year}-{6-digit sequence}}, e.g.
 * {@code AS-2026-000123}. Sequences start at 1 in each régie and year.
 */
public record InvoiceNumber(Regie regie, int year, long sequence) implements Comparable<InvoiceNumber> {

    public static final long MAX_SEQUENCE = 999_999;
    private static final Pattern FORMAT = Pattern.compile("(AS|PE)-(\\d{4})-(\\d{6})");

    public InvoiceNumber {
        Objects.requireNonNull(regie, "regie");
        if (year < 2000 || year > 9999) {
            throw new IllegalArgumentException("Invoice year out of range: " + year);
        }
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("La numérotation de l'année " + year + " est épuisée (" + MAX_SEQUENCE + " pièces)");
        }
    }

    public static Optional<InvoiceNumber> parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            return Optional.empty();
        }
        Regie regie = m.group(1).equals(Regie.SCHOOL.prefix()) ? Regie.SCHOOL : Regie.EARLY_CHILDHOOD;
        long sequence = Long.parseLong(m.group(3));
        return sequence == 0 ? Optional.empty() : Optional.of(new InvoiceNumber(regie, Integer.parseInt(m.group(2)), sequence));
    }

    /** The number that follows this one in the same régie and year. */
    public InvoiceNumber next() {
        return new InvoiceNumber(regie, year, sequence + 1);
    }

    @Override
    public int compareTo(InvoiceNumber other) {
        return toString().compareTo(other.toString());
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s-%04d-%06d", regie.prefix(), year, sequence);
    }
}
