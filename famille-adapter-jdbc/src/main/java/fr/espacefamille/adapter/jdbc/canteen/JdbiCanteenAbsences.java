package fr.espacefamille.adapter.jdbc.canteen;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import fr.espacefamille.adapter.jdbc.shared.Columns;
import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.application.canteen.CanteenAbsences;
import fr.espacefamille.domain.calendar.DateRange;
import fr.espacefamille.domain.canteen.AbsenceBilling;
import fr.espacefamille.domain.canteen.AbsenceId;
import fr.espacefamille.domain.canteen.AbsenceReason;
import fr.espacefamille.domain.canteen.CanteenAbsence;
import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.family.ChildId;

/** {@link CanteenAbsences} in {@code canteen_absences} and {@code canteen_absence_days} (one row per child and day). */
public final class JdbiCanteenAbsences implements CanteenAbsences {

    private static final String INSERT = """
            INSERT INTO canteen_absences (id, child_id, from_date, to_date, reason, certificate_id, reported_at, reported_by)
            VALUES (:id, :child, :from, :to, :reason, :certificate, :at, :by)
            """;
    private static final String INSERT_DAY = """
            INSERT INTO canteen_absence_days (child_id, absent_on, absence_id, billing) VALUES (:child, :day, :absence, :billing)
            """;

    private final JdbiContext db;

    public JdbiCanteenAbsences(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void add(CanteenAbsence absence) {
        db.useHandle(handle -> {
            handle.createUpdate(INSERT).bind("id", absence.id().value()).bind("child", absence.child().value())
                    .bind("from", absence.period().from()).bind("to", absence.period().to()).bind("reason", absence.reason().name())
                    .bindByType("certificate", absence.certificateId().map(DocumentId::value).orElse(null), UUID.class)
                    .bind("at", absence.reportedAt()).bind("by", absence.reportedBy()).execute();
            var days = handle.prepareBatch(INSERT_DAY);
            absence.days().forEach((day, billing) -> days.bind("child", absence.child().value()).bind("day", day)
                    .bind("absence", absence.id().value()).bind("billing", billing.name()).add());
            days.execute();
        });
    }

    @Override
    public Optional<CanteenAbsence> byId(AbsenceId id) {
        return db.withHandle(handle -> {
            SortedMap<LocalDate, AbsenceBilling> days = new TreeMap<>();
            handle.createQuery("SELECT absent_on, billing FROM canteen_absence_days WHERE absence_id = :id")
                    .bind("id", id.value())
                    .map((row, ctx) -> Map.entry(Columns.date(row, "absent_on"), AbsenceBilling.valueOf(row.getString("billing"))))
                    .forEach(e -> days.put(e.getKey(), e.getValue()));
            return handle.createQuery("""
                            SELECT id, child_id, from_date, to_date, reason, certificate_id, reported_at, reported_by
                            FROM canteen_absences WHERE id = :id
                            """)
                    .bind("id", id.value())
                    .map((row, ctx) -> {
                        UUID certificate = Columns.uuid(row, "certificate_id");
                        return new CanteenAbsence(id, new ChildId(Columns.uuid(row, "child_id")),
                                new DateRange(Columns.date(row, "from_date"), Columns.date(row, "to_date")),
                                AbsenceReason.valueOf(row.getString("reason")), certificate == null ? null : new DocumentId(certificate),
                                Columns.instant(row, "reported_at"), row.getString("reported_by"), days);
                    })
                    .findOne();
        });
    }

    @Override
    public SortedMap<LocalDate, AbsenceBilling> daysOf(ChildId child, DateRange range) {
        return daysOf(List.of(child), range).getOrDefault(child, new TreeMap<>());
    }

    @Override
    public Map<ChildId, SortedMap<LocalDate, AbsenceBilling>> daysOf(Collection<ChildId> children, DateRange range) {
        return ChildDays.read(db, """
                SELECT child_id, absent_on AS on_day, billing FROM canteen_absence_days
                WHERE child_id IN (<children>) AND absent_on BETWEEN :from AND :to
                """, children, range, row -> AbsenceBilling.valueOf(row.getString("billing")));
    }
}
