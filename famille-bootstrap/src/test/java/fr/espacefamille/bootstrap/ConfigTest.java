package fr.espacefamille.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.espacefamille.domain.billing.Regie;

/** Start-up refuses settings that are unsafe with real payers, naming every variable to fix in one line. */
class ConfigTest {

    private static final Map<String, String> PRODUCTION = Map.of("FAMILLE_PAYBOX_MODE", "production",
            "FAMILLE_PAYBOX_SITE", "1999888", "FAMILLE_PAYBOX_RANG", "32", "FAMILLE_PAYBOX_IDENTIFIANT", "107904482",
            "FAMILLE_PAYBOX_HMAC_KEY", "0123456789ABCDEF", "FAMILLE_BASE_URL", "https://famille.donges.fr",
            "FAMILLE_SMTP_HOST", "smtp.donges.fr");

    private static Map<String, String> production(String... removedThenAdded) {
        Map<String, String> env = new HashMap<>(PRODUCTION);
        env.put("FAMILLE_SEPA_CREDITOR_ID", Config.DEMO_CREDITOR_ID);
        for (Regie regie : Regie.values()) {
            env.put("FAMILLE_SEPA_IBAN_" + regie.name(), Config.DEMO_CREDITOR_IBAN);
        }
        for (int i = 0; i < removedThenAdded.length; i += 2) {
            if (removedThenAdded[i + 1] == null) {
                env.remove(removedThenAdded[i]);
            } else {
                env.put(removedThenAdded[i], removedThenAdded[i + 1]);
            }
        }
        return env;
    }

    @Test
    void a_complete_production_configuration_starts() {
        assertThat(Config.fromEnvironment(production()).paybox().mode()).isEqualTo("production");
    }

    @Test
    void production_and_preprod_name_every_missing_merchant_credential_in_one_line() {
        assertThatThrownBy(() -> Config.fromEnvironment(production("FAMILLE_PAYBOX_RANG", null, "FAMILLE_PAYBOX_IDENTIFIANT", null)))
                .hasMessageContaining("FAMILLE_PAYBOX_RANG, FAMILLE_PAYBOX_IDENTIFIANT").hasMessageNotContaining("\n")
                .hasMessageNotContaining("FAMILLE_PAYBOX_SITE");
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("FAMILLE_PAYBOX_MODE", "preprod")))
                .hasMessageContaining("FAMILLE_PAYBOX_SITE, FAMILLE_PAYBOX_RANG, FAMILLE_PAYBOX_IDENTIFIANT, FAMILLE_PAYBOX_HMAC_KEY");
    }

    @Test
    void production_refuses_an_http_base_url_and_a_missing_smtp_server_together() {
        assertThatThrownBy(() -> Config.fromEnvironment(production("FAMILLE_BASE_URL", "http://famille.donges.fr", "FAMILLE_SMTP_HOST", null)))
                .hasMessageContaining("https://").hasMessageContaining("FAMILLE_SMTP_HOST").hasMessageNotContaining("\n");
    }

    @Test
    void the_simulator_on_a_public_https_address_needs_demo_mode() {
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("FAMILLE_BASE_URL", "https://famille.donges.fr")))
                .hasMessageContaining("FAMILLE_DEMO=true");
        assertThat(Config.fromEnvironment(Map.of("FAMILLE_BASE_URL", "https://demo.donges.fr", "FAMILLE_DEMO", "true")).demo()).isTrue();
        assertThat(Config.fromEnvironment(Map.of()).paybox().simulator()).isTrue();
    }

    @Test
    void address_ranges_are_read_and_a_wrong_one_names_its_variable() {
        Config config = Config.fromEnvironment(production("FAMILLE_TRUSTED_PROXIES", "10.0.0.0/8, fd00::/8",
                "FAMILLE_PAYBOX_IPN_ALLOWED", "194.2.122.0/24"));
        assertThat(config.trustedProxies()).hasToString("10.0.0.0/8, fd00::/8");
        assertThat(config.paybox().ipnAllowed()).hasToString("194.2.122.0/24");
        assertThat(Config.fromEnvironment(production()).trustedProxies().isEmpty()).isTrue();
        assertThatThrownBy(() -> Config.fromEnvironment(production("FAMILLE_TRUSTED_PROXIES", "proxy.donges.fr")))
                .hasMessageStartingWith("FAMILLE_TRUSTED_PROXIES : « proxy.donges.fr »");
        assertThatThrownBy(() -> Config.fromEnvironment(production("FAMILLE_PAYBOX_IPN_ALLOWED", "194.2.122.0/40")))
                .hasMessageStartingWith("FAMILLE_PAYBOX_IPN_ALLOWED");
    }

    /** The footer reads « Mairie de X — address »: another town never shows « Mairie de X » twice. */
    @Test
    void another_town_is_named_with_its_own_town_hall_address() {
        assertThat(Config.fromEnvironment(Map.of()).town().address()).isEqualTo("Place Armand Morvan, 44480 Donges");
        assertThat(Config.fromEnvironment(Map.of("FAMILLE_TOWN_NAME", "Montoir-de-Bretagne")).town().address())
                .isEqualTo("Montoir-de-Bretagne");
        var town = Config.fromEnvironment(Map.of("FAMILLE_TOWN_NAME", "Montoir-de-Bretagne",
                "FAMILLE_TOWN_ADDRESS", "7 rue Marcel Pagnol, 44550 Montoir-de-Bretagne")).town();
        assertThat(town.title()).isEqualTo("Ville de Montoir-de-Bretagne");
        assertThat(town.address()).isEqualTo("7 rue Marcel Pagnol, 44550 Montoir-de-Bretagne");
    }

    @Test
    void another_town_names_its_multi_accueil_and_signs_its_mails_with_its_own_phone() {
        Config donges = Config.fromEnvironment(Map.of());
        assertThat(donges.town().nursery()).isEqualTo("multi-accueil «\u00a0Bout d'chou\u00a0»");
        assertThat(donges.town().mailSignature()).isEqualTo("Mairie de Donges — Service Enfance — 02\u00a040\u00a045\u00a079\u00a079");
        assertThat(donges.creditor().name()).isEqualTo("Mairie de Donges");

        Config montoir = Config.fromEnvironment(Map.of("FAMILLE_TOWN_NAME", "Montoir-de-Bretagne", "FAMILLE_NURSERY_NAME", " Les Lucioles ",
                "FAMILLE_TOWN_PHONE", "+33 2 40 45 45 00", "FAMILLE_NURSERY_PHONE", "02.40.45.45.10"));
        assertThat(montoir.town().nurseryTitle()).isEqualTo("Multi-accueil «\u00a0Les Lucioles\u00a0»");
        assertThat(montoir.town().mailSignature()).isEqualTo("Mairie de Montoir-de-Bretagne — Service Enfance — 02\u00a040\u00a045\u00a045\u00a000");
        assertThat(montoir.town().nurseryPhone()).isEqualTo("0240454510");
        assertThat(montoir.town().relaisPhone()).as("unset: the reference town's").isEqualTo("0240452503");
        assertThat(montoir.creditor().name()).isEqualTo("Mairie de Montoir-de-Bretagne");
    }

    @Test
    void refuses_a_nursery_name_in_quotes_and_a_phone_that_is_none() {
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("FAMILLE_NURSERY_NAME", "« Les Lucioles »")))
                .hasMessageContaining("FAMILLE_NURSERY_NAME");
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("FAMILLE_TOWN_PHONE", "mairie")))
                .hasMessageContaining("FAMILLE_TOWN_PHONE");
    }
}
