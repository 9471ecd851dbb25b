package fr.espacefamille.domain.billing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.shared.Money;

/**
 * Turns a family's nursery months into invoice lines (SPEC §3) at the family's PSU hourly rate:
 * the contract's hours, extra hours, occasional hours, late cancellations, and the deducted hours
 * as a negative line, so that the family sees both what the contract costs and what was taken off.
 * Each line of hours says how the hourly rate was computed (resources, effort rate, floor or ceiling).
 */
public final class NurseryBillingPolicy {

    private NurseryBillingPolicy() {
    }

    public static List<InvoiceLine> lines(Family family, List<NurseryMonth> months, NurseryTariff tariff) {
        Money rate = PsuHourlyRate.of(tariff, family.resources());
        String howRated = PsuHourlyRate.explained(tariff, family.resources());
        Map<ChildId, Integer> order = new LinkedHashMap<>();
        family.children().forEach(child -> order.put(child.id(), order.size()));
        List<NurseryMonth> sorted = new ArrayList<>(months);
        for (NurseryMonth month : sorted) {
            if (!order.containsKey(month.child())) {
                throw new IllegalArgumentException("Nursery month of a child outside the family: " + month.child());
            }
        }
        if (sorted.stream().map(NurseryMonth::child).distinct().count() != sorted.size()) {
            throw new IllegalArgumentException("Two nursery months for one child");
        }
        sorted.sort(Comparator.comparing(m -> order.get(m.child())));
        List<InvoiceLine> lines = new ArrayList<>();
        for (NurseryMonth month : sorted) {
            Child child = family.child(month.child()).orElseThrow();
            add(lines, child, LineKind.CONTRACT_HOURS, howRated, month.contractHalfHours(), rate);
            add(lines, child, LineKind.EXTRA_HOURS, howRated, month.extraHalfHours(), rate);
            add(lines, child, LineKind.OCCASIONAL_HOURS, howRated, month.occasionalHalfHours(), rate);
            add(lines, child, LineKind.LATE_CANCELLATION, howRated, month.lateCancellationHalfHours(), rate);
            add(lines, child, LineKind.DEDUCTION, null, month.deductedHalfHours(), rate.negate());
        }
        return lines;
    }

    /** A line of hours; {@code howRated} (when given) follows the kind's label, so the family sees where its rate comes from. */
    private static void add(List<InvoiceLine> lines, Child child, LineKind kind, String howRated, int halfHours, Money unitPrice) {
        if (halfHours > 0) {
            Money amount = unitPrice.timesRate(Quantities.hours(halfHours));
            String label = howRated == null ? kind.label() : kind.label() + " — " + howRated;
            lines.add(new InvoiceLine(child.id(), child.fullName(), kind, label, Quantities.hours(halfHours), unitPrice, amount));
        }
    }
}
