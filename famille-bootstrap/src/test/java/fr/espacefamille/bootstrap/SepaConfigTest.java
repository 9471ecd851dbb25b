package fr.espacefamille.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.espacefamille.domain.billing.Regie;

/** The town's SEPA creditor identifier and accounts at start-up: checked, with demo values only in demo or simulator mode. */
class SepaConfigTest {

    private static Map<String, String> production() {
        Map<String, String> env = new HashMap<>(Map.of("FAMILLE_PAYBOX_MODE", "production", "FAMILLE_PAYBOX_SITE", "1999888",
                "FAMILLE_PAYBOX_HMAC_KEY", "0123456789ABCDEF"));
        env.putAll(safeMerchant());
        env.put("FAMILLE_SEPA_IBAN_SCHOOL", "FR7630001007941234567890185");
        env.put("FAMILLE_SEPA_IBAN_EARLY_CHILDHOOD", "FR7630001007941234567890185");
        return env;
    }

    /** What production also requires besides SEPA (real merchant credentials, https, SMTP): see ConfigTest. */
    private static Map<String, String> safeMerchant() {
        return Map.of("FAMILLE_PAYBOX_SITE", "1999888", "FAMILLE_PAYBOX_RANG", "32", "FAMILLE_PAYBOX_IDENTIFIANT", "107904482",
                "FAMILLE_PAYBOX_HMAC_KEY", "0123456789ABCDEF", "FAMILLE_BASE_URL", "https://famille.example.fr",
                "FAMILLE_SMTP_HOST", "smtp.example.fr");
    }

    @Test
    void the_simulator_and_the_demo_use_the_demo_creditor_when_none_is_given() {
        assertThat(Config.fromEnvironment(Map.of()).creditor().id().value()).isEqualTo("FR72ZZZ123456");
        Map<String, String> demoPreprod = new HashMap<>(safeMerchant());
        demoPreprod.putAll(Map.of("FAMILLE_DEMO", "true", "FAMILLE_PAYBOX_MODE", "preprod"));
        assertThat(Config.fromEnvironment(demoPreprod).creditor().id().value())
                .isEqualTo("FR72ZZZ123456");
    }

    @Test
    void production_takes_the_town_s_creditor_identifier_and_accounts() {
        Map<String, String> env = production();
        env.put("FAMILLE_SEPA_CREDITOR_ID", "fr72 zzz 123456");
        Config config = Config.fromEnvironment(env);
        assertThat(config.creditor().id().value()).isEqualTo("FR72ZZZ123456");
        assertThat(config.creditor().account(Regie.SCHOOL).value()).isEqualTo("FR7630001007941234567890185");
        assertThat(config.toString()).contains("ics=FR72ZZZ123456");
    }

    @Test
    void production_refuses_to_start_with_a_creditor_identifier_of_bad_key_or_none_saying_so_in_one_line() {
        Map<String, String> bad = production();
        bad.put("FAMILLE_SEPA_CREDITOR_ID", "FR73ZZZ123456");
        assertThatThrownBy(() -> Config.fromEnvironment(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("FAMILLE_SEPA_CREDITOR_ID : La clé de l'identifiant créancier SEPA « FR73ZZZ123456 » est fausse (attendue : 72).");
        assertThatThrownBy(() -> Config.fromEnvironment(production())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("FAMILLE_SEPA_CREDITOR_ID est obligatoire").hasMessageNotContaining("\n");
        Map<String, String> badDemo = new HashMap<>(Map.of("FAMILLE_SEPA_CREDITOR_ID", "FR73ZZZ123456"));
        assertThatThrownBy(() -> Config.fromEnvironment(badDemo)).hasMessageContaining("FAMILLE_SEPA_CREDITOR_ID");
        Map<String, String> badAccount = production();
        badAccount.put("FAMILLE_SEPA_CREDITOR_ID", "FR72ZZZ123456");
        badAccount.put("FAMILLE_SEPA_IBAN_SCHOOL", "FR7630001007941234567890184");
        assertThatThrownBy(() -> Config.fromEnvironment(badAccount)).hasMessageStartingWith("FAMILLE_SEPA_IBAN_SCHOOL : ");
    }
}
