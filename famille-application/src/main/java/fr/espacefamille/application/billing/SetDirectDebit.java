package fr.espacefamille.application.billing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.family.Families;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.billing.DirectDebitMandate;
import fr.espacefamille.domain.billing.Iban;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.Guardian;
import fr.espacefamille.domain.shared.Text;

/**
 * Finance staff record a paper mandate for a family's régie, or turn its direct debit off. Turning
 * it on with the IBAN already on file keeps (or reactivates) the mandate; another IBAN is a new
 * mandate with a new RUM, the previous one being revoked (so is turning it on again after it was
 * turned off: the last IBAN is reused). The holder defaults to the first guardian.
 */
public final class SetDirectDebit {

    /** {@code holder} and {@code signedOn} are optional: the first guardian and today. */
    public record Command(FamilyId family, Regie regie, boolean active, String iban, String holder, LocalDate signedOn) {

        public Command(FamilyId family, Regie regie, boolean active, String iban) {
            this(family, regie, active, iban, null, null);
        }
    }

    /** The family's mandate for the régie after the change: none when direct debit was never set up. */
    public record Result(FamilyId family, Regie regie, Optional<DirectDebitMandate> mandate) {

        public boolean active() {
            return mandate.map(DirectDebitMandate::active).orElse(false);
        }
    }

    private final Families families;
    private final DirectDebits directDebits;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;

    public SetDirectDebit(Families families, DirectDebits directDebits, Transactions transactions, Audit audit, Clock clock) {
        this.families = families;
        this.directDebits = directDebits;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public Result set(Actor actor, Command command) {
        actor.require(Role.FINANCE_AGENT);
        Iban given;
        try {
            given = command.iban() == null || command.iban().isBlank() ? null : new Iban(command.iban());
        } catch (IllegalArgumentException e) {
            throw Refusals.invalid("iban", e.getMessage());
        }
        String holder;
        try {
            holder = Text.optional(command.holder(), "le titulaire du compte", DirectDebitMandate.HOLDER_MAX);
        } catch (IllegalArgumentException e) {
            throw Refusals.invalid("holder", e.getMessage());
        }
        LocalDate today = LocalDate.now(clock);
        if (command.signedOn() != null && command.signedOn().isAfter(today)) {
            throw Refusals.invalid("signedOn", "la date de signature ne peut être dans le futur");
        }
        return transactions.inTransaction(() -> {
            Family family = families.byId(command.family()).orElseThrow(Refusals::notFound);
            Optional<DirectDebitMandate> live = directDebits.of(command.family(), command.regie());
            DirectDebitMandate after;
            if (!command.active()) {
                after = live.map(m -> m.revoke(today)).orElse(null);
                live.ifPresent(m -> directDebits.update(m.revoke(today)));
            } else {
                Iban iban = given != null ? given : lastIban(command.family(), command.regie())
                        .orElseThrow(() -> Refusals.invalid("iban", "obligatoire pour activer le prélèvement"));
                if (live.isPresent() && live.get().iban().equals(iban)) {
                    after = live.get().active() ? live.get() : live.get().reactivate();
                    directDebits.update(after);
                } else {
                    live.ifPresent(m -> directDebits.update(m.revoke(today)));
                    after = DirectDebitMandate.sign(MandateReferences.next(command.regie(), today), command.family(), command.regie(),
                            holder != null ? holder : defaultHolder(family), iban,
                            command.signedOn() != null ? command.signedOn() : today, false);
                    directDebits.add(after);
                }
            }
            audit.record(actor, "DIRECT_DEBIT_SET", command.family() + "/" + command.regie(), live.map(MandateAudit::of).orElse(null),
                    MandateAudit.of(after));
            return new Result(command.family(), command.regie(), Optional.ofNullable(after));
        });
    }

    /** The IBAN of the family's latest mandate for the régie, revoked or not: turning direct debit on again reuses it. */
    private Optional<Iban> lastIban(FamilyId family, Regie regie) {
        return directDebits.ofFamily(family).stream().filter(m -> m.regie() == regie).findFirst().map(DirectDebitMandate::iban);
    }

    private static String defaultHolder(Family family) {
        return family.guardians().stream().findFirst().map(Guardian::fullName).orElse(family.name());
    }
}
