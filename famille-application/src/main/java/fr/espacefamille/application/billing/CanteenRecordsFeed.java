package fr.espacefamille.application.billing;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

import fr.espacefamille.application.canteen.CanteenRecords;
import fr.espacefamille.domain.billing.CanteenDay;
import fr.espacefamille.domain.canteen.MealCharge;
import fr.espacefamille.domain.family.ChildId;

/** Billing's view of the canteen: each child's days that cost or excuse something, with their {@link MealCharge}. */
public final class CanteenRecordsFeed implements CanteenConsumption {

    private final CanteenRecords records;

    public CanteenRecordsFeed(CanteenRecords records) {
        this.records = records;
    }

    @Override
    public List<CanteenDay> of(Collection<ChildId> children, YearMonth month) {
        return records.ofChildren(children, month).values().stream().flatMap(List::stream)
                .filter(day -> day.charge() != MealCharge.NOTHING)
                .map(day -> new CanteenDay(day.child(), day.date(), day.charge()))
                .toList();
    }
}
