package fr.espacefamille.application.nursery;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.EnrolmentId;
import fr.espacefamille.domain.nursery.RegularContract;

/**
 * Out-port: regular contracts' schedules and congés weeks, keyed by their enrolment. The
 * enrolment itself (child, service, period) is kept by {@code Enrolments}: add it there first,
 * and change its dates there too.
 */
public interface RegularContracts {

    void add(RegularContract contract);

    /** Saves the congés weeks of a contract whose period changed. */
    void update(RegularContract contract);

    Optional<RegularContract> byId(EnrolmentId id);

    List<RegularContract> ofChild(ChildId child);

    /** Contracts whose period shares a day with {@code from}–{@code to}, by start date. */
    List<RegularContract> overlapping(LocalDate from, LocalDate to);

    /** Contracts still running on {@code day} or starting after it. */
    default List<RegularContract> runningFrom(LocalDate day) {
        return overlapping(day, LocalDate.of(9999, 12, 31));
    }
}
