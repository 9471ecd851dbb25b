package fr.espacefamille.application.account;

import java.util.List;
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

    /**
     * Every account whose username or email is {@code login}, case-insensitively: the username's
     * first, then those sharing the email, oldest first. Callers must not just take the first.
     */
    List<Account> byLogin(String login);

    Optional<Account> byGuardian(GuardianId guardian);
}
