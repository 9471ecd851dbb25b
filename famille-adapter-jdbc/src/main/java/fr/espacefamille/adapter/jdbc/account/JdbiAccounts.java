package fr.espacefamille.adapter.jdbc.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jdbi.v3.core.statement.Update;
import org.jdbi.v3.core.statement.StatementContext;

import fr.espacefamille.adapter.jdbc.shared.Columns;
import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.application.account.Accounts;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.account.Username;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.GuardianId;

/**
 * {@link Accounts} in the {@code accounts} table. Case-insensitive uniqueness of usernames is the
 * UNIQUE constraint on {@code username_canonical}, so two concurrent sign-ups cannot both win.
 */
public final class JdbiAccounts implements Accounts {

    /** The constraint decides: a taken username inserts nothing, and never aborts the caller's transaction. */
    private static final String INSERT = """
            INSERT INTO accounts (id, username, username_canonical, email, email_canonical, password_hash, role,
                                  guardian_id, family_id, created_at)
            VALUES (:id, :username, :usernameCanonical, :email, :emailCanonical, :passwordHash, :role,
                    :guardianId, :familyId, :createdAt)
            ON CONFLICT DO NOTHING
            """;
    private static final String UPDATE = """
            UPDATE accounts SET username = :username, username_canonical = :usernameCanonical, email = :email,
                                email_canonical = :emailCanonical, password_hash = :passwordHash, role = :role,
                                guardian_id = :guardianId, family_id = :familyId
            WHERE id = :id
            """;
    private static final String SELECT = """
            SELECT id, username, email, password_hash, role, guardian_id, family_id, created_at FROM accounts
            """;
    /** The username's match first, then the accounts sharing the email, oldest first. */
    private static final String BY_LOGIN = SELECT + """
            WHERE username_canonical = :login OR email_canonical = :login
            ORDER BY CASE WHEN username_canonical = :login THEN 0 ELSE 1 END, created_at, id
            """;
    private static final String USERNAME_TAKEN = "SELECT COUNT(*) FROM accounts WHERE username_canonical = :canonical";

    private final JdbiContext db;

    public JdbiAccounts(JdbiContext db) {
        this.db = db;
    }

    @Override
    public boolean add(Account account) {
        return db.withHandle(handle -> {
            if (bind(handle.createUpdate(INSERT), account).bind("createdAt", account.createdAt()).execute() > 0) {
                return true;
            }
            boolean usernameTaken = handle.createQuery(USERNAME_TAKEN)
                    .bind("canonical", account.username().canonical()).mapTo(Long.class).one() > 0;
            if (!usernameTaken) {
                throw new IllegalStateException("Account already stored: " + account.id());
            }
            return false;
        });
    }

    @Override
    public void update(Account account) {
        db.useHandle(handle -> bind(handle.createUpdate(UPDATE), account).execute());
    }

    @Override
    public Optional<Account> byId(AccountId id) {
        return db.withHandle(handle -> handle.createQuery(SELECT + "WHERE id = :id").bind("id", id)
                .map(JdbiAccounts::account).findOne());
    }

    @Override
    public List<Account> byLogin(String login) {
        return db.withHandle(handle -> handle.createQuery(BY_LOGIN).bind("login", login.toLowerCase(Locale.ROOT))
                .map(JdbiAccounts::account).list());
    }

    @Override
    public Optional<Account> byGuardian(GuardianId guardian) {
        return db.withHandle(handle -> handle.createQuery(SELECT + "WHERE guardian_id = :guardianId ORDER BY created_at, id LIMIT 1")
                .bind("guardianId", guardian)
                .map(JdbiAccounts::account).findOne());
    }

    private static Update bind(Update update, Account account) {
        return update.bindMethods(account)
                .bind("username", account.username().value())
                .bind("usernameCanonical", account.username().canonical())
                .bind("emailCanonical", account.email().toLowerCase(Locale.ROOT))
                .bindByType("guardianId", account.guardian().map(GuardianId::value).orElse(null), UUID.class)
                .bindByType("familyId", account.family().map(FamilyId::value).orElse(null), UUID.class);
    }

    static Account account(ResultSet row, StatementContext ctx) throws SQLException {
        return new Account(Columns.get(row, "id", AccountId.class, ctx), new Username(row.getString("username")),
                row.getString("email"), row.getString("password_hash"), Columns.get(row, "role", Role.class, ctx),
                Columns.get(row, "guardian_id", GuardianId.class, ctx), Columns.get(row, "family_id", FamilyId.class, ctx),
                Columns.instant(row, "created_at"));
    }
}
