package fr.espacefamille.application.calendar;

import java.util.List;
import java.util.Optional;

import fr.espacefamille.domain.calendar.SchoolYear;
import fr.espacefamille.domain.calendar.SchoolYearLabel;
import fr.espacefamille.domain.calendar.ServiceCalendar;

/** Out-port: the school years staff entered. */
public interface SchoolYears {

    /** Adds the year, or replaces the year of the same label whole (dates, weekdays, holidays, closures). */
    void save(SchoolYear year);

    /** Every school year, oldest first. */
    List<SchoolYear> all();

    default Optional<SchoolYear> byLabel(SchoolYearLabel label) {
        return all().stream().filter(y -> y.label().equals(label)).findFirst();
    }

    /** The service-day calendar over every year; stores may keep it cached while no year changes. */
    default ServiceCalendar calendar() {
        return new ServiceCalendar(all());
    }
}
