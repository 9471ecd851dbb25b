package fr.espacefamille.domain.canteen;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import fr.espacefamille.domain.calendar.FrenchPublicHolidays;

/**
 * The deadline to book or cancel a canteen day D: 10:00, Europe/Paris, on the last working day
 * (Monday to Friday, not a public holiday) strictly before D. School holidays do not move it: the
 * town hall works during them. The local time is turned into an instant with the offset of that
 * day, so the deadline stays at 10:00 on both sides of a daylight-saving change (10:00 is never in
 * the skipped or repeated hour).
 */
public final class BookingDeadline {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    public static final LocalTime TIME = LocalTime.of(10, 0);

    private BookingDeadline() {
    }

    public static ZonedDateTime of(LocalDate day) {
        return FrenchPublicHolidays.lastWorkingDayBefore(day).atTime(TIME).atZone(PARIS);
    }

    /** True from the deadline's very instant on: a change is open only strictly before 10:00:00. */
    public static boolean hasPassed(LocalDate day, Instant now) {
        return !now.isBefore(of(day).toInstant());
    }
}
