package fr.espacefamille.application.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import fr.espacefamille.application.inmemory.InMemoryAccounts;
import fr.espacefamille.application.inmemory.InMemoryTransactions;
import fr.espacefamille.application.inmemory.MovableClock;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.account.Username;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.GuardianId;

class RecentAccountsTest {

    private static final Instant NOON = Instant.parse("2026-09-07T10:00:00Z");
    private final MovableClock ticker = new MovableClock(NOON);
    /** The database as another instance sees and changes it. */
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final Accounts database = new InMemoryAccounts(transactions);
    private final RecentAccounts accounts = new RecentAccounts(database, transactions, ticker);

    @Test
    void an_applicant_who_joins_a_family_through_this_instance_is_seen_as_a_parent_at_once() {
        Account applicant = applicant();
        accounts.add(applicant);
        assertThat(accounts.recent(applicant.id())).get().extracting(Account::role).isEqualTo(Role.APPLICANT);
        accounts.update(applicant.joiningFamily(FamilyId.random(), GuardianId.random()));
        assertThat(accounts.recent(applicant.id())).get().extracting(Account::role).isEqualTo(Role.PARENT);
    }

    @Test
    void a_change_on_another_instance_is_seen_once_the_freshness_has_run_out_and_use_cases_read_afresh() {
        Account applicant = applicant();
        database.add(applicant);
        accounts.recent(applicant.id());
        database.update(applicant.joiningFamily(FamilyId.random(), GuardianId.random()));
        assertThat(accounts.recent(applicant.id())).as("remembered for a moment").get().extracting(Account::role).isEqualTo(Role.APPLICANT);
        assertThat(accounts.byId(applicant.id())).as("what a use case reads").get().extracting(Account::role).isEqualTo(Role.PARENT);
        ticker.advance(RecentSessions.FRESHNESS);
        assertThat(accounts.recent(applicant.id())).get().extracting(Account::role).isEqualTo(Role.PARENT);
    }

    @Test
    void an_account_read_by_another_request_before_the_update_commits_is_forgotten_once_it_has() {
        Account applicant = applicant();
        Account parent = applicant.joiningFamily(FamilyId.random(), GuardianId.random());
        accounts.add(applicant);
        transactions.run(() -> {
            accounts.update(parent);
            // another request signs in meanwhile: the database still shows it the committed account
            database.update(applicant);
            assertThat(accounts.recent(applicant.id())).get().extracting(Account::role).isEqualTo(Role.APPLICANT);
            database.update(parent);
        });
        assertThat(accounts.recent(applicant.id())).as("the next request once committed").get()
                .extracting(Account::role).isEqualTo(Role.PARENT);
    }

    @Test
    void an_update_rolled_back_after_its_own_request_read_it_is_forgotten() {
        Account applicant = applicant();
        accounts.add(applicant);
        assertThatThrownBy(() -> transactions.run(() -> {
            accounts.update(applicant.joiningFamily(FamilyId.random(), GuardianId.random()));
            assertThat(accounts.recent(applicant.id())).get().extracting(Account::role).isEqualTo(Role.PARENT);
            throw new IllegalStateException("a later step failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(accounts.recent(applicant.id())).get().extracting(Account::role).isEqualTo(Role.APPLICANT);
    }

    private static Account applicant() {
        return new Account(AccountId.random(), new Username("sophie.martin"), "sophie@example.fr", "hash", Role.APPLICANT, null, null, NOON);
    }
}
