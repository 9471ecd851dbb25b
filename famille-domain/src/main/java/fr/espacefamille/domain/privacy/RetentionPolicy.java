package fr.espacefamille.domain.privacy;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * §13: a family's personal data is kept while it uses a service and for 3 years after its last
 * enrolment or contract ended and its last invoice was settled; then it is anonymised. A family
 * with an open invoice is never due (the debt is still being collected), nor one that never used
 * a service nor received an invoice (nothing has started the count: staff decide about it).
 */
public final class RetentionPolicy {

    public static final Period RETENTION = Period.ofYears(3);
    /** How far ahead staff see the families that will become due. */
    public static final Period NOTICE = Period.ofMonths(1);

    private RetentionPolicy() {
    }

    /** The first day the family may be anonymised, if the count has started. */
    public static Optional<LocalDate> dueOn(FamilyActivity activity) {
        if (activity.openInvoice()) {
            return Optional.empty();
        }
        Optional<LocalDate> end = activity.lastServiceEndDate();
        Optional<LocalDate> settled = activity.lastSettlementDate();
        Optional<LocalDate> last = end.isEmpty() ? settled
                : settled.isEmpty() ? end : Optional.of(end.get().isAfter(settled.get()) ? end.get() : settled.get());
        return last.map(day -> day.plus(RETENTION).plusDays(1));
    }

    public static boolean isDue(FamilyActivity activity, LocalDate today) {
        return dueOn(activity).filter(due -> !due.isAfter(today)).isPresent();
    }

    /** Due on or before {@code today} plus the notice: what staff see {@code today}. */
    public static boolean isDueWithinNotice(FamilyActivity activity, LocalDate today) {
        return isDue(activity, today.plus(NOTICE));
    }
}
