package fr.espacefamille.domain.billing;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every tariff with its start date. A tariff is in force from its {@code validFrom} until the
 * next one starts.
 */
public record TariffSchedule(List<CanteenTariff> canteen, List<NurseryTariff> nursery) {

    public TariffSchedule {
        canteen = sorted(canteen, CanteenTariff::validFrom);
        nursery = sorted(nursery, NurseryTariff::validFrom);
    }

    public Optional<CanteenTariff> canteenOn(LocalDate date) {
        return inForce(canteen, CanteenTariff::validFrom, date);
    }

    public Optional<NurseryTariff> nurseryOn(LocalDate date) {
        return inForce(nursery, NurseryTariff::validFrom, date);
    }

    /** Whether {@code regie} has its tariff in force on {@code date}: the canteen's for the school, the nursery's for early childhood. */
    public boolean hasTariff(Regie regie, LocalDate date) {
        return (regie == Regie.SCHOOL ? canteenOn(date) : nurseryOn(date)).isPresent();
    }

    /** The canteen tariffs a person may still need to know on {@code today}: the one in force and those to come. */
    public List<CanteenTariff> canteenFrom(LocalDate today) {
        return current(canteen, CanteenTariff::validFrom, today);
    }

    public List<NurseryTariff> nurseryFrom(LocalDate today) {
        return current(nursery, NurseryTariff::validFrom, today);
    }

    private static <T> List<T> sorted(List<T> tariffs, Function<T, LocalDate> start) {
        List<T> list = tariffs.stream().sorted(Comparator.comparing(start)).toList();
        if (list.stream().map(start).distinct().count() != list.size()) {
            throw new IllegalArgumentException("Deux tarifs d'un même service ne peuvent commencer le même jour");
        }
        return list;
    }

    private static <T> Optional<T> inForce(List<T> tariffs, Function<T, LocalDate> start, LocalDate date) {
        return tariffs.stream().filter(t -> !start.apply(t).isAfter(date)).reduce((earlier, later) -> later);
    }

    private static <T> List<T> current(List<T> tariffs, Function<T, LocalDate> start, LocalDate today) {
        Optional<T> now = inForce(tariffs, start, today);
        return tariffs.stream().filter(t -> now.map(n -> n == t).orElse(false) || start.apply(t).isAfter(today)).toList();
    }
}
