package fr.espacefamille.adapter.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import fr.espacefamille.adapter.jdbc.shared.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Fresh, migrated databases for tests, in this module and (through the test-jar) in others.
 * PostgreSQL is a real server, started once per JVM; when it cannot start, the tests that need
 * it fail rather than skip. Close each {@link Database} when done with it.
 */
public final class TestDatabases {

    public static final String POSTGRES_USER = "postgres";

    private TestDatabases() {
    }

    /**
     * A new database on the shared embedded PostgreSQL server, migrated by Flyway: a copy of one database
     * this JVM migrated from empty once ({@code CREATE DATABASE … TEMPLATE}), which Flyway then finds up to date.
     * Migrating every test's database from empty took most of this module's PostgreSQL time.
     */
    public static Database freshPostgres() {
        return Database.start(url(create("TEMPLATE " + Template.NAME)), POSTGRES_USER, POSTGRES_USER);
    }

    /**
     * The JDBC URL of a new, empty database on the shared embedded PostgreSQL server, for tests
     * that start several pools or a whole portal on it; user and password are {@link #POSTGRES_USER}.
     */
    public static String freshPostgresUrl() {
        return url(create(""));
    }

    /**
     * As {@link #freshPostgresUrl()}, but the database already holds the migrated schema (a copy of the template of
     * {@link #freshPostgres()}): a portal started on it finds it up to date instead of migrating it from empty.
     */
    public static String freshMigratedPostgresUrl() {
        return url(create("TEMPLATE " + Template.NAME));
    }

    private static String url(String database) {
        return Server.POSTGRES.getJdbcUrl(POSTGRES_USER, database);
    }

    /** Creates a database with these options on the shared server: its name. */
    private static String create(String options) {
        EmbeddedPostgres server = Server.POSTGRES;
        String name = "famille_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            for (int attempt = 1;; attempt++) {
                try {
                    statement.execute("CREATE DATABASE " + name + " " + options);
                    break;
                } catch (SQLException e) {
                    // 55006: the template's last connection, just closed by its pool, is still ending on the server
                    if (!"55006".equals(e.getSQLState()) || attempt == 50) {
                        throw e;
                    }
                    Thread.sleep(20);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return name;
    }

    /** Holder: the template database, migrated on first use, once per JVM, and never connected to again. */
    private static final class Template {

        static final String NAME = migrate();

        private static String migrate() {
            String name = create("");
            Database.start(url(name), POSTGRES_USER, POSTGRES_USER).close();
            return name;
        }
    }

    /** A new in-memory H2 database in PostgreSQL mode, migrated by Flyway. */
    public static Database freshH2() {
        return Database.start(freshH2Url(), "sa", "");
    }

    /**
     * The JDBC URL (user {@code sa}, no password) of a new in-memory H2 database in PostgreSQL mode that holds the
     * migrated schema: H2's own copy ({@code RUNSCRIPT}) of the {@code SCRIPT} of one database this JVM migrated from
     * empty once, which Flyway then finds up to date. Migrating each from empty took some 200 ms, paid at each of the
     * hundreds of portals the tests start; the copy takes a tenth of that.
     */
    public static String freshH2Url() {
        String url = emptyH2Url();
        try (Connection connection = DriverManager.getConnection(url, "sa", ""); Statement statement = connection.createStatement()) {
            statement.execute("RUNSCRIPT FROM '" + H2Template.SCRIPT + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not copy the migrated H2 schema into " + url, e);
        }
        return url;
    }

    /**
     * A new, empty in-memory H2 database in PostgreSQL mode, kept while the JVM runs: for a test that migrates it
     * itself, or starts a portal that does.
     */
    public static String emptyH2Url() {
        return h2Url(UUID.randomUUID().toString());
    }

    /** An in-memory H2 database in PostgreSQL mode, kept while the JVM runs. */
    private static String h2Url(String name) {
        return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1" + Database.H2_OPTIONS;
    }

    /** Holder: the script of an H2 database migrated from empty, written on first use, once per JVM. */
    private static final class H2Template {

        static final String SCRIPT = script();

        private static String script() {
            String url = h2Url("template-" + UUID.randomUUID());
            Database.start(url, "sa", "").close();
            try (Connection connection = DriverManager.getConnection(url, "sa", ""); Statement statement = connection.createStatement()) {
                Path script = Files.createTempFile("famille-h2-schema", ".sql");
                script.toFile().deleteOnExit();
                statement.execute("SCRIPT TO '" + script.toAbsolutePath() + "'");
                // the template itself is never used again
                statement.execute("SHUTDOWN");
                return script.toAbsolutePath().toString();
            } catch (SQLException e) {
                throw new IllegalStateException("Could not write the migrated H2 schema", e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Holder: the server starts on first use, once per JVM, and stops with the JVM. */
    private static final class Server {

        static final EmbeddedPostgres POSTGRES = start();

        private static EmbeddedPostgres start() {
            try {
                // durability is worthless in a throwaway test server; speed is not
                EmbeddedPostgres server = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server)));
                return server;
            } catch (IOException e) {
                throw new UncheckedIOException("The embedded PostgreSQL server did not start", e);
            }
        }

        private static void stop(EmbeddedPostgres server) {
            try {
                server.close();
            } catch (IOException e) {
                throw new UncheckedIOException("The embedded PostgreSQL server did not stop cleanly", e);
            }
        }
    }
}
