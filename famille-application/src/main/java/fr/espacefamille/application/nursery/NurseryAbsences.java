package fr.espacefamille.application.nursery;

import java.time.LocalDate;
import java.util.List;

import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.nursery.NurseryAbsence;

/** Out-port: absence reports of regular children. A day of a child belongs to one report at most. */
public interface NurseryAbsences {

    void add(NurseryAbsence absence);

    /** The child's reports with a day from {@code from} to {@code to}, by first day. */
    List<NurseryAbsence> ofChildBetween(ChildId child, LocalDate from, LocalDate to);

    /** Every report of the child, latest first, also those that only cancelled occasional places. */
    List<NurseryAbsence> ofChild(ChildId child);
}
