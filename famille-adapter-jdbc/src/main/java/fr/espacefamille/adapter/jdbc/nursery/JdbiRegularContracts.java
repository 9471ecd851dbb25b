package fr.espacefamille.adapter.jdbc.nursery;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

import fr.espacefamille.adapter.jdbc.shared.Columns;
import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.application.nursery.RegularContracts;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Enrolment;
import fr.espacefamille.domain.family.EnrolmentId;
import fr.espacefamille.domain.family.ChildService;
import fr.espacefamille.domain.nursery.CongesWeek;
import fr.espacefamille.domain.nursery.DailyHours;
import fr.espacefamille.domain.nursery.RegularContract;
import fr.espacefamille.domain.nursery.WeeklySchedule;

/**
 * {@link RegularContracts} in {@code nursery_contracts}, {@code nursery_contract_days} and
 * {@code nursery_contract_conges}; the period is read from the contract's row in {@code enrolments}.
 */
public final class JdbiRegularContracts implements RegularContracts {

    private static final String SELECT = """
            SELECT e.id, e.child_id, e.from_date, e.to_date, c.declared_on
            FROM nursery_contracts c JOIN enrolments e ON e.id = c.enrolment_id
            """;
    private static final String ORDER = " ORDER BY e.from_date, e.id";

    private record Row(UUID id, UUID child, LocalDate from, LocalDate to, LocalDate declaredOn) {
    }

    private final JdbiContext db;

    public JdbiRegularContracts(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void add(RegularContract contract) {
        db.useHandle(handle -> {
            handle.createUpdate("INSERT INTO nursery_contracts (enrolment_id, declared_on) VALUES (:id, :declaredOn)")
                    .bind("id", contract.id()).bind("declaredOn", contract.declaredOn()).execute();
            PreparedBatch days = handle.prepareBatch("""
                    INSERT INTO nursery_contract_days (enrolment_id, weekday, arrival, departure)
                    VALUES (:id, :weekday, :arrival, :departure)
                    """);
            contract.schedule().days().forEach((day, hours) -> days.bind("id", contract.id()).bind("weekday", day)
                    .bind("arrival", hours.arrival()).bind("departure", hours.departure()).add());
            days.execute();
            insertConges(handle, contract);
        });
    }

    @Override
    public void update(RegularContract contract) {
        db.useHandle(handle -> {
            handle.createUpdate("DELETE FROM nursery_contract_conges WHERE enrolment_id = :id").bind("id", contract.id()).execute();
            insertConges(handle, contract);
        });
    }

    private static void insertConges(Handle handle, RegularContract contract) {
        if (contract.congesWeeks().isEmpty()) {
            return;
        }
        PreparedBatch conges = handle.prepareBatch("INSERT INTO nursery_contract_conges (enrolment_id, week_monday) VALUES (:id, :monday)");
        contract.congesWeeks().forEach(week -> conges.bind("id", contract.id()).bind("monday", week.monday()).add());
        conges.execute();
    }

    @Override
    public Optional<RegularContract> byId(EnrolmentId id) {
        return list("WHERE e.id = :id", q -> q.bind("id", id)).stream().findFirst();
    }

    @Override
    public List<RegularContract> ofChild(ChildId child) {
        return list("WHERE e.child_id = :child", q -> q.bind("child", child));
    }

    @Override
    public List<RegularContract> overlapping(LocalDate from, LocalDate to) {
        return list("WHERE e.from_date <= :to AND e.to_date >= :from", q -> q.bind("from", from).bind("to", to));
    }

    private List<RegularContract> list(String where, UnaryOperator<Query> bind) {
        return db.withHandle(handle -> {
            List<Row> rows = bind.apply(handle.createQuery(SELECT + where + ORDER))
                    .map((row, ctx) -> new Row(Columns.uuid(row, "id"), Columns.uuid(row, "child_id"), Columns.date(row, "from_date"),
                            Columns.date(row, "to_date"), Columns.date(row, "declared_on")))
                    .list();
            if (rows.isEmpty()) {
                return List.of();
            }
            List<UUID> ids = rows.stream().map(Row::id).toList();
            Map<UUID, Map<DayOfWeek, DailyHours>> days = new HashMap<>();
            handle.createQuery("SELECT enrolment_id, weekday, arrival, departure FROM nursery_contract_days WHERE enrolment_id IN (<ids>)")
                    .bindList("ids", ids)
                    .map((row, ctx) -> {
                        days.computeIfAbsent(Columns.uuid(row, "enrolment_id"), k -> new EnumMap<>(DayOfWeek.class))
                                .put(Columns.get(row, "weekday", DayOfWeek.class, ctx),
                                        new DailyHours(row.getObject("arrival", LocalTime.class), row.getObject("departure", LocalTime.class)));
                        return 0;
                    })
                    .list();
            Map<UUID, TreeSet<CongesWeek>> conges = new HashMap<>();
            handle.createQuery("SELECT enrolment_id, week_monday FROM nursery_contract_conges WHERE enrolment_id IN (<ids>)")
                    .bindList("ids", ids)
                    .map((row, ctx) -> conges.computeIfAbsent(Columns.uuid(row, "enrolment_id"), k -> new TreeSet<>())
                            .add(new CongesWeek(Columns.date(row, "week_monday"))))
                    .list();
            List<RegularContract> contracts = new ArrayList<>();
            for (Row row : rows) {
                Enrolment enrolment = new Enrolment(new EnrolmentId(row.id()), new ChildId(row.child()), ChildService.NURSERY_REGULAR,
                        row.from(), row.to(), null);
                contracts.add(new RegularContract(enrolment, new WeeklySchedule(days.get(row.id())),
                        conges.getOrDefault(row.id(), new TreeSet<>()), row.declaredOn()));
            }
            return contracts;
        });
    }
}
