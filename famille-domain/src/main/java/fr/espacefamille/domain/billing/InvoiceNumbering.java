package fr.espacefamille.domain.billing;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;

/**
 * Which sequence a document issued on a day takes its number from: the régie's sequence of the
 * issue date's year (usual French practice: a December invoice issued on 5 January is numbered in
 * the new year), whatever month it bills. Invoices and credit notes share the sequence.
 */
public final class InvoiceNumbering {

    private InvoiceNumbering() {
    }

    public static int yearOf(LocalDate issuedOn) {
        return issuedOn.getYear();
    }

    /** The {@code count} numbers that follow {@code lastIssued} (0 when none was issued that year). */
    public static List<InvoiceNumber> following(Regie regie, LocalDate issuedOn, long lastIssued, int count) {
        int year = yearOf(issuedOn);
        return LongStream.rangeClosed(lastIssued + 1, lastIssued + count)
                .mapToObj(sequence -> new InvoiceNumber(regie, year, sequence))
                .toList();
    }
}
