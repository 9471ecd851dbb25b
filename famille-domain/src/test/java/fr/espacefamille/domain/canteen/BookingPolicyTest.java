package fr.espacefamille.domain.canteen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import fr.espacefamille.domain.calendar.FrenchPublicHolidays;
import fr.espacefamille.domain.calendar.HolidayPeriod;
import fr.espacefamille.domain.calendar.SchoolYear;
import fr.espacefamille.domain.calendar.SchoolYearLabel;
import fr.espacefamille.domain.calendar.ServiceCalendar;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Enrolment;
import fr.espacefamille.domain.family.EnrolmentId;
import fr.espacefamille.domain.family.ChildService;

class BookingPolicyTest {

    static final SchoolYear YEAR_2026 = new SchoolYear(new SchoolYearLabel(2026), LocalDate.of(2026, 9, 1),
            LocalDate.of(2027, 7, 3), null,
            List.of(new HolidayPeriod(LocalDate.of(2026, 10, 17), LocalDate.of(2026, 11, 1), "Toussaint")),
            new TreeSet<>(Set.of(LocalDate.of(2026, 9, 18))));
    static final SchoolYear YEAR_2027 = new SchoolYear(new SchoolYearLabel(2027), LocalDate.of(2027, 9, 1),
            LocalDate.of(2028, 7, 4), null, List.of(), new TreeSet<>());
    static final ServiceCalendar CALENDAR = new ServiceCalendar(List.of(YEAR_2026, YEAR_2027));
    static final ChildId LEA = ChildId.random();

    static Enrolment canteen(SchoolYear year) {
        return new Enrolment(EnrolmentId.random(), LEA, ChildService.CANTEEN, year.start(), year.end(), year.label().toString());
    }

    private final BookingPolicy policy = BookingPolicy.of(CALENDAR, List.of(canteen(YEAR_2026),
            new Enrolment(EnrolmentId.random(), LEA, ChildService.NURSERY_OCCASIONAL, LocalDate.of(2027, 9, 1), LocalDate.of(2027, 12, 1), null)));
    private final Instant mondayEight = Instant.parse("2026-09-07T06:00:00Z");

    @Test
    void accepts_a_service_day_of_an_enrolled_year_before_its_deadline() {
        assertThat(policy.refusal(LocalDate.of(2026, 9, 8), mondayEight, false)).isEmpty();
    }

    @Test
    void refuses_days_without_service_first() {
        assertThat(policy.refusal(LocalDate.of(2026, 9, 9), mondayEight, false)).contains(BookingPolicy.NOT_A_SERVICE_DAY);
        assertThat(policy.refusal(LocalDate.of(2026, 9, 18), mondayEight, true)).as("closure, even for staff")
                .contains(BookingPolicy.NOT_A_SERVICE_DAY);
        assertThat(policy.refusal(LocalDate.of(2026, 10, 20), mondayEight, false)).as("holidays").contains(BookingPolicy.NOT_A_SERVICE_DAY);
        assertThat(policy.refusal(LocalDate.of(2026, 8, 31), mondayEight, false)).as("outside the years").contains(BookingPolicy.NOT_A_SERVICE_DAY);
        assertThat(policy.refusal(LocalDate.of(2026, 9, 2), mondayEight, false)).as("a past Wednesday: no service beats the deadline")
                .contains(BookingPolicy.NOT_A_SERVICE_DAY);
    }

    @Test
    void refuses_a_school_year_the_child_is_not_enrolled_in_even_for_staff() {
        assertThat(policy.refusal(LocalDate.of(2027, 9, 6), mondayEight, true)).contains(BookingPolicy.NOT_ENROLLED);
        assertThat(policy.isEnrolled(LocalDate.of(2027, 9, 6))).as("a nursery enrolment is not a canteen one").isFalse();
    }

    @Test
    void refuses_booking_after_deadline_for_parents_only() {
        LocalDate monday = LocalDate.of(2026, 9, 7);
        assertThat(policy.refusal(monday, mondayEight, false)).contains(BookingPolicy.BOOKING_DEADLINE_PASSED);
        assertThat(policy.refusal(monday, mondayEight, true)).as("staff override the deadline").isEmpty();
        assertThat(policy.refusal(LocalDate.of(2026, 9, 1), mondayEight, true)).as("staff change past days").isEmpty();
    }

    @Test
    void enrolment_follows_the_school_year_label_not_the_dates_recorded_at_enrolment() {
        Enrolment oldDates = new Enrolment(EnrolmentId.random(), LEA, ChildService.CANTEEN, LocalDate.of(2026, 9, 3),
                LocalDate.of(2026, 9, 3), "2026-2027");
        BookingPolicy moved = BookingPolicy.of(CALENDAR, List.of(oldDates));
        assertThat(moved.isEnrolled(LocalDate.of(2027, 6, 1))).isTrue();
    }

    static Stream<Long> seeds() {
        long master = Long.getLong("seed", System.nanoTime());
        System.out.println("BookingPolicyTest master seed: " + master + " (rerun with -Dseed=" + master + ")");
        Random random = new Random(master);
        return LongStream.generate(random::nextLong).limit(300).boxed();
    }

    /**
     * Property: for any service day of an enrolled year and any instant, a parent's change is
     * accepted exactly when the instant is before 10:00 Paris of the last working day before the day.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void no_booking_is_ever_accepted_after_its_deadline(long seed) {
        Random random = new Random(seed);
        EnumSet<DayOfWeek> weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);
        SchoolYear year = new SchoolYear(new SchoolYearLabel(2030), LocalDate.of(2030, 8, 1), LocalDate.of(2031, 7, 31),
                weekdays, List.of(), new TreeSet<>());
        BookingPolicy anyYear = BookingPolicy.of(new ServiceCalendar(List.of(year)), List.of(
                new Enrolment(EnrolmentId.random(), LEA, ChildService.CANTEEN, year.start(), year.end(), "2030-2031")));
        LocalDate day = year.start().plusDays(random.nextInt(365));
        Instant now = day.atStartOfDay(BookingDeadline.PARIS).toInstant()
                .plus(Duration.ofMinutes(random.nextInt(60 * 24 * 12) - 60 * 24 * 10));

        var refusal = anyYear.refusal(day, now, false);

        Instant deadline = BookingDeadline.of(day).toInstant();
        String context = "seed " + seed + ": day " + day + ", now " + now + ", deadline " + deadline;
        if (!anyYear.isServiceDay(day)) {
            assertThat(refusal).as(context).contains(BookingPolicy.NOT_A_SERVICE_DAY);
        } else if (refusal.isEmpty()) {
            assertThat(now).as(context).isBefore(deadline);
        } else {
            assertThat(refusal).as(context).contains(BookingPolicy.BOOKING_DEADLINE_PASSED);
            assertThat(now).as(context).isAfterOrEqualTo(deadline);
        }
        // the deadline itself: a working day, strictly before D, with no working day in between
        LocalDate deadlineDay = BookingDeadline.of(day).toLocalDate();
        assertThat(deadlineDay).as(context).isBefore(day);
        assertThat(FrenchPublicHolidays.isWorkingDay(deadlineDay)).as(context).isTrue();
        assertThat(deadlineDay.plusDays(1).datesUntil(day).noneMatch(FrenchPublicHolidays::isWorkingDay)).as(context).isTrue();
        assertThat(BookingDeadline.of(day).toLocalTime()).as(context).isEqualTo(BookingDeadline.TIME);
    }
}
