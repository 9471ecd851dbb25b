package fr.espacefamille.bootstrap;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.espacefamille.application.calendar.SetSchoolYear;
import fr.espacefamille.application.canteen.EnrolInCanteen;
import fr.espacefamille.application.canteen.Pupils.Pupil;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.calendar.FrenchPublicHolidays;
import fr.espacefamille.domain.calendar.HolidayPeriod;
import fr.espacefamille.domain.calendar.SchoolYearLabel;
import fr.espacefamille.domain.calendar.ServiceCalendar;
import fr.espacefamille.domain.family.School;
import fr.espacefamille.domain.publication.Menu;
import fr.espacefamille.domain.publication.MenuLabel;

/**
 * The demo town's canteen, loaded through the use cases when no school year exists: last school
 * year and this one (and the next in July) with the zone B holidays (académie de Nantes), every demo child
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
        LocalDate today = LocalDate.now(core.clock());
        int current = SchoolYearLabel.containing(today).firstYear();
        // in July, September's year is open for bookings too (from August on it is the current one)
        List<Integer> years = today.getMonth() == Month.JULY ? List.of(current - 1, current, current + 1)
                : List.of(current - 1, current);
        for (int year : years) {
            canteen.setSchoolYear.set(system, schoolYear(year));
        }
        for (School school : core.schools().all()) {
            for (Pupil pupil : canteen.pupils.ofSchool(school.id())) {
                for (int year : years) {
                    canteen.enrol.enrol(system, new EnrolInCanteen.Command(pupil.id(), new SchoolYearLabel(year)));
                }
            }
        }
        ServiceCalendar calendar = canteen.schoolYears.calendar();
        LocalDate monday = today.with(DayOfWeek.MONDAY);
        int i = 0;
        for (LocalDate day = monday; day.isBefore(monday.plusWeeks(3)); day = day.plusDays(1)) {
            if (calendar.isServiceDay(day)) {
                Menu m = ROTATION.get(i++ % ROTATION.size());
                canteen.publishMenu.publish(system, new Menu(day, m.starter(), m.main(), m.dairy(), m.dessert(), m.labels()));
            }
        }
        LOG.info("Cantine de démonstration chargée : années scolaires depuis {}, inscriptions, {} menus", new SchoolYearLabel(current - 1), i);
    }

    /**
     * The school year starting in September of {@code year} with zone B's holidays as the académie
     * de Nantes sets them most years (exact for 2025-2026 and 2026-2027): Toussaint from the
     * Saturday on or after 17 October, Noël from the Saturday on or after 18 December, winter from
     * the Saturday on or after 7 February, spring from the Saturday on or after 4 April, each over
     * two weeks, and the Ascension bridge from Thursday to Sunday; classes end on 3 July.
     */
    static SetSchoolYear.Command schoolYear(int year) {
        LocalDate ascension = FrenchPublicHolidays.easterSunday(year + 1).plusDays(39);
        return new SetSchoolYear.Command(new SchoolYearLabel(year), LocalDate.of(year, 9, 1), LocalDate.of(year + 1, 7, 3), Set.of(),
                List.of(fortnight(LocalDate.of(year, 10, 17), "Toussaint"), fortnight(LocalDate.of(year, 12, 18), "Noël"),
                        fortnight(LocalDate.of(year + 1, 2, 7), "Hiver"), fortnight(LocalDate.of(year + 1, 4, 4), "Printemps"),
                        new HolidayPeriod(ascension, ascension.plusDays(3), "Pont de l'Ascension")), Set.of());
    }

    private static HolidayPeriod fortnight(LocalDate earliest, String label) {
        LocalDate saturday = earliest.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        return new HolidayPeriod(saturday, saturday.plusDays(15), label);
    }
}
