package fr.espacefamille.domain.canteen;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How the booked days of one absence report are billed (SPEC §2): illness with a medical
 * certificate → the first day is billed (jour de carence), the others of the same report are not;
 * hospitalisation → none is billed; any other reason, and illness without a certificate → all are.
 * Only days past their booking deadline reach this policy: earlier ones are simply cancelled.
 */
public final class CarenceDayPolicy {

    private CarenceDayPolicy() {
    }

    public static SortedMap<LocalDate, AbsenceBilling> billing(AbsenceReason reason, boolean withCertificate,
            Collection<LocalDate> bookedDays) {
        SortedMap<LocalDate, AbsenceBilling> outcome = new TreeMap<>();
        for (LocalDate day : new TreeSet<>(bookedDays)) {
            outcome.put(day, billingOf(reason, withCertificate, outcome.isEmpty()));
        }
        return Collections.unmodifiableSortedMap(outcome);
    }

    private static AbsenceBilling billingOf(AbsenceReason reason, boolean withCertificate, boolean first) {
        return switch (reason) {
            case HOSPITALISATION -> AbsenceBilling.NOT_BILLED;
            case ILLNESS -> !withCertificate ? AbsenceBilling.BILLED : first ? AbsenceBilling.CARENCE_DAY : AbsenceBilling.NOT_BILLED;
            case FAMILY_EVENT, OTHER -> AbsenceBilling.BILLED;
        };
    }
}
