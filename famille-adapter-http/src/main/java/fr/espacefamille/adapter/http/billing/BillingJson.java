package fr.espacefamille.adapter.http.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import fr.espacefamille.application.billing.InvoiceDebit;
import fr.espacefamille.application.billing.RunMonthlyBilling;
import fr.espacefamille.application.billing.SetDirectDebit;
import fr.espacefamille.domain.billing.BillingRun;
import fr.espacefamille.domain.billing.CanteenTariff;
import fr.espacefamille.domain.billing.CreditNote;
import fr.espacefamille.domain.billing.DirectDebitCollection;
import fr.espacefamille.domain.billing.DirectDebitFile;
import fr.espacefamille.domain.billing.DirectDebitMandate;
import fr.espacefamille.domain.billing.EffortBracket;
import fr.espacefamille.domain.billing.Invoice;
import fr.espacefamille.domain.billing.InvoiceLine;
import fr.espacefamille.domain.billing.InvoiceSummary;
import fr.espacefamille.domain.billing.NurseryTariff;
import fr.espacefamille.domain.billing.Payment;
import fr.espacefamille.domain.billing.PsuHourlyRate;
import fr.espacefamille.domain.family.Resources;
import fr.espacefamille.domain.shared.Money;

/** The billing API's JSON bodies (API.md "Invoices and payment" and staff rows). */
final class BillingJson {

    private BillingJson() {
    }

    record BracketJson(Integer maxQuotient, Long priceCents) {
    }

    record CanteenTariffJson(LocalDate validFrom, List<BracketJson> brackets, Long defaultPriceCents, Long nonResidentPriceCents,
            Long unbookedSurchargeCents) {

        static CanteenTariffJson of(CanteenTariff tariff) {
            return new CanteenTariffJson(tariff.validFrom(),
                    tariff.brackets().stream().map(b -> new BracketJson(b.maxQuotient(), b.price().cents())).toList(),
                    tariff.defaultPrice().cents(), tariff.nonResidentPrice().cents(), tariff.unbookedSurcharge().cents());
        }
    }

    /** The lowest and highest hourly rate of a bracket: at the floor's and at the ceiling's resources. */
    record RateRangeJson(long minCents, long maxCents) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NurseryTariffJson(LocalDate validFrom, Long floorCents, Long ceilingCents, Map<String, BigDecimal> effortRates,
            Map<String, RateRangeJson> hourlyRates) {

        static NurseryTariffJson of(NurseryTariff tariff) {
            Map<String, BigDecimal> rates = new LinkedHashMap<>();
            Map<String, RateRangeJson> ranges = new LinkedHashMap<>();
            for (EffortBracket bracket : EffortBracket.values()) {
                rates.put(bracket.key(), tariff.effortRate(bracket));
                int children = Integer.parseInt(bracket.key());
                ranges.put(bracket.key(), new RateRangeJson(
                        PsuHourlyRate.of(tariff, new Resources(Money.ZERO, children, false)).cents(),
                        PsuHourlyRate.of(tariff, new Resources(null, children, false)).cents()));
            }
            return new NurseryTariffJson(tariff.validFrom(), tariff.floor().cents(), tariff.ceiling().cents(), rates, ranges);
        }
    }

    record PublishedTariffsJson(List<CanteenTariffJson> canteen, List<NurseryTariffJson> nursery) {
    }

    record RunBody(String regie, String month, Boolean issue) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RunInvoiceJson(String id, String familyId, String familyName, String number, long totalCents, boolean paper) {

        static RunInvoiceJson of(RunMonthlyBilling.RunInvoice invoice) {
            return new RunInvoiceJson(invoice.id().toString(), invoice.family().toString(), invoice.familyName(),
                    invoice.number() == null ? null : invoice.number().toString(), invoice.total().cents(), invoice.paper());
        }

        static RunInvoiceJson of(InvoiceSummary invoice) {
            return new RunInvoiceJson(invoice.id().toString(), invoice.family().toString(), invoice.familyName(),
                    invoice.number() == null ? null : invoice.number().toString(), invoice.total().cents(), invoice.paper());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RunJson(String id, String regie, String month, String status, LocalDate issuedOn, String startedAt, String startedBy,
            int invoiceCount, long totalCents, Integer notifiedFamilies, List<RunInvoiceJson> invoices) {

        static RunJson of(BillingRun run, List<RunInvoiceJson> invoices, Integer notified) {
            return new RunJson(run.id().toString(), run.regie().name(), run.month().toString(), run.status().name(), run.issuedOn(),
                    run.startedAt().toString(), run.startedBy(), run.invoiceCount(), run.total().cents(), notified, invoices);
        }

        static RunJson of(RunMonthlyBilling.Result result) {
            return of(result.run(), result.invoices().stream().map(RunInvoiceJson::of).toList(), result.familiesNotified());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record InvoiceJson(String id, String number, String regie, String month, LocalDate issuedOn, LocalDate dueOn, long totalCents,
            long paidCents, long creditedCents, long balanceCents, String status, String familyId, String familyName, boolean paper,
            RecipientJson recipient, List<LineJson> lines, List<PaymentJson> payments, List<CreditNoteJson> creditNotes,
            InvoiceDebitJson directDebit) {

        static InvoiceJson of(InvoiceSummary s, LocalDate today) {
            return new InvoiceJson(s.id().toString(), s.number() == null ? null : s.number().toString(), s.regie().name(),
                    s.month().toString(), s.issuedOn(), s.dueOn(), s.total().cents(), s.paid().cents(), s.credited().cents(),
                    s.balance().cents(), s.status(today).name(), s.family().toString(), s.familyName(), s.paper(), null, null, null, null, null);
        }

        static InvoiceJson of(Invoice invoice, LocalDate today, InvoiceDebit debit) {
            InvoiceJson head = of(invoice.summary(), today);
            var to = invoice.recipient();
            return new InvoiceJson(head.id, head.number, head.regie, head.month, head.issuedOn, head.dueOn, head.totalCents,
                    head.paidCents, head.creditedCents, head.balanceCents, head.status, head.familyId, head.familyName, head.paper,
                    new RecipientJson(to.name(), to.address().line1(), to.address().line2(), to.address().postcode(), to.address().city()),
                    invoice.lines().stream().map(LineJson::of).toList(), invoice.payments().stream().map(PaymentJson::of).toList(),
                    invoice.creditNotes().stream().map(CreditNoteJson::of).toList(), debit == null ? null : InvoiceDebitJson.of(debit));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RecipientJson(String name, String line1, String line2, String postcode, String city) {
    }

    record LineJson(String childId, String childName, String kind, String label, BigDecimal quantity, long unitPriceCents,
            long amountCents) {

        static LineJson of(InvoiceLine line) {
            return new LineJson(line.child().toString(), line.childName(), line.kind().name(), line.label(), line.quantity(),
                    line.unitPrice().cents(), line.amount().cents());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PaymentJson(String id, String method, long amountCents, LocalDate receivedOn, String reference) {

        static PaymentJson of(Payment payment) {
            return new PaymentJson(payment.id().toString(), payment.method().name(), payment.amount().cents(), payment.receivedOn(),
                    payment.reference());
        }
    }

    record CreditNoteJson(String id, String number, long amountCents, String reason, LocalDate issuedOn) {

        static CreditNoteJson of(CreditNote note) {
            return new CreditNoteJson(note.id().toString(), note.number().toString(), note.amount().cents(), note.reason(), note.issuedOn());
        }
    }

    record PaymentBody(String method, Long amountCents, String receivedOn, String reference) {
    }

    record CreditNoteBody(Long amountCents, String reason) {
    }

    record IdJson(String id) {
    }

    record CreatedCreditNoteJson(String id, String number) {
    }

    record DirectDebitBody(String regie, Boolean active, String iban) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DirectDebitJson(String familyId, String regie, boolean active, String iban, MandateJson mandate) {

        static DirectDebitJson of(SetDirectDebit.Result result) {
            return new DirectDebitJson(result.family().toString(), result.regie().name(), result.active(),
                    result.mandate().map(m -> m.iban().masked()).orElse(null), result.mandate().map(MandateJson::of).orElse(null));
        }
    }

    /** A mandate: the IBAN only masked. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MandateJson(String id, String rum, String regie, String holder, String ibanMasked, LocalDate signedOn, String status,
            boolean online, String familyId, LocalDate endedOn) {

        static MandateJson of(DirectDebitMandate m) {
            return new MandateJson(m.id().toString(), m.rum(), m.regie().name(), m.holder(), m.iban().masked(), m.signedOn(),
                    m.status().name(), m.online(), m.family().toString(), m.endedOn());
        }
    }

    record MandateBody(String regie, String holder, String iban, Boolean consent) {
    }

    record RevokedJson(String id, String status) {
    }

    record RejectBody(String invoiceId, String reasonCode) {
    }

    /** How an invoice is paid by direct debit: {@code SCHEDULED} (no file yet), {@code PENDING}, {@code COLLECTED}, {@code REJECTED}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record InvoiceDebitJson(String status, LocalDate collectionDate, String ibanMasked, String reasonCode, String text) {

        static InvoiceDebitJson of(InvoiceDebit debit) {
            return new InvoiceDebitJson(debit.status() == null ? "SCHEDULED" : debit.status().name(), debit.date(),
                    debit.iban().masked(), debit.reason() == null ? null : debit.reason().name(), debit.sentence());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FileJson(String id, String regie, String runId, String messageId, LocalDate collectionDate, int count, long totalCents,
            String status, String createdAt, String createdBy, LocalDate executedOn, List<CollectionJson> invoices) {

        static FileJson of(DirectDebitFile file, List<CollectionJson> invoices) {
            return new FileJson(file.id().toString(), file.regie().name(), file.run().toString(), file.messageId(), file.collectionDate(),
                    file.count(), file.total().cents(), file.executed() ? "EXECUTED" : "GENERATED", file.createdAt().toString(),
                    file.createdBy(), file.executedOn(), invoices);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CollectionJson(String invoiceId, String number, String familyId, String holder, String ibanMasked, String rum,
            String sequenceType, long amountCents, String status, String paymentId, String reasonCode, String reasonLabel,
            LocalDate rejectedOn) {

        static CollectionJson of(DirectDebitCollection c) {
            return new CollectionJson(c.invoice().toString(), c.number().toString(), c.family().toString(), c.holder(),
                    c.iban().masked(), c.rum(), c.sequence().name(), c.amount().cents(), c.status().name(),
                    c.payment() == null ? null : c.payment().toString(), c.reason() == null ? null : c.reason().name(),
                    c.reason() == null ? null : c.reason().frenchLabel(), c.rejectedOn());
        }
    }
}
