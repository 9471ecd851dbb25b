package fr.espacefamille.domain.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A school year's name, {@code 2026-2027}: two consecutive years. */
public record SchoolYearLabel(int firstYear) {

    private static final Pattern FORM = Pattern.compile("(\\d{4})-(\\d{4})");

    public SchoolYearLabel {
        if (firstYear < 2000 || firstYear > 2200) {
            throw new IllegalArgumentException("Année scolaire invalide");
        }
    }

    public static Optional<SchoolYearLabel> parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        if (second != first + 1 || first < 2000 || first > 2200) {
            return Optional.empty();
        }
        return Optional.of(new SchoolYearLabel(first));
    }

    /** The school year a date belongs to by the usual rule: it turns over on 1 August. */
    public static SchoolYearLabel containing(LocalDate date) {
        return new SchoolYearLabel(date.getMonthValue() >= Month.AUGUST.getValue() ? date.getYear() : date.getYear() - 1);
    }

    @Override
    public String toString() {
        return firstYear + "-" + (firstYear + 1);
    }
}
