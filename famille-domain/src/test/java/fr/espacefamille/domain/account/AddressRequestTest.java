package fr.espacefamille.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.GuardianId;

class AddressRequestTest {

    private static final Instant ASKED = Instant.parse("2026-09-07T08:00:00Z");
    private static final Instant DECIDED = Instant.parse("2026-09-08T09:30:00Z");

    private final AddressRequest pending = AddressRequest.create(FamilyId.random(), GuardianId.random(),
            new Address("5 place de l'Église", null, "44480", "Donges"), DocumentId.random(), ASKED);

    @Test
    void a_new_request_waits_for_staff() {
        assertThat(pending.isPending()).isTrue();
        assertThat(pending.status()).isEqualTo(AddressRequest.Status.PENDING);
        assertThat(pending.decidedAt()).isNull();
        assertThat(pending.proofDocument()).isPresent();
    }

    @Test
    void staff_accept_it_once() {
        AddressRequest accepted = pending.accept("agent.ecole", DECIDED);

        assertThat(accepted.status()).isEqualTo(AddressRequest.Status.ACCEPTED);
        assertThat(accepted.decidedBy()).isEqualTo("agent.ecole");
        assertThat(accepted.decidedAt()).isEqualTo(DECIDED);
        assertThat(accepted.isPending()).isFalse();
        assertThatThrownBy(() -> accepted.refuse("agent.ecole", DECIDED, null)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void staff_refuse_it_with_a_trimmed_reason_or_none() {
        AddressRequest refused = pending.refuse("agent.ecole", DECIDED, "  Justificatif illisible  ");
        assertThat(refused.status()).isEqualTo(AddressRequest.Status.REFUSED);
        assertThat(refused.refusalReason()).isEqualTo("Justificatif illisible");

        assertThat(pending.refuse("agent.ecole", DECIDED, "   ").refusalReason()).isNull();
    }

    @Test
    void a_newer_request_cancels_the_pending_one() {
        AddressRequest cancelled = pending.cancel("claire.martin", DECIDED);

        assertThat(cancelled.status()).isEqualTo(AddressRequest.Status.CANCELLED);
        assertThatThrownBy(() -> cancelled.accept("agent.ecole", DECIDED)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_decision_date_comes_with_the_decision_and_only_a_refusal_has_a_reason() {
        assertThatThrownBy(() -> new AddressRequest(pending.id(), pending.family(), pending.guardian(), pending.address(),
                null, ASKED, AddressRequest.Status.ACCEPTED, null, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AddressRequest(pending.id(), pending.family(), pending.guardian(), pending.address(),
                null, ASKED, AddressRequest.Status.ACCEPTED, DECIDED, "agent", "motif")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pending.refuse("agent", DECIDED, "x".repeat(501))).isInstanceOf(IllegalArgumentException.class);
    }
}
