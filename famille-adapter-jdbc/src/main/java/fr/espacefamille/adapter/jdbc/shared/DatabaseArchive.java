package fr.espacefamille.adapter.jdbc.shared;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

/**
 * The rows of every table of the application's schema, written into and read back from a zip
 * archive, the same way on H2 and PostgreSQL (no {@code pg_dump} needed on the town's server).
 * <p>Export reads every table in one read-only snapshot transaction (PostgreSQL's REPEATABLE READ,
 * H2's SNAPSHOT), so a portal that keeps writing meanwhile yields a consistent copy. Flyway's own
 * history is not copied: the archive names the schema version instead. Restore refuses a database
 * that holds any table, migrates the empty one to that version, loads every row in one transaction
 * (parents before children, identity columns moved past the loaded values), then applies the
 * newer migrations of this build. Row contents are never logged nor put in an error message.
 */
public final class DatabaseArchive {

    /** Where the rows live in the archive. */
    public static final String FOLDER = "database/";
    private static final String VERSION_ENTRY = FOLDER + "schema-version";
    private static final String HISTORY = "flyway_schema_history";
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final int BATCH = 500;

    /** What an export or a restore copied: the schema version and the rows per table. */
    public record Summary(String schemaVersion, Map<String, Long> rows) {
        public long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** A restore that must not run (the target is not empty, or the archive is not one of ours): the French reason. */
    public static final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }

    private DatabaseArchive() {
    }

    /** Writes every table's rows, read in one snapshot, into {@code zip}. */
    public static Summary export(String url, String user, String password, ZipOutputStream zip) throws IOException {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            String version = schemaVersion(url, user, password);
            if (isH2(connection)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
                }
            } else {
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            }
            connection.setReadOnly(true);
            connection.setAutoCommit(false);
            Map<String, Long> rows = new TreeMap<>();
            try {
                for (String table : tables(connection)) {
                    zip.putNextEntry(new ZipEntry(FOLDER + table + ".rows"));
                    rows.put(table, writeRows(connection, table, zip));
                    zip.closeEntry();
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
            zip.putNextEntry(new ZipEntry(VERSION_ENTRY));
            zip.write(version.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            return new Summary(version, rows);
        } catch (SQLException e) {
            throw failure("La lecture de la base de données a échoué", e);
        }
    }

    /** Loads the archive's rows into the empty database at {@code url}; refuses a database that holds any table. */
    public static Summary restore(String url, String user, String password, ZipFile zip) throws IOException {
        ZipEntry versionEntry = zip.getEntry(VERSION_ENTRY);
        if (versionEntry == null) {
            throw new Refused("Ce fichier n'est pas une sauvegarde d'Espace Famille (version du schéma absente).");
        }
        String version;
        try (InputStream in = zip.getInputStream(versionEntry)) {
            version = new String(in.readNBytes(64), StandardCharsets.UTF_8).strip();
        }
        Flyway flyway = flyway(url, user, password);
        MigrationInfo[] known = flyway.info().all();
        if (known.length == 0 || MigrationVersion.fromVersion(version).compareTo(known[known.length - 1].getVersion()) > 0) {
            throw new Refused("Cette sauvegarde (schéma " + version + ") vient d'une version plus récente d'Espace Famille : "
                    + "restaurez-la avec cette version-là.");
        }
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            if (!allTables(connection).isEmpty()) {
                throw new Refused("La base de données de destination n'est pas vide : la restauration exige une base neuve.");
            }
        } catch (SQLException e) {
            throw failure("La base de données de destination est injoignable", e);
        }
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration")
                .target(MigrationVersion.fromVersion(version)).load().migrate();
        Summary loaded;
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.setAutoCommit(false);
            try {
                loaded = load(connection, zip, version);
                connection.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure("Le chargement des lignes a échoué", e);
        }
        flyway.migrate();
        return loaded;
    }

    private static Summary load(Connection connection, ZipFile zip, String version) throws SQLException, IOException {
        List<String> order = parentsFirst(connection, tables(connection));
        // a migration may have seeded rows that the archive holds too (as it held them when saved)
        for (int i = order.size() - 1; i >= 0; i--) {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM " + order.get(i));
            }
        }
        Map<String, Long> rows = new TreeMap<>();
        for (String table : order) {
            ZipEntry entry = zip.getEntry(FOLDER + table + ".rows");
            if (entry == null) {
                throw new Refused("La sauvegarde ne contient pas la table " + table + " : fichier incomplet ou d'une autre application.");
            }
            try (InputStream in = zip.getInputStream(entry)) {
                rows.put(table, readRows(connection, table, new DataInputStream(new BufferedInputStream(in))));
            } catch (SQLException e) {
                // the state and the table, never the database's message: it may quote the row's values
                throw new IllegalStateException("Le chargement de la table " + table + " a échoué (SQLSTATE " + e.getSQLState() + ")");
            }
        }
        return new Summary(version, rows);
    }

    private static long writeRows(Connection connection, String table, OutputStream zip) throws SQLException, IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new NonClosing(zip)));
        long count = 0;
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData meta = rs.getMetaData();
            int columns = meta.getColumnCount();
            out.writeInt(columns);
            for (int c = 1; c <= columns; c++) {
                out.writeUTF(meta.getColumnName(c).toLowerCase(Locale.ROOT));
            }
            while (rs.next()) {
                out.writeBoolean(true);
                for (int c = 1; c <= columns; c++) {
                    Values.write(out, read(rs, meta, table, c));
                }
                count++;
            }
            out.writeBoolean(false);
        }
        out.flush();
        return count;
    }

    private static long readRows(Connection connection, String table, DataInputStream in) throws SQLException, IOException {
        int columns = in.readInt();
        List<String> names = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            names.add(in.readUTF());
        }
        Map<String, Integer> targetTypes = new LinkedHashMap<>();
        List<String> identities = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData meta = rs.getMetaData();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                String name = meta.getColumnName(c).toLowerCase(Locale.ROOT);
                targetTypes.put(name, meta.getColumnType(c));
                if (meta.isAutoIncrement(c)) {
                    identities.add(name);
                }
            }
        }
        if (!targetTypes.keySet().equals(new LinkedHashSet<>(names))) {
            throw new Refused("Les colonnes de la table " + table + " dans la sauvegarde ne sont pas celles du schéma "
                    + "de cette version : fichier incomplet ou d'une autre application.");
        }
        String sql = "INSERT INTO " + table + " (" + String.join(", ", names) + ")"
                + (identities.isEmpty() ? "" : " OVERRIDING SYSTEM VALUE")
                + " VALUES (" + String.join(", ", names.stream().map(n -> "?").toList()) + ")";
        long count = 0;
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            while (in.readBoolean()) {
                for (int c = 0; c < columns; c++) {
                    Object value = Values.read(in);
                    if (value == null) {
                        insert.setNull(c + 1, targetTypes.get(names.get(c)));
                    } else {
                        insert.setObject(c + 1, value);
                    }
                }
                insert.addBatch();
                if (++count % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        for (String identity : identities) {
            long next;
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(" + identity + "), 0) + 1 FROM " + table)) {
                rs.next();
                next = rs.getLong(1);
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("ALTER TABLE " + table + " ALTER COLUMN " + identity + " RESTART WITH " + next);
            }
        }
        return count;
    }

    /** A column's value as one of the few types the archive knows, whatever the driver. */
    private static Object read(ResultSet rs, ResultSetMetaData meta, String table, int c) throws SQLException {
        String typeName = meta.getColumnTypeName(c).toLowerCase(Locale.ROOT);
        int type = meta.getColumnType(c);
        Object value;
        if (typeName.equals("uuid")) {
            value = rs.getObject(c, UUID.class);
        } else if (typeName.equals("timestamptz") || typeName.contains("with time zone") || type == Types.TIMESTAMP_WITH_TIMEZONE) {
            value = rs.getObject(c, OffsetDateTime.class);
        } else {
            value = switch (type) {
                case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.CLOB -> rs.getString(c);
                case Types.BIGINT -> rs.getLong(c);
                case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> rs.getInt(c);
                case Types.BOOLEAN, Types.BIT -> rs.getBoolean(c);
                case Types.DATE -> rs.getObject(c, LocalDate.class);
                case Types.TIME -> rs.getObject(c, LocalTime.class);
                case Types.TIMESTAMP -> rs.getObject(c, LocalDateTime.class);
                case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> rs.getBytes(c);
                case Types.NUMERIC, Types.DECIMAL -> rs.getBigDecimal(c);
                case Types.DOUBLE, Types.FLOAT, Types.REAL -> rs.getDouble(c);
                default -> throw new IllegalStateException("Type de colonne non pris en charge par la sauvegarde : " + table + "."
                        + meta.getColumnName(c) + " (" + typeName + ")");
            };
        }
        return rs.wasNull() ? null : value;
    }

    /** The application's tables in the connection's schema, Flyway's history excepted. */
    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = allTables(connection);
        tables.remove(HISTORY);
        return tables;
    }

    private static List<String> allTables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rs = meta.getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!NAME.matcher(table).matches()) {
                    throw new IllegalStateException("Nom de table inattendu dans la base : " + table);
                }
                tables.add(table);
            }
        }
        return tables;
    }

    /** The tables ordered so that every table comes after those its foreign keys reference. */
    private static List<String> parentsFirst(Connection connection, List<String> tables) throws SQLException {
        Map<String, Set<String>> parents = new TreeMap<>();
        DatabaseMetaData meta = connection.getMetaData();
        for (String table : tables) {
            Set<String> referenced = new LinkedHashSet<>();
            try (ResultSet rs = meta.getImportedKeys(null, connection.getSchema(), table)) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(table)) {
                        referenced.add(parent);
                    }
                }
            }
            parents.put(table, referenced);
        }
        List<String> order = new ArrayList<>();
        Deque<String> ready = new ArrayDeque<>();
        parents.forEach((table, of) -> {
            if (of.isEmpty()) {
                ready.add(table);
            }
        });
        while (!ready.isEmpty()) {
            String table = ready.poll();
            order.add(table);
            parents.forEach((child, of) -> {
                if (of.remove(table) && of.isEmpty()) {
                    ready.add(child);
                }
            });
        }
        if (order.size() != tables.size()) {
            throw new IllegalStateException("Clés étrangères circulaires entre les tables : la restauration ne sait pas les ordonner");
        }
        return order;
    }

    private static String schemaVersion(String url, String user, String password) {
        MigrationInfo current = flyway(url, user, password).info().current();
        if (current == null) {
            throw new IllegalStateException("La base de données n'a pas encore de schéma : démarrez le portail une première fois.");
        }
        return current.getVersion().getVersion();
    }

    private static Flyway flyway(String url, String user, String password) {
        return Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load();
    }

    private static boolean isH2(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("H2");
    }

    private static IllegalStateException failure(String what, SQLException e) {
        // the state only: a driver's message may quote values or the server's address
        return new IllegalStateException(what + " (SQLSTATE " + e.getSQLState() + ")");
    }

    /** The archive's tagged encoding of a column value. */
    private static final class Values {
        private static final int NULL = 0;
        private static final int TEXT = 1;
        private static final int LONG = 2;
        private static final int INT = 3;
        private static final int BOOLEAN = 4;
        private static final int DATE = 5;
        private static final int INSTANT = 6;
        private static final int TIME = 7;
        private static final int BYTES = 8;
        private static final int UUID_ = 9;
        private static final int DECIMAL = 10;
        private static final int DOUBLE = 11;
        private static final int LOCAL_TIMESTAMP = 12;

        private Values() {
        }

        static void write(DataOutputStream out, Object value) throws IOException {
            if (value == null) {
                out.writeByte(NULL);
            } else if (value instanceof String s) {
                out.writeByte(TEXT);
                bytes(out, s.getBytes(StandardCharsets.UTF_8));
            } else if (value instanceof Long l) {
                out.writeByte(LONG);
                out.writeLong(l);
            } else if (value instanceof Integer i) {
                out.writeByte(INT);
                out.writeInt(i);
            } else if (value instanceof Boolean b) {
                out.writeByte(BOOLEAN);
                out.writeBoolean(b);
            } else if (value instanceof LocalDate d) {
                out.writeByte(DATE);
                out.writeLong(d.toEpochDay());
            } else if (value instanceof OffsetDateTime t) {
                out.writeByte(INSTANT);
                out.writeLong(t.toEpochSecond());
                out.writeInt(t.getNano());
            } else if (value instanceof LocalTime t) {
                out.writeByte(TIME);
                out.writeLong(t.toNanoOfDay());
            } else if (value instanceof byte[] b) {
                out.writeByte(BYTES);
                bytes(out, b);
            } else if (value instanceof UUID u) {
                out.writeByte(UUID_);
                out.writeLong(u.getMostSignificantBits());
                out.writeLong(u.getLeastSignificantBits());
            } else if (value instanceof BigDecimal d) {
                out.writeByte(DECIMAL);
                out.writeUTF(d.toString());
            } else if (value instanceof Double d) {
                out.writeByte(DOUBLE);
                out.writeDouble(d);
            } else if (value instanceof LocalDateTime t) {
                out.writeByte(LOCAL_TIMESTAMP);
                out.writeLong(t.toEpochSecond(ZoneOffset.UTC));
                out.writeInt(t.getNano());
            } else {
                throw new IllegalStateException("Valeur de type inattendu : " + value.getClass().getName());
            }
        }

        static Object read(DataInputStream in) throws IOException {
            int tag = in.readByte();
            return switch (tag) {
                case NULL -> null;
                case TEXT -> new String(bytes(in), StandardCharsets.UTF_8);
                case LONG -> in.readLong();
                case INT -> in.readInt();
                case BOOLEAN -> in.readBoolean();
                case DATE -> LocalDate.ofEpochDay(in.readLong());
                case INSTANT -> OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(in.readLong(), in.readInt()), ZoneOffset.UTC);
                case TIME -> LocalTime.ofNanoOfDay(in.readLong());
                case BYTES -> bytes(in);
                case UUID_ -> new UUID(in.readLong(), in.readLong());
                case DECIMAL -> new BigDecimal(in.readUTF());
                case DOUBLE -> in.readDouble();
                case LOCAL_TIMESTAMP -> LocalDateTime.ofEpochSecond(in.readLong(), in.readInt(), ZoneOffset.UTC);
                default -> throw new Refused("Sauvegarde illisible (valeur de type " + tag + ") : fichier abîmé ?");
            };
        }

        private static void bytes(DataOutputStream out, byte[] bytes) throws IOException {
            out.writeInt(bytes.length);
            out.write(bytes);
        }

        private static byte[] bytes(DataInputStream in) throws IOException {
            int length = in.readInt();
            if (length < 0) {
                throw new EOFException("negative length");
            }
            return in.readNBytes(length);
        }
    }

    /** Lets a buffered writer be flushed into the zip entry without closing the zip. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
