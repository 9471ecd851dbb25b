package fr.espacefamille.application.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import fr.espacefamille.application.account.Accounts;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.family.GuardianId;

/** In-memory {@link Accounts}. */
public final class InMemoryAccounts implements Accounts {

    private final Map<AccountId, Account> accounts;

    public InMemoryAccounts(InMemoryTransactions transactions) {
        this.accounts = new InMemoryMap<AccountId, Account>(transactions).map();
    }

    @Override
    public synchronized boolean add(Account account) {
        String canonical = account.username().canonical();
        if (accounts.values().stream().anyMatch(a -> a.username().canonical().equals(canonical))) {
            return false;
        }
        if (account.guardianId() != null && byGuardian(account.guardianId()).isPresent()) {
            throw new IllegalStateException("The guardian already has an account: " + account.guardianId());
        }
        accounts.put(account.id(), account);
        return true;
    }

    @Override
    public void update(Account account) {
        accounts.put(account.id(), account);
    }

    @Override
    public Optional<Account> byId(AccountId id) {
        return Optional.ofNullable(accounts.get(id));
    }

    @Override
    public List<Account> byLogin(String login) {
        String lower = login.toLowerCase(Locale.ROOT);
        return accounts.values().stream()
                .filter(a -> a.username().canonical().equals(lower) || a.email().equalsIgnoreCase(lower))
                .sorted(Comparator.comparing((Account a) -> !a.username().canonical().equals(lower))
                        .thenComparing(Account::createdAt).thenComparing(a -> a.id().value()))
                .toList();
    }

    @Override
    public Optional<Account> byGuardian(GuardianId guardian) {
        return accounts.values().stream().filter(a -> guardian.equals(a.guardianId())).findFirst();
    }
}
