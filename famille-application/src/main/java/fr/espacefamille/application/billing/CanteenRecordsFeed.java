package fr.espacefamille.application.billing;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import fr.espacefamille.domain.family.ChildId;

import fr.espacefamille.application.canteen.CanteenRecords;
import fr.espacefamille.domain.billing.CanteenDay;
import fr.espacefamille.domain.billing.CanteenDayKind;
import fr.espacefamille.domain.canteen.Attendance;

/** Billing's view of the canteen: each child's day records, translated into billing's day kinds. */
public final class CanteenRecordsFeed implements CanteenConsumption {

    private final CanteenRecords records;

    public CanteenRecordsFeed(CanteenRecords records) {
        this.records = records;
    }

    @Override
    public List<CanteenDay> of(Collection<ChildId> children, YearMonth month) {
        return records.ofChildren(children, month).values().stream().flatMap(List::stream)
                .flatMap(day -> kind(day).map(kind -> new CanteenDay(day.child(), day.date(), kind)).stream())
                .toList();
    }

    static Optional<CanteenDayKind> kind(CanteenRecords.DayRecord day) {
        return switch (day.charge()) {
            case BOOKED_MEAL -> Optional.of(day.attendance() == Attendance.PRESENT ? CanteenDayKind.BOOKED_EATEN : CanteenDayKind.BOOKED_UNCHECKED);
            case BOOKED_MEAL_MISSED -> Optional.of(CanteenDayKind.BOOKED_ABSENT_UNREPORTED);
            case UNBOOKED_MEAL -> Optional.of(CanteenDayKind.UNBOOKED_EATEN);
            case CARENCE_DAY -> Optional.of(CanteenDayKind.ABSENCE_CARENCE);
            case ABSENCE_BILLED -> Optional.of(CanteenDayKind.LATE_ABSENCE_BILLED);
            case ABSENCE_NOT_BILLED -> Optional.of(CanteenDayKind.ABSENCE_NOT_BILLED);
            case NOTHING -> Optional.empty();
        };
    }
}
