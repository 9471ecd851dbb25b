package fr.espacefamille.application.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.espacefamille.application.inmemory.InMemoryAuditLog;
import fr.espacefamille.application.inmemory.InMemoryEspaceFamille;
import fr.espacefamille.application.inmemory.InMemorySchoolYears;
import fr.espacefamille.application.inmemory.MovableClock;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.calendar.HolidayPeriod;
import fr.espacefamille.domain.calendar.SchoolYearLabel;
import fr.espacefamille.domain.shared.RefusedException;

class SetSchoolYearTest {

    private final InMemoryEspaceFamille town = InMemoryEspaceFamille.start(new MovableClock(Instant.parse("2026-06-01T08:00:00Z")));
    private final InMemoryAuditLog log = town.stores().auditLog();
    private final InMemorySchoolYears years = town.stores().schoolYears();
    private final SetSchoolYear set = town.calendar().setSchoolYear();
    private final Actor agent = new Actor(null, "agent", Role.SCHOOL_AGENT, null, null);

    private SetSchoolYear.Command year(int first, LocalDate start, LocalDate end, Set<DayOfWeek> weekdays, Set<LocalDate> closures) {
        return new SetSchoolYear.Command(new SchoolYearLabel(first), start, end, weekdays,
                List.of(new HolidayPeriod(LocalDate.of(first, 10, 17), LocalDate.of(first, 11, 1), "Toussaint")), closures);
    }

    @Test
    void enters_then_replaces_a_year_whole() {
        set.set(agent, year(2026, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 3), Set.of(), Set.of(LocalDate.of(2026, 9, 18))));
        set.set(agent, year(2026, LocalDate.of(2026, 9, 2), LocalDate.of(2027, 7, 3),
                Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), Set.of()));

        assertThat(years.all()).singleElement().satisfies(y -> {
            assertThat(y.start()).isEqualTo(LocalDate.of(2026, 9, 2));
            assertThat(y.closures()).isEmpty();
        });
        assertThat(years.calendar().isServiceDay(LocalDate.of(2026, 9, 9))).as("Wednesdays now").isTrue();
        assertThat(years.calendar().isServiceDay(LocalDate.of(2026, 9, 18))).isTrue();
        assertThat(log.between(Instant.EPOCH, Instant.MAX, 10)).hasSize(2).last()
                .satisfies(e -> assertThat(e.before()).contains("2026-09-01"));
    }

    @Test
    void refuses_overlapping_years_closures_outside_the_year_and_other_roles() {
        set.set(agent, year(2026, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 3), Set.of(), Set.of()));

        assertThatThrownBy(() -> set.set(agent, year(2027, LocalDate.of(2027, 7, 1), LocalDate.of(2028, 7, 3), Set.of(), Set.of())))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.refusal().code()).isEqualTo("SCHOOL_YEARS_OVERLAP"));
        assertThatThrownBy(() -> set.set(agent, year(2027, LocalDate.of(2027, 9, 1), LocalDate.of(2028, 7, 3), Set.of(),
                Set.of(LocalDate.of(2028, 8, 1))))).isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.refusal().field()).hasValue("closures"));
        assertThatThrownBy(() -> set.set(new Actor(null, "finance", Role.FINANCE_AGENT, null, null),
                year(2027, LocalDate.of(2027, 9, 1), LocalDate.of(2028, 7, 3), Set.of(), Set.of())))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.refusal().code()).isEqualTo("FORBIDDEN"));
        assertThat(years.all()).hasSize(1);
    }
}
