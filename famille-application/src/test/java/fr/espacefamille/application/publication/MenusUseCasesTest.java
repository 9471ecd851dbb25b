package fr.espacefamille.application.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import fr.espacefamille.application.inmemory.InMemoryEspaceFamille;
import fr.espacefamille.application.inmemory.InMemorySchoolYears;
import fr.espacefamille.application.inmemory.MovableClock;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.calendar.SchoolYear;
import fr.espacefamille.domain.calendar.SchoolYearLabel;
import fr.espacefamille.domain.publication.Menu;
import fr.espacefamille.domain.publication.MenuLabel;
import fr.espacefamille.domain.shared.RefusedException;

class MenusUseCasesTest {

    private final InMemoryEspaceFamille town = InMemoryEspaceFamille.start(new MovableClock(Instant.parse("2026-09-01T08:00:00Z")));
    private final InMemorySchoolYears years = town.stores().schoolYears();
    private final PublishMenu publish = town.publication().publishMenu();
    private final ReadMenus read = town.publication().readMenus();
    private final Actor agent = new Actor(null, "agent", Role.SCHOOL_AGENT, null, null);

    MenusUseCasesTest() {
        years.save(new SchoolYear(new SchoolYearLabel(2026), LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 3), null,
                List.of(), new TreeSet<>()));
    }

    private static Menu menu(LocalDate date, String main) {
        return new Menu(date, "Salade de tomates", main, "Emmental", "Pomme", Set.of(MenuLabel.ORGANIC));
    }

    @Test
    void staff_publish_and_replace_a_service_day_s_menu_that_anyone_reads() {
        publish.publish(agent, menu(LocalDate.of(2026, 9, 8), "Lasagnes"));
        publish.publish(agent, menu(LocalDate.of(2026, 9, 7), "Poisson pané"));
        publish.publish(agent, menu(LocalDate.of(2026, 9, 8), "Lasagnes végétariennes"));

        assertThat(read.between(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 13))).extracting(Menu::main)
                .containsExactly("Poisson pané", "Lasagnes végétariennes");
    }

    @Test
    void refuses_menus_of_days_without_service_and_other_roles() {
        assertThatThrownBy(() -> publish.publish(agent, menu(LocalDate.of(2026, 9, 9), "Frites")))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.refusal().code()).isEqualTo("NOT_A_SERVICE_DAY"));
        assertThatThrownBy(() -> publish.publish(new Actor(null, "p", Role.PARENT, null, null), menu(LocalDate.of(2026, 9, 8), "X")))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.refusal().code()).isEqualTo("FORBIDDEN"));
        assertThatThrownBy(() -> read.between(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 31)))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.refusal().field()).hasValue("to"));
    }
}
