package fr.espacefamille.adapter.paybox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PayboxRequestSignerTest {

    private static final String TEST_KEY = "0123456789ABCDEF".repeat(8);

    private static final PayboxReturnUrls URLS = new PayboxReturnUrls(
            URI.create("https://famille.example.fr/paiement/effectue"),
            URI.create("https://famille.example.fr/paiement/refuse"),
            URI.create("https://famille.example.fr/paiement/annule"),
            URI.create("https://famille.example.fr/paybox/ipn"));

    private static final PayboxBilling BILLING =
            new PayboxBilling("Marie-Hélène", "Dupont & Fils", "12 rue de l'École", "75001", "Paris");

    private static final OffsetDateTime TIME = OffsetDateTime.parse("2026-09-07T08:00:00+02:00");

    private final PayboxRequestSigner signer = new PayboxRequestSigner(PayboxCredentials.publicTestAccount());

    // Vectors from PAYBOX.md, published by client libraries.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "PBX_SITE=1999888&PBX_RANG=32&PBX_IDENTIFIANT=107904482&PBX_TOTAL=1000&PBX_DEVISE=978&PBX_CMD=TEST zyxwv&PBX_PORTEUR=test@paybox.com&PBX_RETOUR=Mt:M;Ref:R;Auto:A;Erreur:E&PBX_TIME=2014-12-01T00:00:00+00:00"
                + "|7D15A9C93C4B1A3E11427C35A4CE539CD146182A8EE9E2964E82AA99385007D8B08823272399B384E037F53DEA5008F66F37011FEF44CD65A8B4D964FB55FD10",
        "PBX_SITE=1999888&PBX_RANG=32&PBX_IDENTIFIANT=107904482&PBX_TOTAL=100&PBX_DEVISE=840&PBX_CMD=3&PBX_PORTEUR=admin@example.com&PBX_RETOUR=Mt:M;Ref:R;Auto:A;Erreur:E&PBX_TIME=2014-12-09T22:37:34+00:00"
                + "|3B1A2C5BCC1BCA095A5F129027613C86ADA1ED83A7D3C07A699A8664EA1B988C622E146FFBDE946BE7A26DBCA45FE840E6769DB6BC4D1DC79F8F186475AE143F",
        "PBX_SITE=12345678&PBX_RANG=32&PBX_IDENTIFIANT=12345678&PBX_TOTAL=999&PBX_DEVISE=978&PBX_CMD=appel à Paybox&PBX_PORTEUR=test@paybox.com&PBX_RETOUR=Mt:M;Ref:R;Auto:A;Erreur:E&PBX_HASH=SHA512&PBX_TIME=2015-06-08T16:21:16+02:00"
                + "|7E74D8E9A0DBB65AAE51C5C50C2668FD98FC99AEDF18244BB1935F602B6C2E953B61FD84364F34FDB88B049901C0A07F6040AF446BBF5589113F48A733D551D4",
    })
    void hmac_matches_published_vectors(String joined, String expected) {
        assertThat(PayboxRequestSigner.hmac(joined, TEST_KEY)).isEqualTo(expected);
    }

    @Test
    void hmac_accepts_a_lowercase_hex_key() {
        assertThat(PayboxRequestSigner.hmac("PBX_SITE=1999888", TEST_KEY.toLowerCase()))
                .isEqualTo(PayboxRequestSigner.hmac("PBX_SITE=1999888", TEST_KEY));
    }

    @Test
    void form_lists_the_fields_in_sending_order_with_hmac_last() {
        PayboxForm form = signer.sign(payment(4250, "F2026-09-0042_A1"));

        assertThat(form.fields().keySet()).containsExactly(
                "PBX_SITE", "PBX_RANG", "PBX_IDENTIFIANT", "PBX_TOTAL", "PBX_DEVISE", "PBX_CMD",
                "PBX_PORTEUR", "PBX_RETOUR", "PBX_HASH", "PBX_TIME", "PBX_EFFECTUE", "PBX_REFUSE",
                "PBX_ANNULE", "PBX_REPONDRE_A", "PBX_SHOPPINGCART", "PBX_BILLING", "PBX_HMAC");
    }

    /** The expected HMAC was computed independently with {@code openssl dgst -sha512 -mac HMAC}. */
    @Test
    void signs_the_raw_joined_fields_with_the_decoded_key() {
        PayboxForm form = signer.sign(payment(4250, "F2026-09-0042_A1"));

        Map<String, String> unsigned = new LinkedHashMap<>(form.fields());
        unsigned.remove("PBX_HMAC");
        assertThat(PayboxRequestSigner.join(unsigned)).isEqualTo(
                "PBX_SITE=1999888&PBX_RANG=32&PBX_IDENTIFIANT=107904482&PBX_TOTAL=4250&PBX_DEVISE=978"
                        + "&PBX_CMD=F2026-09-0042_A1&PBX_PORTEUR=marie.dupont@example.fr"
                        + "&PBX_RETOUR=montant:M;ref:R;auto:A;appel:T;trans:S;erreur:E;sign:K&PBX_HASH=SHA512"
                        + "&PBX_TIME=2026-09-07T08:00:00+02:00"
                        + "&PBX_EFFECTUE=https://famille.example.fr/paiement/effectue"
                        + "&PBX_REFUSE=https://famille.example.fr/paiement/refuse"
                        + "&PBX_ANNULE=https://famille.example.fr/paiement/annule"
                        + "&PBX_REPONDRE_A=https://famille.example.fr/paybox/ipn"
                        + "&PBX_SHOPPINGCART=<?xml version=\"1.0\" encoding=\"utf-8\"?><shoppingcart><total><totalQuantity>1</totalQuantity></total></shoppingcart>"
                        + "&PBX_BILLING=<?xml version=\"1.0\" encoding=\"utf-8\"?><Billing><Address><FirstName>Marie-Hélène</FirstName>"
                        + "<LastName>Dupont &amp; Fils</LastName><Address1>12 rue de l&apos;École</Address1>"
                        + "<ZipCode>75001</ZipCode><City>Paris</City><CountryCode>250</CountryCode></Address></Billing>");
        assertThat(form.hmac()).isEqualTo(
                "1A8E702F6948CC3C676DFABEFF1BD86EE28ADED69890442C9A2E9B80F62B362B05844CB018592D23E706852584B90F8B389AA425AF23E649A10544AAA20BF3D8");
    }

    @Test
    void writes_time_with_a_numeric_offset_and_whole_seconds() {
        OffsetDateTime utcWithNanos = OffsetDateTime.of(2014, 12, 1, 0, 0, 0, 123_456_789, ZoneOffset.UTC);

        PayboxForm form = signer.sign(new PayboxPayment(1000, "A1", "test@paybox.com", utcWithNanos, URLS, BILLING));

        assertThat(form.fields().get("PBX_TIME")).isEqualTo("2014-12-01T00:00:00+00:00");
    }

    @Test
    void sends_euros_and_amount_in_cents() {
        PayboxForm form = signer.sign(payment(7, "A1"));

        assertThat(form.fields()).containsEntry("PBX_TOTAL", "7").containsEntry("PBX_DEVISE", "978");
    }

    @Test
    void form_cannot_be_changed_after_signing() {
        PayboxForm form = signer.sign(payment(4250, "A1"));

        assertThatThrownBy(() -> form.fields().put("PBX_TOTAL", "1"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "TEST zyxwv", "appel-à-Paybox", "F/12", "A&B"})
    void refuses_references_outside_the_safe_alphabet(String reference) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> payment(1000, reference))
                .withMessageContaining("Reference");
    }

    @Test
    void refuses_a_reference_longer_than_250_characters() {
        assertThatIllegalArgumentException().isThrownBy(() -> payment(1000, "A".repeat(251)));
        assertThat(payment(1000, "A".repeat(250)).reference()).hasSize(250);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -100})
    void refuses_a_non_positive_amount(long cents) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> payment(cents, "A1"))
                .withMessageContaining("positive");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b.c", "no-at-sign.example.fr", "two@@example.fr", "with space@example.fr"})
    void refuses_a_payer_email_paybox_would_reject(String email) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PayboxPayment(1000, "A1", email, TIME, URLS, BILLING))
                .withMessageContaining("e-mail");
    }

    @Test
    void refuses_a_notification_url_with_a_query() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PayboxReturnUrls(URLS.accepted(), URLS.refused(), URLS.cancelled(),
                        URI.create("https://famille.example.fr/paybox/ipn?town=1")))
                .withMessageContaining("query");
    }

    @Test
    void refuses_a_relative_return_url() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PayboxReturnUrls(URI.create("/paiement/effectue"), URLS.refused(),
                        URLS.cancelled(), URLS.notification()))
                .withMessageContaining("accepted");
    }

    @Test
    void billing_escapes_every_xml_special_character() {
        PayboxBilling billing = new PayboxBilling("<Jo>", "\"O'Hara\"", "1 & 2 rue", "75001", "Paris");

        assertThat(billing.toXml()).isEqualTo(
                "<?xml version=\"1.0\" encoding=\"utf-8\"?><Billing><Address><FirstName>&lt;Jo&gt;</FirstName>"
                        + "<LastName>&quot;O&apos;Hara&quot;</LastName><Address1>1 &amp; 2 rue</Address1>"
                        + "<ZipCode>75001</ZipCode><City>Paris</City><CountryCode>250</CountryCode></Address></Billing>");
    }

    @Test
    void billing_refuses_blank_or_control_characters() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PayboxBilling("Marie", " ", "1 rue", "75001", "Paris"))
                .withMessageContaining("lastName");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PayboxBilling("Marie", "Dupont", "1 rue\nbis", "75001", "Paris"))
                .withMessageContaining("addressLine");
    }

    private static PayboxPayment payment(long cents, String reference) {
        return new PayboxPayment(cents, reference, "marie.dupont@example.fr", TIME, URLS, BILLING);
    }
}
