package fr.espacefamille.application.privacy;

import java.time.Clock;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.family.Families;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.shared.Refusal;
import fr.espacefamille.domain.shared.RefusedException;

/** An administrator keeps a family's data past its retention date, for a written reason (a dispute), or lets it go again; audited. */
public final class HoldFamilyData {

    public static final int MAX_REASON = 500;
    public static final Refusal REASON_REQUIRED = Refusal.invalid("reason", "Indiquez pourquoi les données de ce foyer sont conservées.");
    public static final Refusal REASON_TOO_LONG = Refusal.invalid("reason", "Le motif compte 500 caractères au plus.");
    public static final Refusal NOT_HELD = Refusal.rule("NOT_HELD", "Les données de ce foyer ne sont pas conservées au-delà de leur durée.");

    private final FamilyRetention retention;
    private final Families families;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;

    public HoldFamilyData(FamilyRetention retention, Families families, Transactions transactions, Audit audit, Clock clock) {
        this.retention = retention;
        this.families = families;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public FamilyRetention.Hold hold(Actor actor, FamilyId family, String reason) {
        actor.require(Role.ADMIN);
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new RefusedException(REASON_REQUIRED);
        }
        if (text.length() > MAX_REASON) {
            throw new RefusedException(REASON_TOO_LONG);
        }
        if (families.byId(family).isEmpty()) {
            throw new RefusedException(Refusal.notFound("Foyer introuvable."));
        }
        FamilyRetention.Hold hold = new FamilyRetention.Hold(family, text, actor.username(), clock.instant());
        transactions.run(() -> {
            retention.hold(hold);
            audit.record(actor, "FAMILY_DATA_HELD", family, null, AuditJson.of("reason", text));
        });
        return hold;
    }

    public void release(Actor actor, FamilyId family) {
        actor.require(Role.ADMIN);
        transactions.run(() -> {
            if (!retention.release(family)) {
                throw new RefusedException(NOT_HELD);
            }
            audit.record(actor, "FAMILY_DATA_RELEASED", family, null, null);
        });
    }
}
