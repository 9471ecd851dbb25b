package fr.espacefamille.adapter.jdbc.shared;

import java.nio.file.Path;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import fr.espacefamille.adapter.jdbc.canteen.PostgresPupilDaysChanges;
import fr.espacefamille.application.canteen.PupilDaysChanges;

/**
 * The application's database: a connection pool, the schema brought up to date by the
 * migrations in {@code db/migration} at start, and the {@link JdbiContext} every store runs on.
 */
public final class Database implements AutoCloseable {

    /** H2 settings that make it answer like PostgreSQL (names, null ordering, syntax). */
    public static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    static {
        // H2's AUTO_SERVER (see h2FileUrl) listens on every interface unless told otherwise: loopback
        // only, so that the database is never reachable from the network. Read once, when H2 loads.
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    private static final int POOL_SIZE = 10;
    private static final DomainValues DOMAIN_VALUES = new DomainValues();

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final JdbiContext context;
    private PostgresPupilDaysChanges pupilDaysChanges;

    private Database(HikariDataSource dataSource, Consumer<Handle> afterCommit) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource)
                .registerArgument(new InstantArgumentFactory())
                .registerArgument(new UuidArgumentFactory())
                .registerArgument(DOMAIN_VALUES)
                .registerColumnMapper(DOMAIN_VALUES);
        this.context = new JdbiContext(jdbi, afterCommit);
    }

    /** Connects to {@code url} ({@code jdbc:postgresql:…} or {@code jdbc:h2:…}) and migrates the schema. */
    public static Database start(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("famille");
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(POOL_SIZE);
        // a small idle floor: an embedded H2 or a test database need not hold ten connections
        config.setMinimumIdle(2);
        if (url.startsWith("jdbc:postgresql:")) {
            // a JDBC batch of inserts (the 8:00 rush's bookings and audit entries) travels as multi-row INSERTs,
            // a few statements for the server to plan and run instead of one per row; no caller reads batch counts
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            flyway(dataSource).migrate();
        } catch (RuntimeException failure) {
            dataSource.close();
            throw failure;
        }
        Database database = new Database(dataSource, url.startsWith("jdbc:h2:file:") ? Database::flushH2 : handle -> { });
        // fails here, not on the first write, if the H2 user may not flush (CHECKPOINT needs admin rights)
        database.context.useHandle(handle -> { });
        return database;
    }

    /**
     * H2's MVStore has no write-ahead log: a commit lives in memory until its background writer
     * stores it (every WRITE_DELAY, 500 ms), so a killed process loses what it had acknowledged.
     * Storing and syncing the file after each commit makes every acknowledged write durable, as
     * PostgreSQL's are; concurrent commits share a store, and one with nothing new is cheap.
     */
    private static void flushH2(Handle handle) {
        handle.execute("CHECKPOINT SYNC");
    }

    /**
     * The embedded default: an H2 file {@code famille.mv.db} in {@code dataDir}, in PostgreSQL
     * mode so that the same migrations and SQL run on both. {@code AUTO_SERVER} lets a second
     * process (the {@code backup} command) read the file the running portal holds, through the
     * portal's JVM on a loopback port whose random key sits in the owner-only lock file; writes and
     * their durability ({@link #flushH2}) are unchanged.
     */
    public static String h2FileUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("famille") + H2_OPTIONS + ";AUTO_SERVER=TRUE";
    }

    /** Migrations of this build not applied (or failed) in the database: zero once the schema is up to date. */
    public int pendingMigrations() {
        var info = flyway(dataSource).info();
        return info.pending().length + (int) java.util.Arrays.stream(info.all()).filter(m -> m.getState().isFailed()).count();
    }

    private static Flyway flyway(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** The context to give every store and {@link JdbiTransactions}: they must share this one. */
    public JdbiContext context() {
        return context;
    }

    /**
     * Changes to pupils' days made through any instance sharing the database, heard on PostgreSQL (see
     * {@link PostgresPupilDaysChanges}, closed with this); with H2 one process owns the database, and
     * its own writes, told by the application, are all there is.
     */
    public synchronized PupilDaysChanges pupilDaysChanges() {
        if (!dataSource.getJdbcUrl().startsWith("jdbc:postgresql:")) {
            return PupilDaysChanges.NONE;
        }
        if (pupilDaysChanges == null) {
            pupilDaysChanges = PostgresPupilDaysChanges.start(dataSource.getJdbcUrl(), dataSource.getUsername(), dataSource.getPassword());
        }
        return pupilDaysChanges;
    }

    @Override
    public void close() {
        synchronized (this) {
            if (pupilDaysChanges != null) {
                pupilDaysChanges.close();
            }
        }
        dataSource.close();
    }
}
