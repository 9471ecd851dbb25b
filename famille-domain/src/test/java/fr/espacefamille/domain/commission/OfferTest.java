package fr.espacefamille.domain.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class OfferTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static Offer offerAt(String instant) {
        return Offer.make(SessionId.random(), NurseryRequestId.random(), AgeGroup.BABY, 1, LocalDate.of(2027, 1, 4),
                Instant.parse(instant), PARIS);
    }

    @Test
    void the_reply_is_due_eight_days_later_at_23_59_in_paris() {
        assertThat(offerAt("2026-06-10T08:00:00Z").replyBy()).isEqualTo(Instant.parse("2026-06-18T21:59:00Z"));
        // 23:30 UTC on 10 June is already 11 June in Paris
        assertThat(offerAt("2026-06-10T23:30:00Z").replyBy()).isEqualTo(Instant.parse("2026-06-19T21:59:00Z"));
        // winter time
        assertThat(offerAt("2026-12-01T09:00:00Z").replyBy()).isEqualTo(Instant.parse("2026-12-09T22:59:00Z"));
    }

    @Test
    void lapses_only_after_its_deadline_and_then_expires_at_it() {
        Offer offer = offerAt("2026-06-10T08:00:00Z");

        assertThat(offer.lapsedAt(Instant.parse("2026-06-18T21:59:00Z"))).isFalse();
        assertThat(offer.lapsedAt(Instant.parse("2026-06-18T21:59:01Z"))).isTrue();
        assertThatThrownBy(() -> offer.expired(Instant.parse("2026-06-18T21:00:00Z"))).isInstanceOf(IllegalStateException.class);
        Offer expired = offer.expired(Instant.parse("2026-06-20T08:00:00Z"));
        assertThat(expired.status()).isEqualTo(OfferStatus.EXPIRED);
        assertThat(expired.answeredAt()).isEqualTo(offer.replyBy());
        assertThat(expired.status().holdsPlace()).isFalse();
        assertThat(expired.status().declined()).isTrue();
    }

    @Test
    void is_answered_once() {
        Offer refused = offerAt("2026-06-10T08:00:00Z").refused(Instant.parse("2026-06-11T08:00:00Z"));

        assertThatThrownBy(() -> refused.accepted(Instant.parse("2026-06-11T09:00:00Z"), null)).isInstanceOf(IllegalStateException.class);
        assertThat(refused.lapsedAt(Instant.parse("2026-07-01T00:00:00Z"))).isFalse();
    }
}
