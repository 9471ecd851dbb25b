package fr.espacefamille.bootstrap;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.espacefamille.application.calendar.SetSchoolYear;
import fr.espacefamille.application.canteen.EnrolInCanteen;
import fr.espacefamille.application.canteen.Pupils.Pupil;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.calendar.HolidayPeriod;
import fr.espacefamille.domain.calendar.SchoolYearLabel;
import fr.espacefamille.domain.calendar.ServiceCalendar;
import fr.espacefamille.domain.family.School;
import fr.espacefamille.domain.publication.Menu;
import fr.espacefamille.domain.publication.MenuLabel;

/**
 * The demo town's canteen, loaded through the use cases when no school year exists: the school
 * years 2025-2026 and 2026-2027 with the zone B holidays (académie de Nantes), every demo child
 * of a school enrolled in the canteen, and three weeks of menus from this week on.
 */
final class CanteenDemo {

    private static final Logger LOG = LoggerFactory.getLogger(CanteenDemo.class);
    private static final List<Menu> ROTATION = List.of(
            menu("Carottes râpées", "Hachis parmentier", "Emmental", "Compote de pommes", MenuLabel.ORGANIC),
            menu("Salade de tomates", "Filet de poisson, riz pilaf", "Yaourt nature", "Poire", MenuLabel.LOCAL),
            menu("Potage de légumes", "Omelette, haricots verts", "Camembert", "Gâteau au chocolat", MenuLabel.VEGETARIAN),
            menu("Betteraves vinaigrette", "Poulet rôti, petits pois", "Fromage blanc", "Banane", MenuLabel.LABEL_ROUGE),
            menu("Concombre à la crème", "Lasagnes de légumes", "Tomme", "Crêpe au sucre", MenuLabel.HOMEMADE));

    private final SharedWiring core;
    private final CanteenWiring canteen;

    CanteenDemo(SharedWiring core, CanteenWiring canteen) {
        this.core = core;
        this.canteen = canteen;
    }

    private static Menu menu(String starter, String main, String dairy, String dessert, MenuLabel label) {
        return new Menu(LocalDate.MIN, starter, main, dairy, dessert, Set.of(label));
    }

    void loadIfEmpty() {
        if (!canteen.schoolYears.all().isEmpty()) {
            return;
        }
        Actor system = Actor.SYSTEM;
        canteen.setSchoolYear.set(system, new SetSchoolYear.Command(new SchoolYearLabel(2025), LocalDate.of(2025, 9, 1),
                LocalDate.of(2026, 7, 3), Set.of(), List.of(
                        holiday("2025-10-18", "2025-11-02", "Toussaint"), holiday("2025-12-20", "2026-01-04", "Noël"),
                        holiday("2026-02-07", "2026-02-22", "Hiver"), holiday("2026-04-04", "2026-04-19", "Printemps"),
                        holiday("2026-05-14", "2026-05-17", "Pont de l'Ascension")), Set.of()));
        canteen.setSchoolYear.set(system, new SetSchoolYear.Command(new SchoolYearLabel(2026), LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 7, 3), Set.of(), List.of(
                        holiday("2026-10-17", "2026-11-01", "Toussaint"), holiday("2026-12-19", "2027-01-03", "Noël"),
                        holiday("2027-02-13", "2027-02-28", "Hiver"), holiday("2027-04-10", "2027-04-25", "Printemps"),
                        holiday("2027-05-06", "2027-05-09", "Pont de l'Ascension")), Set.of()));
        for (School school : core.schools().all()) {
            for (Pupil pupil : canteen.pupils.ofSchool(school.id())) {
                for (int year : new int[] {2025, 2026}) {
                    canteen.enrol.enrol(system, new EnrolInCanteen.Command(pupil.id(), new SchoolYearLabel(year)));
                }
            }
        }
        ServiceCalendar calendar = canteen.schoolYears.calendar();
        LocalDate monday = LocalDate.now(core.clock()).with(DayOfWeek.MONDAY);
        int i = 0;
        for (LocalDate day = monday; day.isBefore(monday.plusWeeks(3)); day = day.plusDays(1)) {
            if (calendar.isServiceDay(day)) {
                Menu m = ROTATION.get(i++ % ROTATION.size());
                canteen.publishMenu.publish(system, new Menu(day, m.starter(), m.main(), m.dairy(), m.dessert(), m.labels()));
            }
        }
        LOG.info("Cantine de démonstration chargée : années 2025-2026 et 2026-2027, inscriptions, {} menus", i);
    }

    private static HolidayPeriod holiday(String from, String to, String label) {
        return new HolidayPeriod(LocalDate.parse(from), LocalDate.parse(to), label);
    }
}
