package fr.espacefamille.domain.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.espacefamille.domain.canteen.MealCharge;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.shared.Money;

/**
 * Turns a family's canteen days of a month into invoice lines (SPEC §2). Each day is priced with
 * the tariff in force and the family's quotient on that day: booked meals (eaten, not checked, or
 * absent without a reported absence) at the family's price, meals eaten without booking at the
 * family's price plus the surcharge, the carence day of an illness and absences billed for their
 * reason at the family's price; other reported absences are not billed. Days of the same child,
 * kind and unit price make one line; a price change within the month (new quotient, new tariff)
 * gives a second line at the new price.
 */
public final class CanteenBillingPolicy {

    private CanteenBillingPolicy() {
    }

    public static List<InvoiceLine> lines(Family family, List<CanteenDay> days, TariffSchedule tariffs) {
        Map<ChildId, Integer> order = new LinkedHashMap<>();
        family.children().forEach(child -> order.put(child.id(), order.size()));
        Set<String> seen = new HashSet<>();
        List<Priced> priced = new ArrayList<>();
        for (CanteenDay day : days) {
            if (!order.containsKey(day.child())) {
                throw new IllegalArgumentException("Canteen day of a child outside the family: " + day.child());
            }
            if (!seen.add(day.child() + "/" + day.date())) {
                throw new IllegalArgumentException("Two canteen entries for one child and day: " + day.child() + " " + day.date());
            }
            LineKind kind = lineKind(day.charge());
            if (kind != null) {
                priced.add(new Priced(day, kind, price(family, day, tariffs)));
            }
        }
        priced.sort(Comparator.comparing((Priced p) -> order.get(p.day().child()))
                .thenComparing(Priced::kind)
                .thenComparing(p -> p.day().date()));
        Map<List<Object>, Integer> quantities = new LinkedHashMap<>();
        Map<List<Object>, Priced> firsts = new LinkedHashMap<>();
        for (Priced p : priced) {
            List<Object> key = List.of(p.day().child(), p.kind(), p.price());
            quantities.merge(key, 1, Integer::sum);
            firsts.putIfAbsent(key, p);
        }
        List<InvoiceLine> lines = new ArrayList<>();
        firsts.forEach((key, first) -> {
            Child child = family.child(first.day().child()).orElseThrow();
            lines.add(InvoiceLine.of(child.id(), child.fullName(), first.kind(), BigDecimal.valueOf(quantities.get(key)), first.price()));
        });
        return lines;
    }

    /** The line a day goes on, or null when the day is not billed. */
    static LineKind lineKind(MealCharge charge) {
        return switch (charge) {
            case BOOKED_MEAL -> LineKind.BOOKED_MEAL;
            case BOOKED_MEAL_MISSED -> LineKind.UNREPORTED_ABSENCE;
            case UNBOOKED_MEAL -> LineKind.UNBOOKED_MEAL;
            case CARENCE_DAY -> LineKind.CARENCE_DAY;
            case ABSENCE_BILLED -> LineKind.BILLED_ABSENCE;
            case ABSENCE_NOT_BILLED, NOTHING -> null;
        };
    }

    private static Money price(Family family, CanteenDay day, TariffSchedule tariffs) {
        LocalDate date = day.date();
        CanteenTariff tariff = tariffs.canteenOn(date)
                .orElseThrow(() -> new IllegalStateException("No canteen tariff in force on " + date));
        return day.charge() == MealCharge.UNBOOKED_MEAL
                ? tariff.unbookedMealPrice(family.resident(), family.quotientOn(date))
                : tariff.mealPrice(family.resident(), family.quotientOn(date));
    }

    private record Priced(CanteenDay day, LineKind kind, Money price) {
    }
}
