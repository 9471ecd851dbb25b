package fr.espacefamille.adapter.http.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalTargetTest {

    @ParameterizedTest
    @ValueSource(strings = {"/espace", "/espace/compte?onglet=1", "/agents/creche/pointage", "/espace/factures#total", "/%2F/evil.test",
        "/espace/r%C3%A8glements"})
    void keeps_paths_of_this_portal(String target) {
        assertThat(LocalTarget.of(target)).contains(target);
    }

    /** What the decoded « retour » may hold: each would take a browser to another site, or is not a path. */
    @ParameterizedTest
    @ValueSource(strings = {"//evil.test", "/\t/evil.test", "/\n/evil.test", "/\r\n/evil.test", "\t//evil.test", "/\\evil.test",
        "\\/evil.test", "/\\/evil.test", "\\\\evil.test", " //evil.test", "/ /evil.test", "/\u0000/evil.test", "/\u000B/evil.test",
        "https://evil.test/", "evil.test", "javascript:alert(1)", "/\u00A0/evil.test", "", "espace"})
    void refuses_whatever_a_browser_could_resolve_elsewhere(String target) {
        assertThat(LocalTarget.of(target)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://portail.example/x//evil.test/phish", "https://portail.example//evil.test/phish",
        "http://portail.example/%zz", "not a url", "https://portail.example"})
    void takes_from_a_url_only_a_local_path_and_query(String url) {
        assertThat(LocalTarget.ofUrl(url)).satisfiesAnyOf(
                target -> assertThat(target).isEmpty(),
                target -> assertThat(target).hasValueSatisfying(path -> assertThat(path).startsWith("/").doesNotStartWith("//")));
        assertThat(LocalTarget.ofUrl("https://portail.example//evil.test/phish")).isEmpty();
        assertThat(LocalTarget.ofUrl("https://portail.example/espace/paiement/effectue?ref=F-1")).contains("/espace/paiement/effectue?ref=F-1");
    }
}
