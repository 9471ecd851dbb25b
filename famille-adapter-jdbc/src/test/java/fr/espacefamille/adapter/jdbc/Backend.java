package fr.espacefamille.adapter.jdbc;

import java.util.function.Function;

import fr.espacefamille.adapter.jdbc.account.JdbiAccounts;
import fr.espacefamille.adapter.jdbc.account.JdbiActivationKeys;
import fr.espacefamille.adapter.jdbc.account.JdbiLoginAttempts;
import fr.espacefamille.adapter.jdbc.account.JdbiSessions;
import fr.espacefamille.adapter.jdbc.audit.JdbiAuditLog;
import fr.espacefamille.adapter.jdbc.family.JdbiFamilies;
import fr.espacefamille.adapter.jdbc.family.JdbiSchools;
import fr.espacefamille.adapter.jdbc.shared.Database;
import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.adapter.jdbc.shared.JdbiTransactions;
import fr.espacefamille.application.account.Accounts;
import fr.espacefamille.application.account.ActivationKeys;
import fr.espacefamille.application.account.LoginAttempts;
import fr.espacefamille.application.account.Sessions;
import fr.espacefamille.application.audit.AuditLog;
import fr.espacefamille.application.family.Families;
import fr.espacefamille.application.family.Schools;
import fr.espacefamille.application.inmemory.InMemoryAccounts;
import fr.espacefamille.application.inmemory.InMemoryActivationKeys;
import fr.espacefamille.application.inmemory.InMemoryAuditLog;
import fr.espacefamille.application.inmemory.InMemoryFamilies;
import fr.espacefamille.application.inmemory.InMemoryLoginAttempts;
import fr.espacefamille.application.inmemory.InMemorySchools;
import fr.espacefamille.application.inmemory.InMemorySessions;
import fr.espacefamille.application.inmemory.InMemoryTransactions;
import fr.espacefamille.application.shared.Transactions;

/**
 * Every store of one backend, over one fresh, empty storage, sharing one {@link Transactions}.
 * Features' contracts build their own stores with {@link #store}, so this record need not grow.
 */
public record Backend(Transactions transactions, Families families, Schools schools, Accounts accounts,
        Sessions sessions, LoginAttempts loginAttempts, ActivationKeys activationKeys, AuditLog auditLog,
        InMemoryTransactions memory, JdbiContext jdbc, Runnable closer) implements AutoCloseable {

    /** A store of this backend: the in-memory one, or the JDBC one on this database. */
    public <S> S store(Function<InMemoryTransactions, S> inMemory, Function<JdbiContext, S> jdbcStore) {
        return memory != null ? inMemory.apply(memory) : jdbcStore.apply(jdbc);
    }

    public static Backend inMemory() {
        InMemoryTransactions tx = new InMemoryTransactions();
        return new Backend(tx, new InMemoryFamilies(tx), new InMemorySchools(tx), new InMemoryAccounts(tx),
                new InMemorySessions(tx), new InMemoryLoginAttempts(tx), new InMemoryActivationKeys(tx),
                new InMemoryAuditLog(tx), tx, null, () -> { });
    }

    public static Backend h2() {
        return on(TestDatabases.freshH2());
    }

    public static Backend postgres() {
        return on(TestDatabases.freshPostgres());
    }

    /** The JDBC stores over {@code database}, which closes with the backend. */
    public static Backend on(Database database) {
        JdbiContext db = database.context();
        return new Backend(new JdbiTransactions(db), new JdbiFamilies(db), new JdbiSchools(db), new JdbiAccounts(db),
                new JdbiSessions(db), new JdbiLoginAttempts(db), new JdbiActivationKeys(db), new JdbiAuditLog(db),
                null, db, database::close);
    }

    @Override
    public void close() {
        closer.run();
    }
}
