package fr.espacefamille.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class PasswordResetPolicyTest {

    private static final Instant ISSUED = Instant.parse("2026-09-07T06:00:00Z");

    @Test
    void a_link_works_for_one_hour_and_not_a_moment_longer() {
        Instant expiresAt = PasswordResetPolicy.linkExpiresAt(ISSUED);

        assertThat(expiresAt).isEqualTo(Instant.parse("2026-09-07T07:00:00Z"));
        assertThat(PasswordResetPolicy.linkIsLive(expiresAt, ISSUED)).isTrue();
        assertThat(PasswordResetPolicy.linkIsLive(expiresAt, expiresAt.minusMillis(1))).isTrue();
        assertThat(PasswordResetPolicy.linkIsLive(expiresAt, expiresAt)).isFalse();
    }

    @Test
    void five_mails_an_hour_go_out_and_the_sixth_request_is_silently_dropped() {
        assertThat(PasswordResetPolicy.mayMail(1)).isTrue();
        assertThat(PasswordResetPolicy.mayMail(5)).isTrue();
        assertThat(PasswordResetPolicy.mayMail(6)).isFalse();
    }
}
