package fr.espacefamille.adapter.http.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import fr.espacefamille.domain.shared.Money;

/** Dates and amounts written for French readers. */
public final class French {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRANCE);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);

    private French() {
    }

    /** « mardi 1 septembre 2026 ». */
    public static String date(LocalDate date) {
        return date == null ? "" : LONG_DATE.format(date);
    }

    /** « 01/09/2026 ». */
    public static String shortDate(LocalDate date) {
        return date == null ? "" : SHORT_DATE.format(date);
    }

    /** « 15,50 € ». */
    public static String money(long cents) {
        return Money.ofCents(cents).toFrench();
    }
}
