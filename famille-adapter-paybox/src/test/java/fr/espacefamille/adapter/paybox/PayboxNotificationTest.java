package fr.espacefamille.adapter.paybox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PayboxNotificationTest {

    @Test
    void reads_a_successful_payment() {
        PayboxNotification notification = PayboxNotification.parse(
                "montant=4250&ref=F2026-09-0042_A1&auto=XXXXXX&appel=12345&trans=67890&erreur=00000&sign=abc%2B");

        assertThat(notification).isEqualTo(new PayboxNotification(4250, "F2026-09-0042_A1", Optional.of("XXXXXX"),
                Optional.of("12345"), Optional.of("67890"), PayboxResponseCode.SUCCESS));
    }

    @Test
    void reads_a_refusal_without_authorisation() {
        PayboxNotification absent = PayboxNotification.parse("montant=4250&ref=A1&appel=1&trans=2&erreur=00151");
        PayboxNotification empty = PayboxNotification.parse("montant=4250&ref=A1&auto=&appel=1&trans=2&erreur=00151");

        assertThat(absent.authorisation()).isEmpty();
        assertThat(empty.authorisation()).isEmpty();
        assertThat(absent.code().meaning()).contains("provision insuffisante");
    }

    @Test
    void tolerates_missing_call_and_transaction_numbers() {
        PayboxNotification notification = PayboxNotification.parse("montant=100&ref=A1&erreur=00001");

        assertThat(notification.call()).isEmpty();
        assertThat(notification.transaction()).isEmpty();
    }

    @Test
    void decodes_url_encoded_values() {
        PayboxNotification notification = PayboxNotification.parse("montant=100&ref=A%2D1&auto=AB+12&erreur=00000");

        assertThat(notification.reference()).isEqualTo("A-1");
        assertThat(notification.authorisation()).contains("AB 12");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ref=A1&erreur=00000|'montant'",
        "montant=&ref=A1&erreur=00000|'montant'",
        "montant=100&erreur=00000|'ref'",
        "montant=100&ref=A1|'erreur'",
        "montant=12,50&ref=A1&erreur=00000|must be digits",
        "montant=-5&ref=A1&erreur=00000|must be digits",
        "montant=99999999999999999999&ref=A1&erreur=00000|must be digits",
        "montant=100&ref=A1&erreur=OK|5 digits",
        "montant=100&ref=A%ZZ&erreur=00000|URL-encoded",
        "montant=100&montant=1&ref=A1&erreur=00000|repeats",
    })
    void refuses_a_malformed_notification(String query, String reason) {
        assertThatThrownBy(() -> PayboxNotification.parse(query))
                .isInstanceOf(MalformedNotificationException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void refuses_an_empty_notification() {
        assertThatThrownBy(() -> PayboxNotification.parse(""))
                .isInstanceOf(MalformedNotificationException.class);
    }
}
