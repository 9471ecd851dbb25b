package fr.espacefamille.application.family;

import static fr.espacefamille.application.InMemoryPortal.AGENT;
import static fr.espacefamille.application.InMemoryPortal.STRONG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.espacefamille.application.InMemoryPortal;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.AddressRequest;
import fr.espacefamille.domain.account.AddressRequestId;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.shared.RefusedException;

class DecideAddressChangeTest {

    private static final Address MALVILLE = new Address("8 route de Savenay", null, "44260", "Malville");

    private final InMemoryPortal portal = new InMemoryPortal();
    private CreateFamily.Result martin;
    private AddressRequest pending;

    @BeforeEach
    void claireAsksToMove() {
        martin = portal.martin();
        portal.activateFirst(martin, "claire.m");
        Actor claire = portal.session("claire.m", STRONG).actor();
        pending = portal.updateContact.update(claire, new UpdateContact.Command(null, null, MALVILLE, null)).pendingAddress();
    }

    private AddressRequest decide(Actor actor, boolean accept, Boolean resident, String reason) {
        return portal.decideAddressChange.decide(actor, new DecideAddressChange.Command(pending.id(), accept, resident, reason));
    }

    private Family family() {
        return portal.families.byId(martin.id()).orElseThrow();
    }

    @Test
    void staff_see_the_pending_change_with_the_family_and_who_asked() {
        assertThat(portal.listAddressChanges.pending(AGENT)).singleElement().satisfies(change -> {
            assertThat(change.request()).isEqualTo(pending);
            assertThat(change.family().name()).isEqualTo("Martin");
            assertThat(change.guardian().firstName()).isEqualTo("Claire");
            assertThat(change.proofDocument()).isEmpty();
        });
    }

    @Test
    void accepting_moves_the_family_sets_its_residence_tells_the_parent_and_is_audited() {
        AddressRequest accepted = decide(AGENT, true, false, null);

        assertThat(accepted.status()).isEqualTo(AddressRequest.Status.ACCEPTED);
        assertThat(accepted.decidedBy()).isEqualTo("agent.ecole");
        assertThat(family().address()).isEqualTo(MALVILLE);
        assertThat(family().resident()).isFalse();
        assertThat(portal.listAddressChanges.pending(AGENT)).isEmpty();
        assertThat(portal.sentMails()).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo("claire.m@example.fr");
            assertThat(mail.text()).contains("8 route de Savenay, 44260 Malville");
        });
        assertThat(portal.audit("ADDRESS_CHANGE_ACCEPTED")).singleElement().satisfies(entry -> {
            assertThat(entry.before()).contains("12 rue de la Loire").contains("\"resident\":true");
            assertThat(entry.after()).contains("Malville").contains("\"resident\":false");
        });
    }

    @Test
    void accepting_without_a_residence_answer_keeps_it() {
        decide(AGENT, true, null, null);

        assertThat(family().resident()).isTrue();
    }

    @Test
    void refusing_keeps_the_address_and_tells_the_parent_why() {
        AddressRequest refused = decide(AGENT, false, null, "Justificatif de plus de trois mois");

        assertThat(refused.status()).isEqualTo(AddressRequest.Status.REFUSED);
        assertThat(family().address()).isEqualTo(InMemoryPortal.donges());
        assertThat(portal.sentMails().get(0).text()).contains("Motif\u00a0: Justificatif de plus de trois mois");
        assertThat(portal.audit("ADDRESS_CHANGE_REFUSED")).hasSize(1);
    }

    @Test
    void a_decided_request_cannot_be_decided_again() {
        decide(AGENT, true, null, null);

        assertThatThrownBy(() -> decide(AGENT, false, null, null)).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.refusal().code()).isEqualTo("ALREADY_DECIDED"));
    }

    @Test
    void unknown_requests_are_not_found_and_parents_may_not_decide() {
        assertThatThrownBy(() -> portal.decideAddressChange.decide(AGENT,
                new DecideAddressChange.Command(AddressRequestId.random(), true, null, null)))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.refusal().code()).isEqualTo("NOT_FOUND"));
        Actor claire = portal.session("claire.m", STRONG).actor();
        assertThatThrownBy(() -> decide(claire, true, null, null)).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.refusal().code()).isEqualTo("FORBIDDEN"));
        assertThatThrownBy(() -> portal.listAddressChanges.pending(claire)).isInstanceOf(RefusedException.class);
    }

    @Test
    void every_staff_role_may_decide() {
        Actor finance = new Actor(null, "agent.finances", Role.FINANCE_AGENT, null, null);

        assertThat(decide(finance, true, null, null).status()).isEqualTo(AddressRequest.Status.ACCEPTED);
    }
}
