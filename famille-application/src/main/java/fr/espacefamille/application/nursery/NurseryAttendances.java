package fr.espacefamille.application.nursery;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.nursery.NurseryAttendance;

/** Out-port: arrivals and departures recorded at the nursery, one record per child and day. */
public interface NurseryAttendances {

    /** Records the child's attendance of that day, replacing an earlier record. */
    void save(NurseryAttendance attendance);

    void remove(ChildId child, LocalDate date);

    Optional<NurseryAttendance> of(ChildId child, LocalDate date);

    List<NurseryAttendance> on(LocalDate date);

    List<NurseryAttendance> ofChildBetween(ChildId child, LocalDate from, LocalDate to);
}
