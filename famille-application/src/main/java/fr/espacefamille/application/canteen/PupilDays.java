package fr.espacefamille.application.canteen;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import fr.espacefamille.application.canteen.Pupils.Pupil;
import fr.espacefamille.domain.calendar.DateRange;
import fr.espacefamille.domain.canteen.AbsenceBilling;
import fr.espacefamille.domain.family.ChildId;

/**
 * Out-port: a pupil with their booked and absent days over a range, read together. The month
 * view is the portal's most frequent read; a database answers this in one round trip instead of
 * three (pupil, bookings, absences), and round trips are most of what the view costs.
 */
public interface PupilDays {

    record Read(Pupil pupil, SortedSet<LocalDate> booked, SortedMap<LocalDate, AbsenceBilling> absent) {

        public Read {
            Objects.requireNonNull(pupil, "pupil");
            booked = new TreeSet<>(booked);
            absent = new TreeMap<>(absent);
        }
    }

    /** The pupil with their days from {@code range}, or empty for an unknown child. */
    Optional<Read> of(ChildId child, DateRange range);

    /** The same answer from the three stores one after another, where round trips cost nothing (in memory). */
    static PupilDays composed(Pupils pupils, CanteenBookings bookings, CanteenAbsences absences) {
        return (child, range) -> pupils.byId(child)
                .map(pupil -> new Read(pupil, bookings.ofChild(child, range), absences.daysOf(child, range)));
    }
}
