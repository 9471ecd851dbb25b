package fr.espacefamille.application.account;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import fr.espacefamille.application.shared.ExpiringCache;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.family.GuardianId;

/**
 * {@link Accounts} that remembers, for {@link RecentSessions#FRESHNESS}, the accounts behind sessions
 * ({@link #recent}, read by {@link Authenticate} on every request). Every other reading goes to the
 * store: use cases change what they read afresh. An account updated through this instance is
 * forgotten at once, and again when its transaction ends (another request may have read the old
 * one meanwhile), so an applicant whose request made them a parent sees their family on the
 * next page; a change made on another instance sharing the database is seen at most
 * {@link RecentSessions#FRESHNESS} later.
 */
public final class RecentAccounts implements Accounts {

    private final Accounts accounts;
    private final Transactions transactions;
    private final ExpiringCache<AccountId, Account> recent;

    /** {@code ticker} measures freshness only: the system clock, even when the business clock is frozen. */
    public RecentAccounts(Accounts accounts, Transactions transactions, Clock ticker) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.recent = new ExpiringCache<>(RecentSessions.FRESHNESS, 10_000, ticker);
    }

    /** The account, possibly as read a moment ago: to know who is acting, never to change it. */
    public Optional<Account> recent(AccountId id) {
        return recent.get(id, accounts::byId);
    }

    /** The account remembered under {@code justRead}'s id, or {@code justRead} (read with its session), remembered from now on. */
    public Account recent(Account justRead) {
        return recent.get(justRead.id(), id -> Optional.of(justRead)).orElseThrow();
    }

    @Override
    public boolean add(Account account) {
        return accounts.add(account);
    }

    @Override
    public void update(Account account) {
        accounts.update(account);
        recent.forget(account.id());
        transactions.whenEnded(() -> recent.forget(account.id()));
    }

    @Override
    public Optional<Account> byId(AccountId id) {
        return accounts.byId(id);
    }

    @Override
    public List<Account> byLogin(String login) {
        return accounts.byLogin(login);
    }

    @Override
    public Optional<Account> byGuardian(GuardianId guardian) {
        return accounts.byGuardian(guardian);
    }
}
