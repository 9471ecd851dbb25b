package fr.espacefamille.application.billing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.billing.BillingRun;
import fr.espacefamille.domain.billing.BillingRunId;
import fr.espacefamille.domain.billing.Creditor;
import fr.espacefamille.domain.billing.DirectDebitCollection;
import fr.espacefamille.domain.billing.DirectDebitFile;
import fr.espacefamille.domain.billing.DirectDebitFileId;
import fr.espacefamille.domain.billing.DirectDebitMandate;
import fr.espacefamille.domain.billing.DueDatePolicy;
import fr.espacefamille.domain.billing.InvoiceId;
import fr.espacefamille.domain.billing.MandateId;
import fr.espacefamille.domain.billing.SequenceType;
import fr.espacefamille.domain.billing.TargetCalendar;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.shared.Money;
import fr.espacefamille.domain.shared.Refusal;

/**
 * Finance staff generate the direct-debit file of an issued billing run (SPEC §10): the remaining
 * balance of every invoice of the run whose family has an active mandate for the régie and that is
 * in no file yet, {@code FRST} for a mandate never collected, {@code RCUR} after. Generations of a
 * régie happen one at a time (the régie is locked), and the store refuses an invoice already in a
 * file, so that an invoice is never in two files. The document is stored: it is downloaded as made.
 */
public final class GenerateDirectDebitFile {

    private static final DateTimeFormatter COMPACT_MONTH = DateTimeFormatter.ofPattern("yyyyMM");

    private final BillingRuns runs;
    private final Invoices invoices;
    private final DirectDebits mandates;
    private final DirectDebitFiles files;
    private final CollectionFileFormat format;
    private final Creditor creditor;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;

    public GenerateDirectDebitFile(BillingRuns runs, Invoices invoices, DirectDebits mandates, DirectDebitFiles files,
            CollectionFileFormat format, Creditor creditor, Transactions transactions, Audit audit, Clock clock) {
        this.runs = runs;
        this.invoices = invoices;
        this.mandates = mandates;
        this.files = files;
        this.format = format;
        this.creditor = creditor;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public DirectDebitFile generate(Actor actor, BillingRunId runId) {
        actor.require(Role.FINANCE_AGENT);
        return transactions.inTransaction(() -> {
            BillingRun run = runs.byId(runId).orElseThrow(Refusals::notFound);
            if (!run.issued()) {
                throw Refusals.refuse(Refusal.rule("RUN_NOT_ISSUED", "Ce mois n'est pas encore émis : seules des factures émises sont prélevées."));
            }
            runs.lockRegie(run.regie());
            Set<InvoiceId> inFiles = files.inFiles(runId);
            Map<FamilyId, DirectDebitMandate> active = mandates.active(run.regie()).stream()
                    .collect(Collectors.toMap(DirectDebitMandate::family, Function.identity()));
            Set<MandateId> collectedBefore = files.mandatesCollected(run.regie());
            DirectDebitFileId id = DirectDebitFileId.random();
            List<DirectDebitCollection> collections = invoices.ofRun(runId).stream()
                    .filter(invoice -> invoice.balance().isPositive() && !inFiles.contains(invoice.id())
                            && active.containsKey(invoice.family()))
                    .map(invoice -> {
                        DirectDebitMandate mandate = active.get(invoice.family());
                        return DirectDebitCollection.of(id, invoice, mandate,
                                collectedBefore.contains(mandate.id()) ? SequenceType.RCUR : SequenceType.FRST);
                    }).toList();
            if (collections.isEmpty()) {
                throw Refusals.refuse(Refusal.rule("NOTHING_TO_COLLECT", "Aucune facture de ce mois n'est à prélever : "
                        + "pas de reste à payer chez une famille au mandat actif, ou déjà dans un fichier."));
            }
            LocalDate today = LocalDate.now(clock);
            LocalDate collectionDate = TargetCalendar.collectionDate(DueDatePolicy.dueOn(run.issuedOn()), today);
            Money total = collections.stream().map(DirectDebitCollection::amount).reduce(Money.ZERO, Money::plus);
            OffsetDateTime createdAt = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
            String messageId = "EF-" + run.regie().prefix() + "-" + COMPACT_MONTH.format(run.month()) + "-"
                    + id.toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
            DirectDebitFile file = new DirectDebitFile(id, run.regie(), runId, messageId, collectionDate, collections.size(), total,
                    createdAt.toInstant(), actor.username(), null);
            files.add(file, collections, format.write(creditor, file, collections, createdAt));
            audit.record(actor, "DIRECT_DEBIT_FILE_GENERATED", messageId, null, AuditJson.of("fileId", id, "runId", runId,
                    "collectionDate", collectionDate, "count", collections.size(), "totalCents", total.cents()));
            return file;
        });
    }
}
