package fr.espacefamille.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A school year as staff enter it: its dates, the weekdays with school, holidays and extra
 * closure days. A service day is a school weekday inside the year that is neither a holiday, a
 * public holiday nor a closure.
 */
public record SchoolYear(
        SchoolYearLabel label,
        LocalDate start,
        LocalDate end,
        Set<DayOfWeek> weekdays,
        List<HolidayPeriod> holidays,
        SortedSet<LocalDate> closures) {

    public static final Set<DayOfWeek> DEFAULT_WEEKDAYS =
            Set.copyOf(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY));

    public SchoolYear {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(start, "La date de rentrée est obligatoire");
        Objects.requireNonNull(end, "La date de fin d'année est obligatoire");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("L'année scolaire doit finir après avoir commencé");
        }
        if (start.getYear() != label.firstYear() || end.getYear() != label.firstYear() + 1) {
            throw new IllegalArgumentException("Les dates ne correspondent pas à l'année scolaire " + label);
        }
        weekdays = weekdays == null || weekdays.isEmpty() ? DEFAULT_WEEKDAYS : Set.copyOf(weekdays);
        holidays = List.copyOf(holidays);
        closures = new TreeSet<>(closures);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /**
     * Why a day of this year has no canteen, as parents read it: the holidays' name (« Vacances de la
     * Toussaint »), « Jour férié », « Fermeture exceptionnelle » or « Pas de classe le mercredi »;
     * empty for a service day.
     */
    public Optional<String> closure(LocalDate date) {
        if (!contains(date)) {
            return Optional.of("Hors année scolaire");
        }
        Optional<HolidayPeriod> holiday = holidays.stream().filter(h -> h.contains(date)).findFirst();
        if (holiday.isPresent()) {
            return Optional.of(holiday.get().label());
        }
        if (FrenchPublicHolidays.isPublicHoliday(date)) {
            return Optional.of("Jour férié");
        }
        if (closures.contains(date)) {
            return Optional.of("Fermeture exceptionnelle");
        }
        if (!weekdays.contains(date.getDayOfWeek())) {
            return Optional.of("Pas de classe le " + date.getDayOfWeek().getDisplayName(TextStyle.FULL_STANDALONE, Locale.FRANCE));
        }
        return Optional.empty();
    }

    public boolean isServiceDay(LocalDate date) {
        return contains(date)
                && weekdays.contains(date.getDayOfWeek())
                && holidays.stream().noneMatch(h -> h.contains(date))
                && !closures.contains(date)
                && !FrenchPublicHolidays.isPublicHoliday(date);
    }
}
