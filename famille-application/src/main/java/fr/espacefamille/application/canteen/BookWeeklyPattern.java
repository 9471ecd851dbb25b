package fr.espacefamille.application.canteen;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.calendar.SchoolYears;
import fr.espacefamille.application.canteen.Pupils.Pupil;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.calendar.DateRange;
import fr.espacefamille.domain.calendar.SchoolYear;
import fr.espacefamille.domain.canteen.BookingDeadline;
import fr.espacefamille.domain.canteen.BookingPolicy;
import fr.espacefamille.domain.shared.Refusal;
import fr.espacefamille.domain.family.ChildId;

/**
 * A parent books, in one action, the chosen weekdays of a range of at most 93 days. Days already
 * booked count as booked; days that cannot be booked are skipped with the error code a single
 * booking would get (NOT_A_SERVICE_DAY — also outside the school year —, NOT_ENROLLED,
 * BOOKING_DEADLINE_PASSED). One audit entry lists the days it booked. {@link #bookRestOfYear} covers
 * the rest of the school year in one action.
 * <p>Refuses (API error codes): {@code VALIDATION_FAILED}, {@code BOOKING_DEADLINE_PASSED}, {@code NOT_A_SERVICE_DAY}, {@code NOT_ENROLLED}.
 */
public final class BookWeeklyPattern {

    static final Refusal NO_SCHOOL_YEAR = Refusal.rule("NOT_A_SERVICE_DAY",
            "Le calendrier de la prochaine année scolaire n'est pas encore publié : aucun repas ne peut être réservé.");

    /** The request that {@link BookWeeklyPattern} carries out. */
    public record Command(ChildId child, LocalDate from, LocalDate to, Set<DayOfWeek> weekdays) {
    }

    /** A day the pattern did not book, with the error code booking it alone would get. */
    public record Skipped(LocalDate date, String reason) {
    }

    /** What {@link BookWeeklyPattern} answers. */
    public record Result(List<LocalDate> booked, List<Skipped> skipped) {
    }

    private final CanteenChildren children;
    private final SchoolYears schoolYears;
    private final CanteenBookings bookings;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;

    public BookWeeklyPattern(Pupils pupils, SchoolYears schoolYears, CanteenBookings bookings, Transactions transactions,
            Audit audit, Clock clock) {
        this.children = new CanteenChildren(pupils, schoolYears);
        this.schoolYears = schoolYears;
        this.bookings = bookings;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The pattern from tomorrow to the end of the school year under way (or the next one, in summer),
     * booked in ranges of at most 93 days inside one transaction: all of it or, on an error, nothing.
     */
    public Result bookRestOfYear(Actor actor, ChildId child, Set<DayOfWeek> weekdays) {
        LocalDate from = LocalDate.now(clock.withZone(BookingDeadline.PARIS)).plusDays(1);
        LocalDate end = restOfYearEnd(from).orElseThrow(() -> Refusals.refuse(NO_SCHOOL_YEAR));
        return transactions.inTransaction(() -> {
            List<LocalDate> booked = new ArrayList<>();
            List<Skipped> skipped = new ArrayList<>();
            for (LocalDate start = from; !start.isAfter(end); start = start.plusDays(DateRange.MAX_DAYS)) {
                LocalDate last = start.plusDays(DateRange.MAX_DAYS - 1L);
                Result part = book(actor, new Command(child, start, last.isAfter(end) ? end : last, weekdays));
                booked.addAll(part.booked());
                skipped.addAll(part.skipped());
            }
            return new Result(booked, skipped);
        });
    }

    /** The last day of the school year {@code from} belongs to, else of the next one to start. */
    public Optional<LocalDate> restOfYearEnd(LocalDate from) {
        return schoolYears.calendar().years().stream().filter(y -> !y.end().isBefore(from)).findFirst().map(SchoolYear::end);
    }

    public Result book(Actor actor, Command command) {
        DateRange range = CanteenChildren.range(command.from(), command.to());
        if (command.weekdays() == null || command.weekdays().isEmpty()) {
            throw Refusals.invalid("weekdays", "choisissez au moins un jour de la semaine");
        }
        return transactions.inTransaction(() -> {
            Pupil pupil = children.reachToChange(actor, command.child());
            BookingPolicy policy = children.policyOf(pupil);
            Set<LocalDate> alreadyBooked = bookings.ofChild(pupil.id(), range);
            Instant now = clock.instant();
            boolean override = CanteenChildren.overridesDeadline(actor);
            List<LocalDate> booked = new ArrayList<>();
            List<LocalDate> newlyBooked = new ArrayList<>();
            List<Skipped> skipped = new ArrayList<>();
            range.days().filter(day -> command.weekdays().contains(day.getDayOfWeek())).forEach(day -> {
                Optional<Refusal> refusal = policy.refusal(day, now, override);
                if (policy.isServiceDay(day) && alreadyBooked.contains(day)) {
                    booked.add(day);
                } else if (refusal.isPresent()) {
                    skipped.add(new Skipped(day, refusal.get().code()));
                } else {
                    bookings.book(pupil.id(), day, pupil.school());
                    booked.add(day);
                    newlyBooked.add(day);
                }
            });
            if (!newlyBooked.isEmpty()) {
                audit.record(actor, "CANTEEN_PATTERN_BOOKED", pupil.id(), null, "{\"booked\":\"" + newlyBooked + "\"}");
            }
            return new Result(booked, skipped);
        });
    }
}
