package fr.espacefamille.application.billing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import fr.espacefamille.application.account.Accounts;
import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.family.Families;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Mail;
import fr.espacefamille.application.shared.MailComposer;
import fr.espacefamille.application.shared.Mailer;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.billing.DirectDebitMandate;
import fr.espacefamille.domain.billing.Iban;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.Guardian;
import fr.espacefamille.domain.shared.Refusal;
import fr.espacefamille.domain.shared.Text;
import fr.espacefamille.domain.shared.Town;

/**
 * A guardian subscribes online to direct debit for a régie: account holder, IBAN and consent. The
 * mandate gets a new RUM and today as its signature date; it replaces the family's previous mandate
 * for that régie (a new account is a new mandate). The family's guardians are emailed its reference.
 */
public final class SignMandate {

    public record Command(Regie regie, String holder, String iban, Boolean consent) {
    }

    private final Families families;
    private final DirectDebits directDebits;
    private final Accounts accounts;
    private final Mailer mailer;
    private final Town town;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;
    private final String portalUrl;

    public SignMandate(Families families, DirectDebits directDebits, Accounts accounts, Mailer mailer, Town town, Transactions transactions,
            Audit audit, Clock clock, String portalUrl) {
        this.families = families;
        this.directDebits = directDebits;
        this.accounts = accounts;
        this.mailer = mailer;
        this.town = town;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.portalUrl = portalUrl;
    }

    public DirectDebitMandate sign(Actor actor, Command command) {
        FamilyId familyId = actor.family().orElseThrow(() -> Refusals.refuse(Refusal.forbidden()));
        if (command.regie() == null) {
            throw Refusals.invalid("regie", "choisissez la régie à prélever");
        }
        String holder;
        try {
            holder = Text.required(command.holder(), "le titulaire du compte", DirectDebitMandate.HOLDER_MAX);
        } catch (IllegalArgumentException e) {
            throw Refusals.invalid("holder", e.getMessage());
        }
        Iban iban = iban(command.iban());
        if (!Boolean.TRUE.equals(command.consent())) {
            throw Refusals.invalid("consent", "cochez la case pour autoriser le prélèvement");
        }
        LocalDate today = LocalDate.now(clock);
        record Signed(DirectDebitMandate mandate, Family family) {
        }
        Signed signed = transactions.inTransaction(() -> {
            Family family = families.byId(familyId).orElseThrow(Refusals::notFound);
            Optional<DirectDebitMandate> previous = directDebits.of(familyId, command.regie());
            previous.ifPresent(old -> directDebits.update(old.revoke(today)));
            DirectDebitMandate mandate = DirectDebitMandate.sign(MandateReferences.next(command.regie(), today), familyId,
                    command.regie(), holder, iban, today, true);
            directDebits.add(mandate);
            audit.record(actor, "MANDATE_SIGNED", mandate.rum(), previous.map(MandateAudit::of).orElse(null), MandateAudit.of(mandate));
            return new Signed(mandate, family);
        });
        confirmations(signed.family(), signed.mandate()).forEach(mailer::send);
        return signed.mandate();
    }

    /** An IBAN as typed by a person: {@code INVALID_IBAN} with the reason when it cannot be one. */
    static Iban iban(String typed) {
        try {
            return new Iban(typed);
        } catch (IllegalArgumentException e) {
            throw Refusals.refuse(Refusal.rule("INVALID_IBAN", e.getMessage()));
        }
    }

    private List<Mail> confirmations(Family family, DirectDebitMandate mandate) {
        return family.guardians().stream().flatMap(guardian -> accounts.byGuardian(guardian.id()).stream()
                .map(account -> confirmation(guardian, mandate).to(account.email()))).toList();
    }

    private MailComposer confirmation(Guardian guardian, DirectDebitMandate mandate) {
        return MailComposer.subject(town, "Votre mandat de prélèvement " + mandate.rum())
                .paragraph("Bonjour " + guardian.fullName() + ",")
                .paragraph("Le prélèvement automatique des factures " + mandate.regie().frenchName()
                        + " est en place sur le compte " + mandate.iban().masked() + " (titulaire : " + mandate.holder() + ").")
                .paragraph("Référence unique du mandat (RUM) : " + mandate.rum() + ". Chaque facture vous indiquera la date "
                        + "et le montant du prélèvement. Vous pouvez révoquer ce mandat à tout moment depuis votre espace famille.")
                .link("Voir mes prélèvements", portalUrl + "/espace/prelevement");
    }
}
