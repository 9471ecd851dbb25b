package fr.espacefamille.adapter.jdbc.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.jdbc.Backend;

/** A calendar trusted for a while: how fresh another instance's view is, and what never goes stale. */
class RememberedCalendarTest {

    private static final LocalDate FRIDAY_18 = LocalDate.of(2026, 9, 18);

    /** A ticker that moves only when told. */
    private static final class Ticker extends Clock {
        private volatile Instant now = Instant.parse("2026-09-07T06:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final Backend backend = Backend.h2();
    private final Ticker ticker = new Ticker();
    private final JdbiSchoolYears here = new JdbiSchoolYears(backend.jdbc(), Duration.ofSeconds(1), ticker);
    private final JdbiSchoolYears elsewhere = new JdbiSchoolYears(backend.jdbc());

    @AfterEach
    void close() {
        backend.close();
    }

    @Test
    void another_instance_s_change_is_seen_once_the_freshness_has_run_out() {
        elsewhere.save(SchoolYearsTest.y2026(Set.of(), Set.of()));
        assertThat(here.calendar().isServiceDay(FRIDAY_18)).isTrue();

        elsewhere.save(SchoolYearsTest.y2026(Set.of(), Set.of(FRIDAY_18)));
        ticker.advance(Duration.ofMillis(999));
        assertThat(here.calendar().isServiceDay(FRIDAY_18)).as("trusted for a second").isTrue();
        ticker.advance(Duration.ofMillis(1));
        assertThat(here.calendar().isServiceDay(FRIDAY_18)).isFalse();
    }

    @Test
    void a_change_through_this_instance_is_seen_at_once() {
        here.save(SchoolYearsTest.y2026(Set.of(), Set.of()));
        assertThat(here.calendar().isServiceDay(FRIDAY_18)).isTrue();

        here.save(SchoolYearsTest.y2026(Set.of(), Set.of(FRIDAY_18)));
        assertThat(here.calendar().isServiceDay(FRIDAY_18)).isFalse();
    }

    @Test
    void a_change_rolled_back_is_not_trusted_afterwards() {
        here.save(SchoolYearsTest.y2026(Set.of(), Set.of()));
        assertThat(here.calendar().isServiceDay(FRIDAY_18)).isTrue();
        try {
            backend.transactions().run(() -> {
                here.save(SchoolYearsTest.y2026(Set.of(), Set.of(FRIDAY_18)));
                assertThat(here.calendar().isServiceDay(FRIDAY_18)).isFalse();
                throw new IllegalStateException("refused");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(here.calendar().isServiceDay(FRIDAY_18)).isTrue();
    }
}
