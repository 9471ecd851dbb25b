package fr.espacefamille.application.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import fr.espacefamille.application.shared.Actor;

/** Writes audit entries stamped with the clock and the acting person. */
public final class Audit {

    private final AuditLog log;
    private final Clock clock;

    public Audit(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** One change by a person, before it is stamped. */
    public record Change(Actor actor, String action, Object target, String before, String after) {
    }

    public void record(Actor actor, String action, Object target, String before, String after) {
        recordAll(List.of(new Change(actor, action, target, before, after)));
    }

    /** Changes made together (a batch of requests decided at once), stamped with one instant and written at once. */
    public void recordAll(List<Change> changes) {
        Instant at = clock.instant();
        log.recordAll(changes.stream().map(c -> new AuditEntry(at, c.actor().username(), c.action(), String.valueOf(c.target()),
                c.before(), c.after())).toList());
    }
}
