package fr.espacefamille.domain.nursery;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Enrolment;
import fr.espacefamille.domain.family.EnrolmentId;
import fr.espacefamille.domain.family.ChildService;
import fr.espacefamille.domain.shared.FrenchText;

/**
 * A regular-care contract (accueil régulier): the child's enrolment for a period, the weekly
 * schedule and the weeks of planned congés, declared on {@code declaredOn} (when staff registered
 * it). The child is expected on each scheduled weekday of the period outside the congés weeks, and
 * then takes a place in every half-day slot the day's hours overlap.
 */
public record RegularContract(Enrolment enrolment, WeeklySchedule schedule, SortedSet<CongesWeek> congesWeeks,
        LocalDate declaredOn) {

    public RegularContract {
        Objects.requireNonNull(enrolment, "enrolment");
        Objects.requireNonNull(schedule, "Le planning est obligatoire");
        Objects.requireNonNull(declaredOn, "declaredOn");
        if (enrolment.service() != ChildService.NURSERY_REGULAR) {
            throw new IllegalArgumentException("Un contrat d'accueil régulier porte sur le service NURSERY_REGULAR");
        }
        congesWeeks = congesWeeks == null ? new TreeSet<>() : new TreeSet<>(congesWeeks);
        for (CongesWeek week : congesWeeks) {
            if (week.monday().plusDays(6).isBefore(enrolment.from()) || week.monday().isAfter(enrolment.to())) {
                throw new IllegalArgumentException("La semaine de congés du " + FrenchText.date(week.monday()) + " est hors de la période du contrat");
            }
        }
    }

    public static RegularContract create(EnrolmentId id, ChildId child, LocalDate from, LocalDate to,
            WeeklySchedule schedule, Collection<CongesWeek> congesWeeks, LocalDate today) {
        return new RegularContract(new Enrolment(id, child, ChildService.NURSERY_REGULAR, from, to, null), schedule,
                new TreeSet<>(congesWeeks), today);
    }

    public EnrolmentId id() {
        return enrolment.id();
    }

    public ChildId child() {
        return enrolment.child();
    }

    public LocalDate from() {
        return enrolment.from();
    }

    public LocalDate to() {
        return enrolment.to();
    }

    public boolean covers(LocalDate date) {
        return enrolment.covers(date);
    }

    @Override
    public SortedSet<CongesWeek> congesWeeks() {
        return new TreeSet<>(congesWeeks);
    }

    /** The contract's hours on that date's weekday, inside the period, congés weeks included. */
    public Optional<DailyHours> scheduledOn(LocalDate date) {
        return covers(date) ? schedule.on(date.getDayOfWeek()) : Optional.empty();
    }

    public Optional<CongesWeek> congesWeekOf(LocalDate date) {
        return congesWeeks.stream().filter(w -> w.contains(date)).findFirst();
    }

    /** The hours the child is expected on that date: scheduled and not on congés. */
    public Optional<DailyHours> expectedOn(LocalDate date) {
        return congesWeekOf(date).isPresent() ? Optional.empty() : scheduledOn(date);
    }

    /** True when the contract takes a place in that slot. */
    public boolean occupies(Slot slot) {
        return expectedOn(slot.date()).map(hours -> hours.periods().contains(slot.period())).orElse(false);
    }

    /** The contract ended early, {@code lastDay} being its last day; congés weeks after it are dropped. */
    public RegularContract endingOn(LocalDate lastDay) {
        if (lastDay.isBefore(from()) || lastDay.isAfter(to())) {
            throw new IllegalArgumentException("Le dernier jour doit être compris entre le " + FrenchText.date(from()) + " et le " + FrenchText.date(to()));
        }
        SortedSet<CongesWeek> kept = new TreeSet<>();
        congesWeeks.stream().filter(w -> !w.monday().isAfter(lastDay)).forEach(kept::add);
        Enrolment ended = new Enrolment(enrolment.id(), enrolment.child(), enrolment.service(), from(), lastDay, null);
        return new RegularContract(ended, schedule, kept, declaredOn);
    }
}
