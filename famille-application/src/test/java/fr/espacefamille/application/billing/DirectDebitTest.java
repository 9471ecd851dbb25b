package fr.espacefamille.application.billing;

import static fr.espacefamille.application.billing.BillingTestbed.FINANCE;
import static fr.espacefamille.application.billing.BillingTestbed.SEPTEMBER;
import static fr.espacefamille.application.billing.BillingTestbed.refusalCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.espacefamille.application.inmemory.InMemoryEspaceFamille;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.billing.BillingRunId;
import fr.espacefamille.domain.canteen.MealCharge;
import fr.espacefamille.domain.billing.CollectionStatus;
import fr.espacefamille.domain.billing.DirectDebitCollection;
import fr.espacefamille.domain.billing.DirectDebitFile;
import fr.espacefamille.domain.billing.DirectDebitMandate;
import fr.espacefamille.domain.billing.Invoice;
import fr.espacefamille.domain.billing.InvoiceId;
import fr.espacefamille.domain.billing.MandateStatus;
import fr.espacefamille.domain.billing.PaymentMethod;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.billing.SequenceType;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.shared.Money;

/** SPEC §10 on the in-memory ports: mandates, the collection file, its execution and rejects. */
class DirectDebitTest {

    static final String IBAN = "FR76 3000 6000 0112 3456 7890 189";
    private final BillingTestbed bed = new BillingTestbed();
    private final Family martin = bed.family("Martin", 450);
    private final Family nguyen = bed.family("Nguyen", 450);
    private final Family petit = bed.family("Petit", 450);
    private final Actor martinParent = bed.parentOf(martin);
    private final Actor nguyenParent = bed.parentOf(nguyen);

    private final InMemoryEspaceFamille.DirectDebit directDebit = bed.town.directDebit();

    private DirectDebitMandate sign(Actor parent, String iban) {
        return directDebit.signMandate().sign(parent, new SignMandate.Command(Regie.SCHOOL, "Camille Martin", iban, true));
    }

    /** September issued for the three families (Martin 10 meals, Nguyen 4, Petit 6). */
    private BillingRunId issueSeptember() {
        bed.meals(martin, 10, MealCharge.BOOKED_MEAL);
        bed.meals(nguyen, 4, MealCharge.BOOKED_MEAL);
        bed.meals(petit, 6, MealCharge.BOOKED_MEAL);
        return bed.issue(SEPTEMBER).run().id();
    }

    private Invoice invoiceOf(Family family, BillingRunId run) {
        InvoiceId id = bed.invoices.ofRun(run).stream().filter(s -> s.family().equals(family.id())).findFirst().orElseThrow().id();
        return bed.invoices.byId(id).orElseThrow();
    }

    @Test
    void a_guardian_signs_a_mandate_online_with_a_rum_today_s_date_and_a_confirmation_email() {
        DirectDebitMandate mandate = sign(martinParent, "fr76 3000 6000 0112 3456 7890 189");

        assertThat(mandate.rum()).matches("EF-AS-2026-[A-Z2-9]{10}").hasSizeLessThanOrEqualTo(35);
        assertThat(mandate.iban().value()).isEqualTo("FR7630006000011234567890189");
        assertThat(mandate.signedOn()).isEqualTo(LocalDate.of(2026, 10, 2));
        assertThat(mandate.online()).isTrue();
        assertThat(directDebit.status().hasActiveMandate(martin.id(), Regie.SCHOOL)).isTrue();
        assertThat(bed.town.sentMails()).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).contains(mandate.rum());
            assertThat(mail.text()).contains("FR76 **** **** **** **** ***0 189").doesNotContain("30006000011234567890");
        });
    }

    @Test
    void a_wrong_iban_is_refused_as_invalid_iban_and_nothing_is_stored() {
        for (String wrong : List.of("FR7630006000011234567890188", "FR763000600001123456789018", "BR1800360305000010009795493C1", "bonjour")) {
            assertThat(refusalCode(() -> sign(martinParent, wrong))).as(wrong).isEqualTo("INVALID_IBAN");
        }
        assertThat(bed.directDebits.ofFamily(martin.id())).isEmpty();
    }

    @Test
    void consent_is_required_and_staff_do_not_sign_online() {
        assertThat(refusalCode(() -> directDebit.signMandate().sign(martinParent, new SignMandate.Command(Regie.SCHOOL, "Camille Martin", IBAN, false))))
                .isEqualTo("VALIDATION_FAILED");
        assertThat(refusalCode(() -> directDebit.signMandate().sign(martinParent, new SignMandate.Command(Regie.SCHOOL, " ", IBAN, true))))
                .isEqualTo("VALIDATION_FAILED");
        assertThat(refusalCode(() -> directDebit.signMandate().sign(FINANCE, new SignMandate.Command(Regie.SCHOOL, "Camille Martin", IBAN, true))))
                .isEqualTo("FORBIDDEN");
    }

    @Test
    void a_new_mandate_for_the_same_regie_replaces_the_previous_one() {
        DirectDebitMandate first = sign(martinParent, IBAN);
        DirectDebitMandate second = sign(martinParent, "DE89370400440532013000");

        assertThat(bed.directDebits.byId(first.id()).orElseThrow().status()).isEqualTo(MandateStatus.REVOKED);
        assertThat(bed.directDebits.of(martin.id(), Regie.SCHOOL)).contains(second);
    }

    @Test
    void the_guardian_or_finance_staff_revoke_another_family_gets_not_found_and_other_staff_forbidden() {
        DirectDebitMandate mandate = sign(martinParent, IBAN);
        RevokeMandate revoke = directDebit.revokeMandate();

        assertThat(refusalCode(() -> revoke.revoke(nguyenParent, mandate.id()))).isEqualTo("NOT_FOUND");
        assertThat(refusalCode(() -> revoke.revoke(BillingTestbed.SCHOOL_AGENT, mandate.id()))).isEqualTo("FORBIDDEN");
        assertThat(revoke.revoke(martinParent, mandate.id()).status()).isEqualTo(MandateStatus.REVOKED);
        assertThat(revoke.revoke(FINANCE, mandate.id()).endedOn()).isEqualTo(LocalDate.of(2026, 10, 2));
        assertThat(directDebit.status().hasActiveMandate(martin.id(), Regie.SCHOOL)).isFalse();
    }

    @Test
    void the_file_collects_the_balances_of_families_with_an_active_mandate_on_the_next_business_day_after_the_due_date() {
        sign(martinParent, IBAN);
        sign(nguyenParent, "DE89370400440532013000");
        BillingRunId run = issueSeptember();
        Invoice martinInvoice = invoiceOf(martin, run);
        // partly paid by cheque before the file: only the balance is collected
        bed.recordPayment().record(FINANCE, new RecordPayment.Command(martinInvoice.id(), PaymentMethod.CHEQUE, Money.ofCents(500),
                LocalDate.of(2026, 10, 2), "0001234", null));

        DirectDebitFile file = directDebit.generateFile().generate(FINANCE, run);

        // due on Sunday 15 November 2026
        assertThat(file.collectionDate()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(file.count()).isEqualTo(2);
        List<DirectDebitCollection> collections = bed.directDebitFiles.collections(file.id());
        assertThat(collections).extracting(DirectDebitCollection::family).containsExactlyInAnyOrder(martin.id(), nguyen.id());
        DirectDebitCollection martinCollection = collections.stream().filter(c -> c.family().equals(martin.id())).findFirst().orElseThrow();
        assertThat(martinCollection.amount()).isEqualTo(martinInvoice.total().minus(Money.ofCents(500)));
        assertThat(martinCollection.sequence()).isEqualTo(SequenceType.FRST);
        assertThat(file.total()).isEqualTo(collections.stream().map(DirectDebitCollection::amount).reduce(Money.ZERO, Money::plus));
        // the kit's plain-text stand-in for pain.008: a heading, then one line per collection
        assertThat(new String(bed.directDebitFiles.content(file.id()), java.nio.charset.StandardCharsets.UTF_8).lines().toList())
                .hasSize(3).startsWith("FR72ZZZ123456;" + file.messageId() + ";2026-11-16;2026-10-02T09:00+02:00")
                .contains(martinCollection.number() + ";" + martinCollection.rum() + ";FRST;" + martinCollection.amount().cents());
        assertThat(directDebit.status().ofInvoice(martinInvoice).orElseThrow().sentence())
                .isEqualTo("Prélevé le 16/11/2026 sur le compte FR76 **** …0189");
    }

    @Test
    void an_invoice_is_never_in_two_files_and_a_second_generation_with_nothing_new_is_refused() {
        sign(martinParent, IBAN);
        BillingRunId run = issueSeptember();
        directDebit.generateFile().generate(FINANCE, run);

        assertThat(refusalCode(() -> directDebit.generateFile().generate(FINANCE, run))).isEqualTo("NOTHING_TO_COLLECT");

        // a mandate signed after the first file: the second file holds only the new family's invoice
        sign(nguyenParent, "DE89370400440532013000");
        DirectDebitFile second = directDebit.generateFile().generate(FINANCE, run);
        assertThat(bed.directDebitFiles.collections(second.id())).extracting(DirectDebitCollection::family).containsExactly(nguyen.id());
    }

    @Test
    void a_mandate_revoked_between_the_run_and_the_file_is_not_collected() {
        DirectDebitMandate mandate = sign(martinParent, IBAN);
        BillingRunId run = issueSeptember();
        directDebit.revokeMandate().revoke(martinParent, mandate.id());

        assertThat(refusalCode(() -> directDebit.generateFile().generate(FINANCE, run))).isEqualTo("NOTHING_TO_COLLECT");
    }

    @Test
    void only_finance_staff_generate_and_only_for_an_issued_run() {
        sign(martinParent, IBAN);
        bed.meals(martin, 10, MealCharge.BOOKED_MEAL);
        BillingRunId draft = bed.draft(SEPTEMBER).run().id();

        assertThat(refusalCode(() -> directDebit.generateFile().generate(FINANCE, draft))).isEqualTo("RUN_NOT_ISSUED");
        assertThat(refusalCode(() -> directDebit.generateFile().generate(BillingTestbed.SCHOOL_AGENT, draft))).isEqualTo("FORBIDDEN");
        assertThat(refusalCode(() -> directDebit.generateFile().generate(FINANCE, BillingRunId.random()))).isEqualTo("NOT_FOUND");
    }

    @Test
    void executing_the_file_records_direct_debit_payments_on_the_collection_date_once() {
        sign(martinParent, IBAN);
        BillingRunId run = issueSeptember();
        DirectDebitFile file = directDebit.generateFile().generate(FINANCE, run);

        directDebit.executeFile().execute(FINANCE, file.id());
        directDebit.executeFile().execute(FINANCE, file.id());

        Invoice invoice = invoiceOf(martin, run);
        assertThat(invoice.payments()).singleElement().satisfies(payment -> {
            assertThat(payment.method()).isEqualTo(PaymentMethod.DIRECT_DEBIT);
            assertThat(payment.receivedOn()).isEqualTo(LocalDate.of(2026, 11, 16));
            assertThat(payment.reference()).isEqualTo(file.messageId());
        });
        assertThat(invoice.balance()).isEqualTo(Money.ZERO);
        assertThat(bed.directDebitFiles.byId(file.id()).orElseThrow().executedOn()).isEqualTo(LocalDate.of(2026, 10, 2));
    }

    @Test
    void the_next_file_of_a_collected_mandate_is_recurrent() {
        DirectDebitMandate mandate = sign(martinParent, IBAN);
        BillingRunId september = issueSeptember();
        directDebit.executeFile().execute(FINANCE, directDebit.generateFile().generate(FINANCE, september).id());
        bed.meals(martin.children().get(0).id(), LocalDate.of(2026, 10, 1), 5, MealCharge.BOOKED_MEAL);
        bed.at(Instant.parse("2026-11-02T08:00:00Z"));
        BillingRunId october = bed.issue(SEPTEMBER.plusMonths(1)).run().id();

        DirectDebitFile file = directDebit.generateFile().generate(FINANCE, october);

        assertThat(bed.directDebitFiles.collections(file.id())).singleElement()
                .satisfies(c -> assertThat(c.sequence()).isEqualTo(SequenceType.RCUR))
                .satisfies(c -> assertThat(c.mandate()).isEqualTo(mandate.id()));
        // due Tuesday 15 December 2026
        assertThat(file.collectionDate()).isEqualTo(LocalDate.of(2026, 12, 15));
    }

    @Test
    void a_credit_note_after_the_file_does_not_change_it_and_the_over_collection_is_a_balance_to_refund() {
        sign(martinParent, IBAN);
        BillingRunId run = issueSeptember();
        DirectDebitFile file = directDebit.generateFile().generate(FINANCE, run);
        byte[] before = bed.directDebitFiles.content(file.id());
        Invoice invoice = invoiceOf(martin, run);
        bed.issueCreditNote().issue(FINANCE, new IssueCreditNote.Command(invoice.id(), Money.ofCents(300), "Repas non servi"));

        directDebit.executeFile().execute(FINANCE, file.id());

        assertThat(bed.directDebitFiles.content(file.id())).isEqualTo(before);
        assertThat(invoiceOf(martin, run).balance()).isEqualTo(Money.ofCents(-300));
    }

    @Test
    void a_reject_cancels_the_payment_makes_the_invoice_payable_by_card_and_emails_the_family() {
        sign(martinParent, IBAN);
        BillingRunId run = issueSeptember();
        DirectDebitFile file = directDebit.generateFile().generate(FINANCE, run);
        directDebit.executeFile().execute(FINANCE, file.id());
        Invoice invoice = invoiceOf(martin, run);
        int mailsBefore = bed.town.sentMails().size();

        DirectDebitCollection rejected = directDebit.recordReject().reject(FINANCE, new RecordDirectDebitReject.Command(file.id(), invoice.id(), "AM04"));

        assertThat(rejected.status()).isEqualTo(CollectionStatus.REJECTED);
        Invoice after = invoiceOf(martin, run);
        assertThat(after.payments()).isEmpty();
        assertThat(after.balance()).isEqualTo(after.total());
        assertThat(directDebit.status().collects(after)).isFalse();
        assertThat(directDebit.status().ofInvoice(after).orElseThrow().sentence()).isEqualTo("Prélèvement du 16/11/2026 rejeté : provision insuffisante");
        assertThat(bed.directDebits.of(martin.id(), Regie.SCHOOL).orElseThrow().status()).isEqualTo(MandateStatus.ACTIVE);
        assertThat(bed.town.sentMails().subList(mailsBefore, bed.town.sentMails().size())).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Prélèvement rejeté — facture " + invoice.number());
            assertThat(mail.text()).contains("provision insuffisante").contains("AM04");
        });
        assertThat(refusalCode(() -> directDebit.recordReject().reject(FINANCE, new RecordDirectDebitReject.Command(file.id(), invoice.id(), "AM04"))))
                .isEqualTo("ALREADY_REJECTED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"MD01", "AC04"})
    void no_mandate_or_a_closed_account_revokes_the_mandate(String code) {
        sign(martinParent, IBAN);
        BillingRunId run = issueSeptember();
        DirectDebitFile file = directDebit.generateFile().generate(FINANCE, run);

        directDebit.recordReject().reject(FINANCE, new RecordDirectDebitReject.Command(file.id(), invoiceOf(martin, run).id(), code));

        assertThat(bed.directDebits.ofFamily(martin.id())).singleElement()
                .satisfies(m -> assertThat(m.status()).isEqualTo(MandateStatus.REVOKED));
    }

    @Test
    void two_rejects_in_a_row_suspend_the_mandate() {
        sign(martinParent, IBAN);
        BillingRunId september = issueSeptember();
        DirectDebitFile first = directDebit.generateFile().generate(FINANCE, september);
        directDebit.recordReject().reject(FINANCE, new RecordDirectDebitReject.Command(first.id(), invoiceOf(martin, september).id(), "AM04"));
        directDebit.executeFile().execute(FINANCE, first.id());
        bed.meals(martin.children().get(0).id(), LocalDate.of(2026, 10, 1), 5, MealCharge.BOOKED_MEAL);
        bed.at(Instant.parse("2026-11-02T08:00:00Z"));
        BillingRunId october = bed.issue(SEPTEMBER.plusMonths(1)).run().id();
        DirectDebitFile second = directDebit.generateFile().generate(FINANCE, october);
        // the first collection was rejected: the mandate's first collection is still to come
        assertThat(bed.directDebitFiles.collections(second.id())).singleElement()
                .satisfies(c -> assertThat(c.sequence()).isEqualTo(SequenceType.FRST));

        directDebit.recordReject().reject(FINANCE, new RecordDirectDebitReject.Command(second.id(), invoiceOf(martin, october).id(), "MS02"));

        assertThat(bed.directDebits.ofFamily(martin.id())).singleElement()
                .satisfies(m -> assertThat(m.status()).isEqualTo(MandateStatus.SUSPENDED));
        assertThat(invoiceOf(martin, september).payments()).isEmpty();
    }

    @Test
    void a_reject_names_a_known_code_and_an_invoice_of_the_file() {
        sign(martinParent, IBAN);
        BillingRunId run = issueSeptember();
        DirectDebitFile file = directDebit.generateFile().generate(FINANCE, run);
        InvoiceId invoice = invoiceOf(martin, run).id();

        assertThat(refusalCode(() -> directDebit.recordReject().reject(FINANCE, new RecordDirectDebitReject.Command(file.id(), invoice, "XX99"))))
                .isEqualTo("VALIDATION_FAILED");
        assertThat(refusalCode(() -> directDebit.recordReject().reject(FINANCE, new RecordDirectDebitReject.Command(file.id(),
                invoiceOf(petit, run).id(), "AM04")))).isEqualTo("INVOICE_NOT_IN_FILE");
        assertThat(refusalCode(() -> directDebit.recordReject().reject(BillingTestbed.SCHOOL_AGENT, new RecordDirectDebitReject.Command(file.id(),
                invoice, "AM04")))).isEqualTo("FORBIDDEN");
    }

    @Test
    void every_step_is_audited_without_the_whole_iban() {
        sign(martinParent, IBAN);
        BillingRunId run = issueSeptember();
        DirectDebitFile file = directDebit.generateFile().generate(FINANCE, run);
        directDebit.executeFile().execute(FINANCE, file.id());
        directDebit.recordReject().reject(FINANCE, new RecordDirectDebitReject.Command(file.id(), invoiceOf(martin, run).id(), "AM04"));

        var entries = bed.auditLog.between(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), 100);
        assertThat(entries).extracting(e -> e.action()).contains("MANDATE_SIGNED", "DIRECT_DEBIT_FILE_GENERATED",
                "DIRECT_DEBIT_FILE_EXECUTED", "DIRECT_DEBIT_REJECTED");
        assertThat(entries).allSatisfy(e -> assertThat(e.before() + " " + e.after()).doesNotContain("30006000011234567890"));
    }
}
