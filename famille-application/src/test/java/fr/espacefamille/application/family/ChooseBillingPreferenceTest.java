package fr.espacefamille.application.family;

import static fr.espacefamille.application.InMemoryPortal.AGENT;
import static fr.espacefamille.application.InMemoryPortal.STRONG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import fr.espacefamille.application.InMemoryPortal;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.shared.RefusedException;

class ChooseBillingPreferenceTest {

    private final InMemoryPortal portal = new InMemoryPortal();

    @Test
    void a_parent_switches_to_online_invoices_and_back() {
        CreateFamily.Result martin = portal.martin();
        portal.activateFirst(martin, "claire.m");
        Actor claire = portal.session("claire.m", STRONG).actor();

        assertThat(portal.chooseBillingPreference.choose(claire, true).paperless()).isTrue();
        assertThat(portal.families.byId(martin.id()).orElseThrow().paperless()).isTrue();
        assertThat(portal.chooseBillingPreference.choose(claire, true).paperless()).isTrue();
        assertThat(portal.chooseBillingPreference.choose(claire, false).paperless()).isFalse();

        assertThat(portal.audit("BILLING_PREFERENCE_CHANGED")).hasSize(2)
                .first().satisfies(entry -> assertThat(entry.after()).isEqualTo("{\"paperless\":true}"));
    }

    @Test
    void staff_have_no_invoice_preference_of_their_own() {
        assertThatThrownBy(() -> portal.chooseBillingPreference.choose(AGENT, true))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.refusal().code()).isEqualTo("FORBIDDEN"));
    }
}
