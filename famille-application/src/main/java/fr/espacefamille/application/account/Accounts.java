package fr.espacefamille.application.account;

import java.util.Optional;

import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.family.GuardianId;

/** Out-port: accounts. Usernames are unique case-insensitively. */
public interface Accounts {

    /** Adds an account; false when its username (case-insensitively) is already taken. */
    boolean add(Account account);

    void update(Account account);

    Optional<Account> byId(AccountId id);

    /** By username (case-insensitive) or, failing that, by email (case-insensitive). */
    Optional<Account> byLogin(String login);

    Optional<Account> byGuardian(GuardianId guardian);
}
