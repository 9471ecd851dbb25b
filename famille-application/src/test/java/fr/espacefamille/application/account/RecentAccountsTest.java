package fr.espacefamille.application.account;

import static org.assertj.core.api.Assertions.assertThat;

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
    private final Accounts database = new InMemoryAccounts(new InMemoryTransactions());
    private final RecentAccounts accounts = new RecentAccounts(database, ticker);

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

    private static Account applicant() {
        return new Account(AccountId.random(), new Username("sophie.martin"), "sophie@example.fr", "hash", Role.APPLICANT, null, null, NOON);
    }
}
