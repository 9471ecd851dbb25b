package fr.espacefamille.domain.canteen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BookingDeadlineTest {

    @ParameterizedTest(name = "{2}: {0} closes at {1}")
    @CsvSource({
            "2026-09-08, 2026-09-07T10:00+02:00, a Tuesday closes on the Monday before",
            "2026-09-14, 2026-09-11T10:00+02:00, a Monday closes on the Friday before the weekend",
            "2026-09-10, 2026-09-09T10:00+02:00, a Thursday closes on the Wednesday without school (still a working day)",
            "2026-05-15, 2026-05-13T10:00+02:00, the Friday after Ascension closes on the Wednesday",
            "2026-05-26, 2026-05-22T10:00+02:00, the Tuesday after Whit Monday closes on the Friday before",
            "2027-05-07, 2027-05-05T10:00+02:00, the Friday after Ascension 2027 closes on the Wednesday",
            "2027-05-18, 2027-05-14T10:00+02:00, the Tuesday after Whit Monday 2027 closes on the Friday before",
            "2027-03-30, 2027-03-26T10:00+01:00, the Tuesday after Easter Monday closes on the Friday, in winter time",
            "2026-11-12, 2026-11-10T10:00+01:00, the day after Armistice (a Wednesday) closes on the Tuesday",
            "2027-01-04, 2026-12-31T10:00+01:00, the first Monday of January closes on 31 December (1 January is a holiday)",
            "2026-11-02, 2026-10-30T10:00+01:00, school holidays do not move it: the Monday after Toussaint closes on the Friday in the holidays",
            "2026-03-30, 2026-03-27T10:00+01:00, the Monday after the spring DST change closes on Friday at 10:00 winter time",
            "2026-03-31, 2026-03-30T10:00+02:00, the Tuesday after the spring DST change closes on Monday at 10:00 summer time",
            "2026-10-26, 2026-10-23T10:00+02:00, the Monday after the autumn DST change closes on Friday at 10:00 summer time",
            "2026-10-27, 2026-10-26T10:00+01:00, the Tuesday after the autumn DST change closes on Monday at 10:00 winter time",
    })
    void closes_at_ten_on_the_last_working_day_before(LocalDate day, OffsetDateTime deadline, String why) {
        assertThat(BookingDeadline.of(day).toOffsetDateTime()).isEqualTo(deadline);
    }

    @Test
    void is_open_until_just_before_ten_and_closed_from_ten_o_clock() {
        LocalDate tuesday = LocalDate.of(2026, 9, 8);
        assertThat(BookingDeadline.hasPassed(tuesday, Instant.parse("2026-09-07T07:59:59.999Z"))).isFalse();
        assertThat(BookingDeadline.hasPassed(tuesday, Instant.parse("2026-09-07T08:00:00Z"))).isTrue();
        assertThat(BookingDeadline.hasPassed(tuesday, Instant.parse("2026-09-08T12:00:00Z"))).isTrue();
    }

    @Test
    void the_hour_of_the_deadline_follows_the_local_clock_across_dst_changes() {
        // 10:00 in Paris is 09:00 UTC in winter and 08:00 UTC in summer
        assertThat(BookingDeadline.of(LocalDate.of(2026, 3, 30)).toInstant()).isEqualTo(Instant.parse("2026-03-27T09:00:00Z"));
        assertThat(BookingDeadline.of(LocalDate.of(2026, 3, 31)).toInstant()).isEqualTo(Instant.parse("2026-03-30T08:00:00Z"));
        assertThat(BookingDeadline.of(LocalDate.of(2026, 10, 26)).toInstant()).isEqualTo(Instant.parse("2026-10-23T08:00:00Z"));
        assertThat(BookingDeadline.of(LocalDate.of(2026, 10, 27)).toInstant()).isEqualTo(Instant.parse("2026-10-26T09:00:00Z"));
        assertThat(BookingDeadline.hasPassed(LocalDate.of(2026, 10, 27), Instant.parse("2026-10-26T08:30:00Z")))
                .as("08:30 UTC is 09:30 in Paris after the autumn change").isFalse();
    }
}
