package fr.espacefamille.application.canteen;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import fr.espacefamille.application.calendar.SchoolYears;
import fr.espacefamille.domain.calendar.DateRange;
import fr.espacefamille.domain.calendar.ServiceCalendar;
import fr.espacefamille.domain.canteen.AbsenceBilling;
import fr.espacefamille.domain.canteen.Attendance;
import fr.espacefamille.domain.canteen.MealCharge;
import fr.espacefamille.domain.canteen.MealChargePolicy;
import fr.espacefamille.domain.family.ChildId;

/**
 * What billing reads of the canteen: per child and service day, whether a meal was booked, what
 * the attendance check said, the billing of any reported absence, and the resulting
 * {@link MealCharge}. Only days where something happened are listed. An internal read for other
 * use cases (the monthly billing run), which check their own authorization.
 */
public final class CanteenRecords {

    /** One child's canteen day; {@code absence} is null when no absence covers it. */
    public record DayRecord(ChildId child, LocalDate date, boolean booked, Attendance attendance, AbsenceBilling absence,
            MealCharge charge) {

        public Optional<AbsenceBilling> reportedAbsence() {
            return Optional.ofNullable(absence);
        }
    }

    private final SchoolYears schoolYears;
    private final CanteenBookings bookings;
    private final CanteenAbsences absences;
    private final CanteenAttendance attendance;

    public CanteenRecords(SchoolYears schoolYears, CanteenBookings bookings, CanteenAbsences absences,
            CanteenAttendance attendance) {
        this.schoolYears = schoolYears;
        this.bookings = bookings;
        this.absences = absences;
        this.attendance = attendance;
    }

    /** The child's days of the month, by date. */
    public List<DayRecord> ofChild(ChildId child, YearMonth month) {
        return ofChildren(List.of(child), month).getOrDefault(child, List.of());
    }

    /** The days of the month of each child that has any, by date: a few queries for a whole page of families. */
    public Map<ChildId, List<DayRecord>> ofChildren(Collection<ChildId> children, YearMonth month) {
        DateRange range = new DateRange(month.atDay(1), month.atEndOfMonth());
        ServiceCalendar calendar = schoolYears.calendar();
        Map<ChildId, SortedSet<LocalDate>> booked = bookings.ofChildren(children, range);
        Map<ChildId, SortedMap<LocalDate, AbsenceBilling>> absent = absences.daysOf(children, range);
        Map<ChildId, SortedMap<LocalDate, Boolean>> checked = attendance.ofChildren(children, range);
        return children.stream().distinct().map(child -> {
            SortedSet<LocalDate> days = new TreeSet<>();
            days.addAll(booked.getOrDefault(child, new TreeSet<>()));
            days.addAll(checked.getOrDefault(child, new TreeMap<>()).keySet());
            List<DayRecord> records = days.stream().filter(calendar::isServiceDay).map(day -> {
                boolean isBooked = booked.getOrDefault(child, new TreeSet<>()).contains(day);
                Attendance check = Attendance.of(checked.getOrDefault(child, new TreeMap<>()).get(day));
                AbsenceBilling absence = isBooked ? absent.getOrDefault(child, new TreeMap<>()).get(day) : null;
                return new DayRecord(child, day, isBooked, check, absence,
                        MealChargePolicy.charge(isBooked, check, Optional.ofNullable(absence)));
            }).toList();
            return Map.entry(child, records);
        }).filter(e -> !e.getValue().isEmpty()).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue,
                (a, b) -> a, LinkedHashMap::new));
    }
}
