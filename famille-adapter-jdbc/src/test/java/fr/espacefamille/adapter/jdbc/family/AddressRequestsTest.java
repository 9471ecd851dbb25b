package fr.espacefamille.adapter.jdbc.family;

import static fr.espacefamille.adapter.jdbc.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.jdbc.Backend;
import fr.espacefamille.adapter.jdbc.Fixtures;
import fr.espacefamille.adapter.jdbc.StoreContract;
import fr.espacefamille.application.family.AddressRequests;
import fr.espacefamille.application.inmemory.InMemoryAddressRequests;
import fr.espacefamille.domain.account.AddressRequest;
import fr.espacefamille.domain.account.AddressRequestId;
import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.family.Family;

/** What every {@link AddressRequests} store does. */
abstract class AddressRequestsContract extends StoreContract {

    private static final Address NEW_HOME = new Address("5 place de l'Église", "Appartement 3", "44480", "Donges");

    private AddressRequests requests;
    private Family martin;
    private Family nguyen;

    AddressRequestsContract(Supplier<Backend> backends) {
        super(backends);
    }

    @BeforeEach
    void twoFamilies() {
        requests = backend.store(InMemoryAddressRequests::new, JdbiAddressRequests::new);
        martin = Fixtures.family("Martin");
        nguyen = Fixtures.family("Nguyen");
        backend.families().add(martin);
        backend.families().add(nguyen);
    }

    private AddressRequest ask(Family family, int secondsLater, DocumentId proof) {
        AddressRequest request = AddressRequest.create(family.id(), family.guardians().get(0).id(), NEW_HOME, proof,
                NOW.plusSeconds(secondsLater));
        requests.add(request);
        return request;
    }

    @Test
    void reads_back_a_request_with_or_without_proof() {
        AddressRequest withProof = ask(martin, 0, DocumentId.random());
        AddressRequest without = ask(nguyen, 1, null);

        assertThat(requests.byId(withProof.id())).contains(withProof);
        assertThat(requests.byId(without.id())).contains(without);
        assertThat(requests.byId(AddressRequestId.random())).isEmpty();
    }

    @Test
    void lists_pending_requests_oldest_first_and_finds_a_family_s_pending_one() {
        AddressRequest later = ask(nguyen, 60, null);
        AddressRequest earlier = ask(martin, 0, null);

        assertThat(requests.pending(10)).containsExactly(earlier, later);
        assertThat(requests.pending(1)).containsExactly(earlier);
        assertThat(requests.pendingOf(martin.id())).contains(earlier);
    }

    @Test
    void a_decision_is_saved_and_the_request_is_no_longer_pending() {
        AddressRequest pending = ask(martin, 0, null);
        AddressRequest refused = pending.refuse("agent.ecole", NOW.plusSeconds(3600), "Justificatif illisible");

        requests.update(refused);

        assertThat(requests.byId(pending.id())).contains(refused);
        assertThat(requests.pendingOf(martin.id())).isEmpty();
        assertThat(requests.pending(10)).isEmpty();
    }

    @Test
    void a_family_has_at_most_one_pending_request_and_a_decided_one_frees_the_place() {
        AddressRequest first = ask(martin, 0, null);

        assertThatThrownBy(() -> ask(martin, 1, null)).isInstanceOf(RuntimeException.class);

        requests.update(first.cancel("claire.m", NOW.plusSeconds(2)));
        AddressRequest second = ask(martin, 3, null);
        assertThat(requests.pendingOf(martin.id())).contains(second);
        assertThat(List.of(requests.byId(first.id()).orElseThrow().status())).containsExactly(AddressRequest.Status.CANCELLED);
    }
}
