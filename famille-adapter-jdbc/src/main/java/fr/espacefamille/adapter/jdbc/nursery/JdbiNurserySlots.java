package fr.espacefamille.adapter.jdbc.nursery;

import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.application.nursery.NurserySlots;
import fr.espacefamille.domain.nursery.Slot;

/**
 * {@link NurserySlots} on {@code nursery_slots}. The capacity rule is a row lock: a request takes
 * {@code SELECT … FOR UPDATE} on its slot's row before counting the places, so concurrent
 * requests for one slot — from any thread or any application instance sharing the database —
 * run one after the other while requests for other slots go on in parallel. Transactions run at
 * READ COMMITTED, where each statement sees what committed before it: the count made after the
 * lock includes everything the previous holder wrote. The row is inserted on first use with
 * {@code ON CONFLICT DO NOTHING} (the bare form H2 also knows), so that two first requests both
 * find it and queue on its lock. The row also numbers the slot's requests in arrival order.
 */
public final class JdbiNurserySlots implements NurserySlots {

    private static final String CREATE = """
            INSERT INTO nursery_slots (slot_date, period, last_queue_number) VALUES (:date, :period, 0)
            ON CONFLICT DO NOTHING
            """;
    private static final String LOCK = """
            SELECT last_queue_number FROM nursery_slots WHERE slot_date = :date AND period = :period FOR UPDATE
            """;
    private static final String TAKE = """
            UPDATE nursery_slots SET last_queue_number = last_queue_number + :count WHERE slot_date = :date AND period = :period
            """;

    private final JdbiContext db;

    public JdbiNurserySlots(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void lock(Slot slot) {
        db.useHandle(handle -> {
            if (handle.createQuery(LOCK).bind("date", slot.date()).bind("period", slot.period()).mapTo(Long.class)
                    .findOne().isEmpty()) {
                handle.createUpdate(CREATE).bind("date", slot.date()).bind("period", slot.period()).execute();
                handle.createQuery(LOCK).bind("date", slot.date()).bind("period", slot.period()).mapTo(Long.class).one();
            }
        });
    }

    @Override
    public long takeQueueNumbers(Slot slot, int count) {
        // the updated number comes back with the update (RETURNING on PostgreSQL, H2's generated keys): one round trip
        return db.withHandle(handle -> handle.createUpdate(TAKE).bind("date", slot.date()).bind("period", slot.period())
                .bind("count", count).executeAndReturnGeneratedKeys("last_queue_number").mapTo(Long.class).one()) - count + 1;
    }
}
