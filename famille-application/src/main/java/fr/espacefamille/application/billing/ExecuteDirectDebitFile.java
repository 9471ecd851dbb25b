package fr.espacefamille.application.billing;

import java.time.Clock;
import java.time.LocalDate;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.billing.CollectionStatus;
import fr.espacefamille.domain.billing.DirectDebitCollection;
import fr.espacefamille.domain.billing.DirectDebitFile;
import fr.espacefamille.domain.billing.DirectDebitFileId;
import fr.espacefamille.domain.billing.Invoice;
import fr.espacefamille.domain.billing.Payment;
import fr.espacefamille.domain.billing.PaymentId;
import fr.espacefamille.domain.billing.PaymentMethod;

/**
 * Finance staff mark a file executed after the bank statement: each invoice of the file not
 * rejected meanwhile gets a {@code DIRECT_DEBIT} payment of the amount asked, received on the
 * collection date, with the file's message id as reference. Marking it again changes nothing.
 */
public final class ExecuteDirectDebitFile {

    private final DirectDebitFiles files;
    private final Invoices invoices;
    private final DirectDebits mandates;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;

    public ExecuteDirectDebitFile(DirectDebitFiles files, Invoices invoices, DirectDebits mandates, Transactions transactions,
            Audit audit, Clock clock) {
        this.files = files;
        this.invoices = invoices;
        this.mandates = mandates;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public DirectDebitFile execute(Actor actor, DirectDebitFileId id) {
        actor.require(Role.FINANCE_AGENT);
        return transactions.inTransaction(() -> {
            DirectDebitFile file = files.lock(id).orElseThrow(Refusals::notFound);
            if (file.executed()) {
                return file;
            }
            int collected = 0;
            for (DirectDebitCollection collection : files.collections(id)) {
                if (collection.status() != CollectionStatus.PENDING) {
                    continue;
                }
                Payment payment = new Payment(PaymentId.random(), collection.invoice(), PaymentMethod.DIRECT_DEBIT, collection.amount(),
                        file.collectionDate(), file.messageId(), clock.instant());
                // locked like every settlement: a card payment may land on the same invoice meanwhile
                Invoice invoice = invoices.lock(collection.invoice()).orElseThrow();
                invoices.addCollected(invoice.collect(payment), payment);
                files.update(collection.collected(payment.id()));
                mandates.byId(collection.mandate()).filter(m -> m.rejectsInARow() > 0)
                        .ifPresent(m -> mandates.update(m.collected()));
                collected++;
            }
            DirectDebitFile executed = file.executedOn(LocalDate.now(clock));
            files.markExecuted(executed);
            audit.record(actor, "DIRECT_DEBIT_FILE_EXECUTED", file.messageId(), null, AuditJson.of("fileId", id,
                    "collectionDate", file.collectionDate(), "collected", collected));
            return executed;
        });
    }
}
