package fr.espacefamille.application.canteen;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.calendar.SchoolYears;
import fr.espacefamille.application.canteen.Pupils.Pupil;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.calendar.DateRange;
import fr.espacefamille.domain.canteen.BookingPolicy;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.shared.Refusal;

/**
 * What the canteen's use cases share about a child: who may reach it (its family's parents and
 * staff; anyone else gets "not found", like an unknown child), who may change its bookings, and
 * its booking policy.
 */
final class CanteenChildren {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Pupils pupils;
    private final SchoolYears schoolYears;

    CanteenChildren(Pupils pupils, SchoolYears schoolYears) {
        this.pupils = pupils;
        this.schoolYears = schoolYears;
    }

    /** The child, if the actor may see it; another family's child is "not found". */
    Pupil reach(Actor actor, ChildId child) {
        return pupils.byId(child).filter(p -> actor.mayReach(p.family())).orElseThrow(Refusals::notFound);
    }

    /** The child, if the actor may change its canteen days: its parents, SCHOOL_AGENT and ADMIN. */
    Pupil reachToChange(Actor actor, ChildId child) {
        Pupil pupil = reach(actor, child);
        if (actor.isStaff() && !actor.role().mayActAs(Role.SCHOOL_AGENT)) {
            throw Refusals.refuse(Refusal.forbidden());
        }
        return pupil;
    }

    /** The child, if the actor may change its day {@code day} now; else the refusal (deadline, service day, enrolment). */
    Pupil reachToChange(Actor actor, ChildId child, LocalDate day, Instant now) {
        Pupil pupil = reachToChange(actor, child);
        policyOf(pupil).refusal(day, now, overridesDeadline(actor)).ifPresent(refusal -> {
            throw Refusals.refuse(refusal);
        });
        return pupil;
    }

    BookingPolicy policyOf(Pupil pupil) {
        return new BookingPolicy(schoolYears.calendar(), pupil.canteenYears());
    }

    /** Staff of the canteen change bookings at any time, deadline or not. */
    static boolean overridesDeadline(Actor actor) {
        return actor.isStaff() && actor.role().mayActAs(Role.SCHOOL_AGENT);
    }

    static boolean mayChange(Actor actor) {
        return !actor.isStaff() || actor.role().mayActAs(Role.SCHOOL_AGENT);
    }

    /** A range of at most {@link DateRange#MAX_DAYS} days, or 400 naming {@code to}. */
    static DateRange range(LocalDate from, LocalDate to) {
        if (from == null) {
            throw Refusals.invalid("from", "champ obligatoire");
        }
        if (to == null) {
            throw Refusals.invalid("to", "champ obligatoire");
        }
        if (to.isBefore(from)) {
            throw Refusals.invalid("to", "la date de fin précède la date de début");
        }
        DateRange range = new DateRange(from, to);
        if (!range.isAtMostMaxDays()) {
            throw Refusals.invalid("to", "la période dépasse " + DateRange.MAX_DAYS + " jours");
        }
        return range;
    }

    static String state(LocalDate day, Object status) {
        return AuditJson.of("date", day, "status", status);
    }
}
