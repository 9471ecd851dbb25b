package fr.espacefamille.adapter.jdbc.account;

import static fr.espacefamille.adapter.jdbc.Fixtures.agent;
import static fr.espacefamille.adapter.jdbc.Fixtures.family;
import static fr.espacefamille.adapter.jdbc.Fixtures.parent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.jdbc.Backend;
import fr.espacefamille.adapter.jdbc.Fixtures;
import fr.espacefamille.adapter.jdbc.StoreContract;
import fr.espacefamille.application.account.Accounts;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.GuardianId;

/** What every {@link Accounts} store does. */
abstract class AccountsContract extends StoreContract {

    AccountsContract(Supplier<Backend> backends) {
        super(backends);
    }

    private Accounts accounts() {
        return backend.accounts();
    }

    private Family storedFamily(String name) {
        Family family = family(name);
        backend.families().add(family);
        return family;
    }

    @Test
    void reads_back_parent_and_staff_accounts() {
        Account parent = parent(storedFamily("Martin"), "jean.martin", "jean.martin@exemple.fr");
        Account agent = agent("agent.ecole");

        assertThat(accounts().add(parent)).isTrue();
        assertThat(accounts().add(agent)).isTrue();

        assertThat(accounts().byId(parent.id())).contains(parent);
        assertThat(accounts().byId(agent.id())).contains(agent);
        assertThat(accounts().byGuardian(parent.guardianId())).contains(parent);
    }

    @Test
    void an_applicant_account_is_read_back_and_later_joins_a_family() {
        Account applicant = Fixtures.applicant("nadia.b");
        assertThat(accounts().add(applicant)).isTrue();
        assertThat(accounts().byLogin("NADIA.B")).contains(applicant);

        Family family = storedFamily("Benali");
        Account parent = applicant.joiningFamily(family.id(), family.guardians().get(0).id());
        accounts().update(parent);

        assertThat(accounts().byId(applicant.id())).contains(parent);
        assertThat(accounts().byGuardian(parent.guardianId())).contains(parent);
    }

    @Test
    void answers_nothing_for_an_unknown_id_login_or_guardian() {
        accounts().add(agent("agent.ecole"));

        assertThat(accounts().byId(AccountId.random())).isEmpty();
        assertThat(accounts().byLogin("personne")).isEmpty();
        assertThat(accounts().byGuardian(GuardianId.random())).isEmpty();
    }

    @Test
    void refuses_a_username_already_taken_in_another_case() {
        Account first = parent(storedFamily("Martin"), "Jean.Martin", "jean@exemple.fr");
        Account second = parent(storedFamily("Martine"), "jean.MARTIN", "autre@exemple.fr");

        assertThat(accounts().add(first)).isTrue();
        assertThat(accounts().add(second)).isFalse();

        assertThat(accounts().byId(second.id())).isEmpty();
        assertThat(accounts().byLogin("JEAN.martin")).contains(first);
    }

    @Test
    void a_guardian_has_at_most_one_account() {
        Family martin = storedFamily("Martin");
        accounts().add(parent(martin, "jean.martin", "jean@exemple.fr"));

        assertThatThrownBy(() -> accounts().add(parent(martin, "jean.bis", "jean@exemple.fr")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(accounts().byLogin("jean.bis")).isEmpty();
    }

    @Test
    void a_refused_username_leaves_the_transaction_usable() {
        Account first = agent("agent.ecole");
        Account taken = agent("Agent.Ecole");
        Account other = agent("agent.creche");

        boolean[] added = backend.transactions().inTransaction(() -> new boolean[] {
            accounts().add(first), accounts().add(taken), accounts().add(other) });

        assertThat(added).containsExactly(true, false, true);
        assertThat(accounts().byId(other.id())).contains(other);
    }

    @Test
    void of_concurrent_sign_ups_with_one_username_exactly_one_wins() throws Exception {
        List<Callable<Boolean>> signUps = IntStream.range(0, 8)
                .mapToObj(i -> (Callable<Boolean>) () -> accounts().add(agent(i % 2 == 0 ? "agent.ecole" : "Agent.Ecole")))
                .toList();
        ExecutorService threads = Executors.newFixedThreadPool(signUps.size());
        try {
            int wins = 0;
            for (Future<Boolean> signUp : threads.invokeAll(signUps)) {
                wins += signUp.get() ? 1 : 0;
            }
            assertThat(wins).isEqualTo(1);
        } finally {
            threads.shutdown();
        }
    }

    @Test
    void finds_by_username_or_else_by_email_ignoring_case() {
        Account parent = parent(storedFamily("Martin"), "jmartin", "Jean.Martin@Exemple.fr");
        accounts().add(parent);

        assertThat(accounts().byLogin("JMartin")).contains(parent);
        assertThat(accounts().byLogin("jean.martin@exemple.FR")).contains(parent);
    }

    @Test
    void answers_every_account_a_login_names_the_username_first() {
        Account sophie = parent(storedFamily("Durand"), "sophie", "sophie@exemple.fr");
        accounts().add(sophie);
        Account squatter = parent(storedFamily("Martin"), "Sophie@Exemple.fr", "autre@exemple.fr");
        accounts().add(squatter);

        assertThat(accounts().byLogin("SOPHIE@exemple.fr")).containsExactly(squatter, sophie);
        assertThat(accounts().byLogin("sophie")).containsExactly(sophie);
    }

    @Test
    void update_saves_a_new_password_hash_and_email() {
        Account parent = parent(storedFamily("Martin"), "jmartin", "jean@exemple.fr");
        accounts().add(parent);
        Account changed = parent.withPasswordHash("pbkdf2$1$bm91dmVhdQ$aGFzaA").withEmail("j.martin@exemple.fr");

        accounts().update(changed);

        assertThat(accounts().byId(parent.id())).contains(changed);
        assertThat(accounts().byLogin("j.martin@exemple.fr")).contains(changed);
        assertThat(accounts().byLogin("jean@exemple.fr")).isEmpty();
    }
}
