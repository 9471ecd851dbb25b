package fr.espacefamille.adapter.jdbc.nursery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

import fr.espacefamille.adapter.jdbc.shared.Columns;
import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.application.nursery.NurseryAbsences;
import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.nursery.NurseryAbsence;
import fr.espacefamille.domain.nursery.NurseryAbsenceId;
import fr.espacefamille.domain.nursery.NurseryAbsenceReason;

/** {@link NurseryAbsences} in {@code nursery_absences} and {@code nursery_absence_days} (one report per child and day). */
public final class JdbiNurseryAbsences implements NurseryAbsences {

    private final JdbiContext db;

    public JdbiNurseryAbsences(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void add(NurseryAbsence absence) {
        db.useHandle(handle -> {
            handle.createUpdate("""
                    INSERT INTO nursery_absences (id, child_id, from_date, to_date, reason, document_id, reported_on)
                    VALUES (:id, :child, :from, :to, :reason, :document, :reportedOn)
                    """).bindMethods(absence)
                    .bindByType("document", absence.certificateId().map(DocumentId::value).orElse(null), UUID.class)
                    .execute();
            if (absence.days().isEmpty()) {
                return;
            }
            PreparedBatch days = handle.prepareBatch(
                    "INSERT INTO nursery_absence_days (absence_id, child_id, absent_on) VALUES (:id, :child, :day)");
            absence.days().forEach(day -> days.bind("id", absence.id()).bind("child", absence.child()).bind("day", day).add());
            days.execute();
        });
    }

    @Override
    public List<NurseryAbsence> ofChildBetween(ChildId child, LocalDate from, LocalDate to) {
        return read("id IN (SELECT absence_id FROM nursery_absence_days WHERE child_id = :child AND absent_on BETWEEN :from AND :to)",
                query -> query.bind("child", child).bind("from", from).bind("to", to), "from_date, id");
    }

    @Override
    public List<NurseryAbsence> ofChild(ChildId child) {
        return read("child_id = :child", query -> query.bind("child", child), "from_date DESC, id");
    }

    private List<NurseryAbsence> read(String where, UnaryOperator<Query> bind,
            String order) {
        return db.withHandle(handle -> {
            Map<UUID, List<LocalDate>> days = new HashMap<>();
            bind.apply(handle.createQuery("SELECT absence_id, absent_on FROM nursery_absence_days WHERE absence_id IN "
                            + "(SELECT id FROM nursery_absences WHERE " + where + ")"))
                    .map((row, ctx) -> days.computeIfAbsent(Columns.uuid(row, "absence_id"), k -> new ArrayList<>())
                            .add(Columns.date(row, "absent_on")))
                    .list();
            return bind.apply(handle.createQuery("SELECT id, child_id, from_date, to_date, reason, document_id, reported_on "
                            + "FROM nursery_absences WHERE " + where + " ORDER BY " + order))
                    .map((row, ctx) -> {
                        UUID id = Columns.uuid(row, "id");
                        return new NurseryAbsence(new NurseryAbsenceId(id), Columns.get(row, "child_id", ChildId.class, ctx),
                                Columns.date(row, "from_date"), Columns.date(row, "to_date"),
                                Columns.get(row, "reason", NurseryAbsenceReason.class, ctx), Columns.get(row, "document_id", DocumentId.class, ctx),
                                Columns.date(row, "reported_on"), days.getOrDefault(id, List.of()));
                    })
                    .list();
        });
    }
}
