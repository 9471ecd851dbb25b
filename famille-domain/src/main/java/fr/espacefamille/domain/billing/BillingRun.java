package fr.espacefamille.domain.billing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import fr.espacefamille.domain.shared.FrenchText;
import fr.espacefamille.domain.shared.Money;
import fr.espacefamille.domain.shared.Refusal;

/**
 * A billing run of one régie and month: a draft (a preview that a later run replaces, nothing
 * numbered) or the issue of the month's invoices, which happens once. Its total is the sum of its
 * invoices.
 */
public record BillingRun(BillingRunId id, Regie regie, YearMonth month, Status status, Instant startedAt,
        String startedBy, LocalDate issuedOn, int invoiceCount, Money total) {

    public enum Status {
        DRAFT("Brouillon"), ISSUED("Émise");

        private final String frenchLabel;

        Status(String frenchLabel) {
            this.frenchLabel = frenchLabel;
        }

        public String frenchLabel() {
            return frenchLabel;
        }
    }

    private static final DateTimeFormatter FRENCH_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

    public BillingRun {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(regie, "regie");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(startedBy, "startedBy");
        Objects.requireNonNull(total, "total");
        if ((status == Status.ISSUED) != (issuedOn != null)) {
            throw new IllegalArgumentException("An issued run, and only it, has an issue date");
        }
        if (invoiceCount < 0 || total.isNegative()) {
            throw new IllegalArgumentException("A run counts invoices and money, never below zero");
        }
    }

    /**
     * Why a run of {@code regie}'s {@code month} cannot start on {@code today}, if it cannot: issuing waits
     * for the month's end, a draft being possible meanwhile ({@code MONTH_NOT_OVER}); a month is issued once,
     * corrections being credit notes ({@code MONTH_ALREADY_ISSUED}, for a draft too); the régie's tariff must be
     * in force on the month's first day ({@code TARIFF_MISSING}). {@code issued} is the month's issued run, if any.
     */
    public static Optional<Refusal> refusalToStart(Regie regie, YearMonth month, boolean issue, LocalDate today,
            Optional<BillingRun> issued, TariffSchedule tariffs) {
        if (issue && !today.isAfter(month.atEndOfMonth())) {
            return Optional.of(Refusal.rule("MONTH_NOT_OVER", "Le mois de " + french(month)
                    + " n'est pas terminé : ses factures pourront être émises à partir du "
                    + FrenchText.dayMonth(month.plusMonths(1).atDay(1)) + " " + month.plusMonths(1).getYear()
                    + ". Un brouillon est possible dès maintenant."));
        }
        if (issued.isPresent()) {
            return Optional.of(Refusal.conflict("MONTH_ALREADY_ISSUED", "Les factures " + regie.frenchName() + " de "
                    + french(month) + " ont déjà été émises ; les corrections se font par avoir."));
        }
        LocalDate first = month.atDay(1);
        if (!tariffs.hasTariff(regie, first)) {
            return Optional.of(Refusal.rule("TARIFF_MISSING", "Aucun tarif " + (regie == Regie.SCHOOL
                    ? "de restauration scolaire" : "du multi-accueil") + " n'est en vigueur le " + FrenchText.dayMonth(first)
                    + " " + first.getYear() + " : saisissez-le avant de facturer " + french(month) + "."));
        }
        return Optional.empty();
    }

    /** « septembre 2026 ». */
    public static String french(YearMonth month) {
        return month.format(FRENCH_MONTH);
    }

    /** A run that has not billed anyone yet. */
    public static BillingRun start(Regie regie, YearMonth month, boolean issue, Instant now, LocalDate today, String startedBy) {
        return new BillingRun(BillingRunId.random(), regie, month, issue ? Status.ISSUED : Status.DRAFT, now, startedBy,
                issue ? today : null, 0, Money.ZERO);
    }

    /** This run having billed {@code count} more invoices totalling {@code amount}. */
    public BillingRun plus(int count, Money amount) {
        return new BillingRun(id, regie, month, status, startedAt, startedBy, issuedOn, invoiceCount + count, total.plus(amount));
    }

    public boolean issued() {
        return status == Status.ISSUED;
    }
}
