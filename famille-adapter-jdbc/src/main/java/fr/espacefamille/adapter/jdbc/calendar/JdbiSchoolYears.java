package fr.espacefamille.adapter.jdbc.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Handle;

import fr.espacefamille.adapter.jdbc.shared.Columns;
import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.adapter.jdbc.shared.Upsert;
import fr.espacefamille.application.calendar.SchoolYears;
import fr.espacefamille.domain.calendar.HolidayPeriod;
import fr.espacefamille.domain.calendar.SchoolYear;
import fr.espacefamille.domain.calendar.SchoolYearLabel;
import fr.espacefamille.domain.calendar.ServiceCalendar;

/**
 * {@link SchoolYears} in {@code school_years}, {@code school_year_holidays} and
 * {@code school_year_closures}. Every booking asks the calendar, so it is cached; a save stores a
 * new random version in {@code calendar_version}, and a read reloads when the version differs —
 * which keeps several app instances on one database right, for the price of one key lookup. With a
 * freshness, a version found current outside any transaction is trusted that long without asking
 * again: a change made on another instance is then seen up to that much later (a save through
 * this instance, or a read inside a transaction, makes the next read ask).
 */
public final class JdbiSchoolYears implements SchoolYears {

    private static final String VERSION = "SELECT version FROM calendar_version WHERE id = 1";
    private static final String NEW_VERSION = "UPDATE calendar_version SET version = :version WHERE id = 1";
    private static final String UPDATE = """
            UPDATE school_years SET start_date = :start, end_date = :end, weekdays = :weekdays WHERE label = :label
            """;
    private static final String INSERT = """
            INSERT INTO school_years (label, start_date, end_date, weekdays) VALUES (:label, :start, :end, :weekdays)
            ON CONFLICT DO NOTHING
            """;

    /** {@code checkedAt}: when the version was last found current outside a transaction, else null. */
    private record Cached(UUID version, List<SchoolYear> years, ServiceCalendar calendar, Instant checkedAt) {
    }

    private final JdbiContext db;
    private final Duration freshness;
    private final Clock ticker;
    private volatile Cached cached;

    /** Asks for the version at every read. */
    public JdbiSchoolYears(JdbiContext db) {
        this(db, Duration.ZERO, Clock.systemUTC());
    }

    /** Trusts a version checked less than {@code freshness} ago on {@code ticker}. */
    public JdbiSchoolYears(JdbiContext db, Duration freshness, Clock ticker) {
        this.db = db;
        this.freshness = freshness;
        this.ticker = ticker;
    }

    @Override
    public void save(SchoolYear year) {
        String label = year.label().toString();
        db.useHandle(handle -> {
            Upsert.run(handle, UPDATE, INSERT, update -> update.bind("label", label).bind("start", year.start())
                    .bind("end", year.end()).bind("weekdays", year.weekdays().stream().sorted().map(DayOfWeek::name)
                            .collect(Collectors.joining(","))));
            handle.createUpdate("DELETE FROM school_year_holidays WHERE school_year = :label").bind("label", label).execute();
            handle.createUpdate("DELETE FROM school_year_closures WHERE school_year = :label").bind("label", label).execute();
            var holidays = handle.prepareBatch(
                    "INSERT INTO school_year_holidays (school_year, from_date, to_date, label) VALUES (:year, :from, :to, :label)");
            year.holidays().forEach(h -> holidays.bind("year", label).bind("from", h.from()).bind("to", h.to())
                    .bind("label", h.label()).add());
            if (!year.holidays().isEmpty()) {
                holidays.execute();
            }
            var closures = handle.prepareBatch("INSERT INTO school_year_closures (school_year, closed_on) VALUES (:year, :day)");
            year.closures().forEach(d -> closures.bind("year", label).bind("day", d).add());
            if (!year.closures().isEmpty()) {
                closures.execute();
            }
            handle.createUpdate(NEW_VERSION).bind("version", UUID.randomUUID()).execute();
        });
        cached = null;
    }

    @Override
    public List<SchoolYear> all() {
        return current().years();
    }

    @Override
    public ServiceCalendar calendar() {
        return current().calendar();
    }

    private Cached current() {
        Cached known = cached;
        Instant now = ticker.instant();
        boolean committedOnly = !db.inTransaction();
        if (committedOnly && known != null && known.checkedAt() != null && !now.isBefore(known.checkedAt())
                && now.isBefore(known.checkedAt().plus(freshness))) {
            return known;
        }
        Instant checkedAt = committedOnly ? now : null;
        return db.withHandle(handle -> {
            UUID version = handle.createQuery(VERSION).mapTo(UUID.class).one();
            Cached fresh;
            if (known != null && known.version().equals(version)) {
                fresh = new Cached(version, known.years(), known.calendar(), checkedAt);
            } else {
                List<SchoolYear> years = load(handle);
                fresh = new Cached(version, years, new ServiceCalendar(years), checkedAt);
            }
            cached = fresh;
            return fresh;
        });
    }

    private static List<SchoolYear> load(Handle handle) {
        Map<String, List<HolidayPeriod>> holidays = new HashMap<>();
        handle.createQuery("SELECT school_year, from_date, to_date, label FROM school_year_holidays ORDER BY from_date")
                .map((row, ctx) -> Map.entry(row.getString("school_year"),
                        new HolidayPeriod(Columns.date(row, "from_date"), Columns.date(row, "to_date"), row.getString("label"))))
                .forEach(e -> holidays.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<String, TreeSet<LocalDate>> closures = new HashMap<>();
        handle.createQuery("SELECT school_year, closed_on FROM school_year_closures")
                .map((row, ctx) -> Map.entry(row.getString("school_year"), Columns.date(row, "closed_on")))
                .forEach(e -> closures.computeIfAbsent(e.getKey(), k -> new TreeSet<>()).add(e.getValue()));
        return handle.createQuery("SELECT label, start_date, end_date, weekdays FROM school_years ORDER BY start_date")
                .map((row, ctx) -> {
                    String label = row.getString("label");
                    Set<DayOfWeek> weekdays = Arrays.stream(row.getString("weekdays").split(","))
                            .map(DayOfWeek::valueOf).collect(Collectors.toSet());
                    return new SchoolYear(SchoolYearLabel.parse(label).orElseThrow(), Columns.date(row, "start_date"),
                            Columns.date(row, "end_date"), weekdays, holidays.getOrDefault(label, List.of()),
                            closures.getOrDefault(label, new TreeSet<>()));
                })
                .list();
    }
}
