package fr.espacefamille.adapter.jdbc.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.jdbc.Backend;
import fr.espacefamille.adapter.jdbc.StoreContract;
import fr.espacefamille.application.calendar.SchoolYears;
import fr.espacefamille.application.inmemory.InMemorySchoolYears;
import fr.espacefamille.domain.calendar.HolidayPeriod;
import fr.espacefamille.domain.calendar.SchoolYear;
import fr.espacefamille.domain.calendar.SchoolYearLabel;

/** What every {@link SchoolYears} store does. */
abstract class SchoolYearsContract extends StoreContract {

    private SchoolYears years;

    SchoolYearsContract(Supplier<Backend> backends) {
        super(backends);
    }

    @BeforeEach
    void openStore() {
        years = backend.store(InMemorySchoolYears::new, JdbiSchoolYears::new);
    }

    static SchoolYear y2026(Set<DayOfWeek> weekdays, Set<LocalDate> closures) {
        return new SchoolYear(new SchoolYearLabel(2026), LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 3), weekdays,
                List.of(new HolidayPeriod(LocalDate.of(2026, 10, 17), LocalDate.of(2026, 11, 1), "Toussaint"),
                        new HolidayPeriod(LocalDate.of(2026, 12, 19), LocalDate.of(2027, 1, 3), "Noël")),
                new TreeSet<>(closures));
    }

    @Test
    void reads_back_years_whole_in_date_order() {
        SchoolYear y2027 = new SchoolYear(new SchoolYearLabel(2027), LocalDate.of(2027, 9, 1), LocalDate.of(2028, 7, 4),
                null, List.of(), new TreeSet<>());
        SchoolYear y2026 = y2026(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of(LocalDate.of(2026, 9, 18), LocalDate.of(2026, 9, 4)));
        years.save(y2027);
        years.save(y2026);

        assertThat(years.all()).containsExactly(y2026, y2027);
        assertThat(years.byLabel(new SchoolYearLabel(2027))).contains(y2027);
        assertThat(years.calendar().isServiceDay(LocalDate.of(2026, 9, 7))).isTrue();
        assertThat(years.calendar().isServiceDay(LocalDate.of(2026, 9, 8))).as("Tuesdays are not school days here").isFalse();
    }

    @Test
    void a_saved_year_replaces_the_one_of_the_same_label_and_the_calendar_follows() {
        years.save(y2026(Set.of(), Set.of(LocalDate.of(2026, 9, 18))));
        assertThat(years.calendar().isServiceDay(LocalDate.of(2026, 9, 18))).isFalse();

        SchoolYear replaced = y2026(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of());
        years.save(replaced);

        assertThat(years.all()).containsExactly(replaced);
        assertThat(years.calendar().isServiceDay(LocalDate.of(2026, 9, 18))).isTrue();
        assertThat(years.calendar().isServiceDay(LocalDate.of(2026, 9, 9))).isTrue();
    }

    @Test
    void another_instance_sees_a_change_made_through_this_one() {
        SchoolYears other = backend.store(tx -> years, JdbiSchoolYears::new);
        assertThat(other.calendar().years()).isEmpty();

        years.save(y2026(Set.of(), Set.of()));

        assertThat(other.calendar().isServiceDay(LocalDate.of(2026, 9, 7))).isTrue();
    }

    @Test
    void a_change_rolled_back_is_not_seen_even_by_a_calendar_read_inside_it() {
        years.save(y2026(Set.of(), Set.of()));
        try {
            backend.transactions().run(() -> {
                years.save(y2026(Set.of(), Set.of(LocalDate.of(2026, 9, 7))));
                assertThat(years.calendar().isServiceDay(LocalDate.of(2026, 9, 7))).isFalse();
                throw new IllegalStateException("refused");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(years.calendar().isServiceDay(LocalDate.of(2026, 9, 7))).isTrue();
    }
}
