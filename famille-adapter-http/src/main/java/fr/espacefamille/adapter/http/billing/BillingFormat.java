package fr.espacefamille.adapter.http.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fr.espacefamille.adapter.http.shared.French;
import fr.espacefamille.domain.billing.InvoiceLine;
import fr.espacefamille.domain.shared.Money;
import fr.espacefamille.domain.yearly.BillingRate;

/** How billing reads in French on the pages: amounts, dates, months, quantities, rates; and euros typed in forms. */
public final class BillingFormat {

    private BillingFormat() {
    }

    public static String money(Money amount) {
        return amount.toFrench();
    }

    public static String cents(long cents) {
        return French.money(cents);
    }

    public static String date(LocalDate date) {
        return date == null ? "—" : French.shortDate(date);
    }

    public static String month(YearMonth month) {
        String text = month.format(InvoicePdf.FRENCH_MONTH);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public static String quantity(InvoiceLine line) {
        return InvoicePdf.quantity(line);
    }

    /** Half-hours as hours people read: 15 half-hours are « 7,5 h ». */
    public static String halfHours(long halfHours) {
        return (halfHours % 2 == 0 ? String.valueOf(halfHours / 2) : halfHours / 2 + ",5") + "\u00a0h";
    }

    /** The CAF billing rate's alert as staff read it, on the page and in the spreadsheet. */
    public static String flag(BillingRate.Flag flag) {
        return switch (flag) {
            case ABOVE_120 -> "au-delà de 120\u00a0%";
            case ABOVE_107 -> "au-delà de 107\u00a0%";
            case UNDEFINED -> "non défini";
            case OK -> "aucune";
        };
    }

    /** An effort rate as the percentage people know: 0.000619 reads « 0,0619 % ». */
    public static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString().replace('.', ',') + "\u00a0%";
    }

    /** A form's euro amount in cents: « 12,50 », « 12.5 », « 12 » or « 12,50 € »; empty when it is not one. */
    public static Optional<Long> euros(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String cleaned = text.strip().replace("€", "").replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace(',', '.');
        if (!cleaned.matches("\\d{1,7}(\\.\\d{1,2})?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(cleaned).movePointRight(2).longValueExact());
    }

    /** An amount in cents as a form shows it back: « 12,50 ». */
    public static String eurosInput(long cents) {
        return InvoiceDownloads.euros(cents);
    }

    /** The lines of each child together, in the order of the invoice. */
    public static List<List<InvoiceLine>> byChild(List<InvoiceLine> lines) {
        return new ArrayList<>(InvoicePdf.byChild(lines).values());
    }
}
