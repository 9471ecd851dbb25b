package fr.espacefamille.domain.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The canteen's calendar over every school year staff entered: the one place the rest of the
 * application asks whether a day is a service day and which school year it belongs to. Years
 * never overlap, so a day belongs to at most one of them.
 */
public final class ServiceCalendar {

    private final List<SchoolYear> years;
    /**
     * Each year's days from its start: null on a service day, otherwise why there is none
     * ({@link SchoolYear#closure}). A month view asks about every day several times per request,
     * which would otherwise walk the holidays and closures and name the weekday each time.
     */
    private final List<String[]> closures;

    public ServiceCalendar(Collection<SchoolYear> years) {
        this.years = years.stream().sorted(Comparator.comparing(SchoolYear::start)).toList();
        for (int i = 1; i < this.years.size(); i++) {
            SchoolYear before = this.years.get(i - 1);
            SchoolYear after = this.years.get(i);
            if (!after.start().isAfter(before.end())) {
                throw new IllegalArgumentException("Les années scolaires " + before.label() + " et " + after.label()
                        + " se chevauchent");
            }
        }
        this.closures = this.years.stream().map(ServiceCalendar::closuresOf).toList();
    }

    private static String[] closuresOf(SchoolYear year) {
        String[] closures = new String[(int) ChronoUnit.DAYS.between(year.start(), year.end()) + 1];
        int index = 0;
        for (LocalDate day = year.start(); !day.isAfter(year.end()); day = day.plusDays(1), index++) {
            // a closure's label only when the year's own rule says it is no service day: both must agree
            closures[index] = year.isServiceDay(day) ? null : year.closure(day).orElseThrow().intern();
        }
        return closures;
    }

    /** Why there is no canteen on a day of the year at {@code index}, null on a service day. */
    private String closureIn(int index, LocalDate date) {
        return closures.get(index)[(int) ChronoUnit.DAYS.between(years.get(index).start(), date)];
    }

    public static ServiceCalendar empty() {
        return new ServiceCalendar(List.of());
    }

    /** The school years, oldest first. */
    public List<SchoolYear> years() {
        return years;
    }

    /** The school year whose dates contain {@code date}, if any. */
    public Optional<SchoolYear> yearOf(LocalDate date) {
        int index = indexOf(date);
        return index < 0 ? Optional.empty() : Optional.of(years.get(index));
    }

    private int indexOf(LocalDate date) {
        for (int i = 0; i < years.size(); i++) {
            if (years.get(i).contains(date)) {
                return i;
            }
        }
        return -1;
    }

    public Optional<SchoolYear> year(SchoolYearLabel label) {
        return years.stream().filter(y -> y.label().equals(label)).findFirst();
    }

    /** A school weekday inside a school year, neither holiday, public holiday nor closure. */
    public boolean isServiceDay(LocalDate date) {
        int index = indexOf(date);
        return index >= 0 && closureIn(index, date) == null;
    }

    /** Why there is no canteen on {@code date} ({@link SchoolYear#closure}), « Vacances d'été » between two years; empty on a service day. */
    public Optional<String> closure(LocalDate date) {
        int index = indexOf(date);
        if (index < 0) {
            return Optional.of(date.getMonthValue() >= 7 && date.getMonthValue() <= 8 ? "Vacances d'été" : "Hors année scolaire");
        }
        return Optional.ofNullable(closureIn(index, date));
    }

    /** This calendar with {@code year} added, or replacing the year of the same label. */
    public ServiceCalendar with(SchoolYear year) {
        return new ServiceCalendar(Stream.concat(
                years.stream().filter(y -> !y.label().equals(year.label())), Stream.of(year)).toList());
    }
}
