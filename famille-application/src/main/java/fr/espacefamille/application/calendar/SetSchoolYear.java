package fr.espacefamille.application.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.calendar.HolidayPeriod;
import fr.espacefamille.domain.calendar.SchoolYear;
import fr.espacefamille.domain.calendar.SchoolYearLabel;
import fr.espacefamille.domain.calendar.ServiceCalendar;
import fr.espacefamille.domain.shared.Refusal;

/**
 * Staff enter or replace a school year: dates, school weekdays (default Monday, Tuesday, Thursday,
 * Friday), holidays and extra closure days. Public holidays are computed, never entered.
 * <p>Refuses (API error codes): {@code VALIDATION_FAILED}, {@code FORBIDDEN}, {@code SCHOOL_YEARS_OVERLAP}.
 */
public final class SetSchoolYear {

    public static final Refusal SCHOOL_YEARS_OVERLAP = Refusal.rule("SCHOOL_YEARS_OVERLAP",
            "Cette année scolaire chevauche une autre année déjà saisie.");

    /**
     * The school year; {@code weekdays} null means the default week. From code:
     * {@code Command.of(label, start, end).withHoliday(period).withClosure(day)}.
     */
    public record Command(SchoolYearLabel label, LocalDate start, LocalDate end, Set<DayOfWeek> weekdays,
            List<HolidayPeriod> holidays, Set<LocalDate> closures) {

        /** A year with school on the default weekdays, no holidays and no closures yet. */
        public static Command of(SchoolYearLabel label, LocalDate start, LocalDate end) {
            return new Command(label, start, end, null, List.of(), Set.of());
        }

        public Command withWeekdays(Set<DayOfWeek> weekdays) {
            return new Command(label, start, end, Set.copyOf(weekdays), holidays, closures);
        }

        public Command withHoliday(HolidayPeriod holiday) {
            List<HolidayPeriod> more = new ArrayList<>(holidays);
            more.add(holiday);
            return new Command(label, start, end, weekdays, List.copyOf(more), closures);
        }

        public Command withClosure(LocalDate day) {
            Set<LocalDate> more = new HashSet<>(closures);
            more.add(day);
            return new Command(label, start, end, weekdays, holidays, Set.copyOf(more));
        }
    }

    private final SchoolYears schoolYears;
    private final Transactions transactions;
    private final Audit audit;

    public SetSchoolYear(SchoolYears schoolYears, Transactions transactions, Audit audit) {
        this.schoolYears = schoolYears;
        this.transactions = transactions;
        this.audit = audit;
    }

    public SchoolYear set(Actor actor, Command command) {
        actor.require(Role.SCHOOL_AGENT);
        SchoolYear.refusalOfDates(command.label(), command.start(), command.end()).ifPresent(refusal -> {
            throw Refusals.refuse(refusal);
        });
        SortedSet<LocalDate> closures = new TreeSet<>(command.closures());
        SchoolYear year = new SchoolYear(command.label(), command.start(), command.end(), command.weekdays(),
                command.holidays(), closures);
        closures.stream().filter(d -> !year.contains(d)).findFirst().ifPresent(d -> {
            throw Refusals.invalid("closures", "le " + d + " n'est pas dans l'année scolaire");
        });
        return transactions.inTransaction(() -> {
            ServiceCalendar calendar = schoolYears.calendar();
            try {
                calendar.with(year);
            } catch (IllegalArgumentException overlap) {
                throw Refusals.refuse(SCHOOL_YEARS_OVERLAP);
            }
            schoolYears.save(year);
            audit.record(actor, "SCHOOL_YEAR_SAVED", year.label(),
                    calendar.year(year.label()).map(SetSchoolYear::describe).orElse(null), describe(year));
            return year;
        });
    }

    static String describe(SchoolYear y) {
        return AuditJson.of("start", y.start(), "end", y.end(), "weekdays", new TreeSet<>(y.weekdays()),
                "holidays", y.holidays().size(), "closures", y.closures());
    }
}
