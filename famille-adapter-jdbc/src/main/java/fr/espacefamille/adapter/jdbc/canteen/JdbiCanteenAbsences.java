package fr.espacefamille.adapter.jdbc.canteen;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
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
            handle.createUpdate(INSERT).bind("id", absence.id()).bind("child", absence.child())
                    .bind("from", absence.period().from()).bind("to", absence.period().to()).bind("reason", absence.reason())
                    .bindByType("certificate", absence.certificateId().map(DocumentId::value).orElse(null), UUID.class)
                    .bind("at", absence.reportedAt()).bind("by", absence.reportedBy()).execute();
            if (absence.days().isEmpty()) {
                return;
            }
            var days = handle.prepareBatch(INSERT_DAY);
            absence.days().forEach((day, billing) -> days.bind("child", absence.child()).bind("day", day)
                    .bind("absence", absence.id()).bind("billing", billing).add());
            days.execute();
        });
    }

    @Override
    public Optional<CanteenAbsence> byId(AbsenceId id) {
        return read("a.id = :id", "id", id.value()).stream().findFirst();
    }

    @Override
    public List<CanteenAbsence> ofChild(ChildId child) {
        return read("a.child_id = :child", "child", child.value());
    }

    /** The absences matching {@code where}, latest period first, each with its days (none when all were cancelled). */
    private List<CanteenAbsence> read(String where, String name, UUID value) {
        return db.withHandle(handle -> {
            Map<UUID, SortedMap<LocalDate, AbsenceBilling>> days = new HashMap<>();
            handle.createQuery("SELECT d.absence_id, d.absent_on, d.billing FROM canteen_absence_days d "
                            + "JOIN canteen_absences a ON a.id = d.absence_id WHERE " + where)
                    .bind(name, value)
                    .map((row, ctx) -> {
                        days.computeIfAbsent(Columns.uuid(row, "absence_id"), k -> new TreeMap<>())
                                .put(Columns.date(row, "absent_on"), Columns.get(row, "billing", AbsenceBilling.class, ctx));
                        return 0;
                    })
                    .list();
            return handle.createQuery("SELECT a.id, a.child_id, a.from_date, a.to_date, a.reason, a.certificate_id, a.reported_at, "
                            + "a.reported_by FROM canteen_absences a WHERE " + where + " ORDER BY a.from_date DESC, a.id")
                    .bind(name, value)
                    .map((row, ctx) -> {
                        UUID id = Columns.uuid(row, "id");
                        return new CanteenAbsence(new AbsenceId(id), Columns.get(row, "child_id", ChildId.class, ctx),
                                new DateRange(Columns.date(row, "from_date"), Columns.date(row, "to_date")),
                                Columns.get(row, "reason", AbsenceReason.class, ctx), Columns.get(row, "certificate_id", DocumentId.class, ctx),
                                Columns.instant(row, "reported_at"), row.getString("reported_by"),
                                days.getOrDefault(id, new TreeMap<>()));
                    })
                    .list();
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
                """, children, range, (row, ctx) -> Columns.get(row, "billing", AbsenceBilling.class, ctx));
    }
}
