package fr.espacefamille.application.billing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import fr.espacefamille.application.account.Accounts;
import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.family.Families;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Mail;
import fr.espacefamille.application.shared.MailComposer;
import fr.espacefamille.application.shared.Mailer;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.billing.CollectionStatus;
import fr.espacefamille.domain.billing.DirectDebitCollection;
import fr.espacefamille.domain.billing.DirectDebitFileId;
import fr.espacefamille.domain.billing.DirectDebitMandate;
import fr.espacefamille.domain.billing.Invoice;
import fr.espacefamille.domain.billing.InvoiceId;
import fr.espacefamille.domain.billing.Payment;
import fr.espacefamille.domain.billing.RejectReason;
import fr.espacefamille.domain.family.Guardian;
import fr.espacefamille.domain.shared.Refusal;
import fr.espacefamille.domain.shared.Town;

/**
 * Finance staff enter a reject of one invoice of a file with its R-reason code: its direct-debit
 * payment is cancelled (the invoice owes its amount again, and may be paid by card), the mandate is
 * revoked for {@code AC04}/{@code MD01} or suspended at the second reject in a row, and the
 * family's guardians are emailed. A reject entered before the file is marked executed simply keeps
 * the invoice out of the execution.
 */
public final class RecordDirectDebitReject {

    public record Command(DirectDebitFileId file, InvoiceId invoice, String reasonCode) {
    }

    private final DirectDebitFiles files;
    private final Invoices invoices;
    private final DirectDebits mandates;
    private final Families families;
    private final Accounts accounts;
    private final Mailer mailer;
    private final Town town;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;
    private final String portalUrl;

    public RecordDirectDebitReject(DirectDebitFiles files, Invoices invoices, DirectDebits mandates, Families families,
            Accounts accounts, Mailer mailer, Town town, Transactions transactions, Audit audit, Clock clock, String portalUrl) {
        this.files = files;
        this.invoices = invoices;
        this.mandates = mandates;
        this.families = families;
        this.accounts = accounts;
        this.mailer = mailer;
        this.town = town;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.portalUrl = portalUrl;
    }

    public DirectDebitCollection reject(Actor actor, Command command) {
        actor.require(Role.FINANCE_AGENT);
        if (command.reasonCode() == null || command.reasonCode().isBlank()) {
            throw Refusals.invalid("reasonCode", "champ obligatoire");
        }
        RejectReason reason = RejectReason.of(command.reasonCode())
                .orElseThrow(() -> Refusals.invalid("reasonCode", "code de rejet inconnu « " + command.reasonCode() + " »"));
        LocalDate today = LocalDate.now(clock);
        record Rejected(DirectDebitCollection collection, Invoice invoice, DirectDebitMandate mandate) {
        }
        Rejected done = transactions.inTransaction(() -> {
            files.lock(command.file()).orElseThrow(Refusals::notFound);
            DirectDebitCollection collection = files.collectionOf(command.invoice()).filter(c -> c.file().equals(command.file()))
                    .orElseThrow(() -> Refusals.refuse(Refusal.rule("INVOICE_NOT_IN_FILE", "Cette facture n'est pas dans ce fichier de prélèvement.")));
            if (collection.status() == CollectionStatus.REJECTED) {
                throw Refusals.refuse(Refusal.conflict("ALREADY_REJECTED", "Le rejet du prélèvement de la facture "
                        + collection.number() + " est déjà enregistré."));
            }
            Invoice invoice = invoices.lock(collection.invoice()).orElseThrow();
            if (collection.status() == CollectionStatus.COLLECTED) {
                Payment collected = invoice.payments().stream().filter(p -> p.id().equals(collection.payment())).findFirst()
                        .orElseThrow(() -> new IllegalStateException("Collected payment missing on " + collection.number()));
                invoice = invoice.withoutPayment(collection.payment());
                invoices.removePayment(invoice, collected);
            }
            DirectDebitCollection rejected = collection.rejected(reason, today);
            files.update(rejected);
            DirectDebitMandate before = mandates.byId(collection.mandate()).orElseThrow();
            DirectDebitMandate after = before.rejected(reason, today);
            mandates.update(after);
            audit.record(actor, "DIRECT_DEBIT_REJECTED", collection.number(), AuditJson.of("status", collection.status(),
                    "mandateStatus", before.status()), AuditJson.of("reasonCode", reason, "amountCents", collection.amount().cents(),
                    "balanceCents", invoice.balance().cents(), "mandateStatus", after.status(), "rum", after.rum()));
            return new Rejected(rejected, invoice, after);
        });
        notices(done.collection(), done.invoice(), done.mandate()).forEach(mailer::send);
        return done.collection();
    }

    private List<Mail> notices(DirectDebitCollection collection, Invoice invoice, DirectDebitMandate mandate) {
        return families.byId(collection.family()).map(family -> family.guardians().stream()
                .flatMap(guardian -> accounts.byGuardian(guardian.id()).stream()
                        .map(account -> notice(guardian, collection, invoice, mandate).to(account.email())))
                .toList()).orElse(List.of());
    }

    private MailComposer notice(Guardian guardian, DirectDebitCollection collection, Invoice invoice, DirectDebitMandate mandate) {
        String mandateNews = switch (mandate.status()) {
            case REVOKED -> "Votre mandat de prélèvement " + mandate.rum() + " est révoqué : vos prochaines factures "
                    + invoice.regie().frenchName() + " seront à régler par carte, chèque ou espèces, sauf nouveau mandat.";
            case SUSPENDED -> "Après deux rejets consécutifs, votre mandat de prélèvement " + mandate.rum()
                    + " est suspendu : contactez la régie " + invoice.regie().frenchName() + " pour le réactiver.";
            case ACTIVE -> "Votre mandat de prélèvement reste actif pour les prochaines factures.";
        };
        return MailComposer.subject(town, "Prélèvement rejeté — facture " + collection.number())
                .paragraph("Bonjour " + guardian.fullName() + ",")
                .paragraph("Votre banque a rejeté le prélèvement de " + collection.amount().toFrench() + " pour la facture "
                        + collection.number() + " (" + invoice.regie().frenchName() + ") : "
                        + collection.reason().frenchLabel().toLowerCase(java.util.Locale.FRENCH) + " (code " + collection.reason() + ").")
                .paragraph("Cette facture reste à payer (" + invoice.balance().toFrench() + ") : vous pouvez la régler en ligne "
                        + "par carte bancaire, ou par chèque ou espèces auprès de la régie.")
                .paragraph(mandateNews)
                .link("Voir la facture", portalUrl + "/espace/factures/" + invoice.id());
    }
}
