package fr.espacefamille.application.billing;

import static fr.espacefamille.application.billing.BillingTestbed.FINANCE;
import static fr.espacefamille.application.billing.BillingTestbed.SEPTEMBER;
import static fr.espacefamille.domain.canteen.MealCharge.CARENCE_DAY;
import static fr.espacefamille.domain.canteen.MealCharge.ABSENCE_NOT_BILLED;
import static fr.espacefamille.domain.canteen.MealCharge.BOOKED_MEAL;
import static fr.espacefamille.domain.canteen.MealCharge.UNBOOKED_MEAL;
import static fr.espacefamille.application.billing.BillingTestbed.refusalCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executor;

import org.junit.jupiter.api.Test;

import fr.espacefamille.application.inmemory.InMemoryEspaceFamille;
import fr.espacefamille.application.shared.Mail;
import fr.espacefamille.application.shared.Mailer;
import fr.espacefamille.domain.billing.BillingRun;
import fr.espacefamille.domain.billing.CanteenDay;
import fr.espacefamille.domain.billing.Invoice;
import fr.espacefamille.domain.billing.InvoiceStatus;
import fr.espacefamille.domain.billing.NurseryMonth;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.Resources;
import fr.espacefamille.domain.shared.Money;
import fr.espacefamille.domain.shared.Town;

class RunMonthlyBillingTest {

    private final BillingTestbed bed = new BillingTestbed();

    @Test
    void worked_example_is_billed_15_50_and_issued_with_the_first_number_of_the_year() {
        Family martin = bed.family("Martin", 450);
        bed.meals(martin, 12, BOOKED_MEAL);
        ChildId lea = martin.children().get(0).id();
        bed.meals(lea, LocalDate.of(2026, 9, 14), 1, UNBOOKED_MEAL);
        bed.meals(lea, LocalDate.of(2026, 9, 15), 1, CARENCE_DAY);
        bed.meals(lea, LocalDate.of(2026, 9, 16), 2, ABSENCE_NOT_BILLED);

        RunMonthlyBilling.Result result = bed.issue(SEPTEMBER);

        assertThat(result.run().status()).isEqualTo(BillingRun.Status.ISSUED);
        assertThat(result.run().invoiceCount()).isEqualTo(1);
        assertThat(result.run().total()).isEqualTo(Money.ofCents(1550));
        Invoice invoice = bed.invoices.byId(result.invoices().get(0).id()).orElseThrow();
        assertThat(invoice.number()).hasToString("AS-2026-000001");
        assertThat(invoice.issuedOn()).isEqualTo(LocalDate.of(2026, 10, 2));
        assertThat(invoice.dueOn()).isEqualTo(LocalDate.of(2026, 11, 15));
        assertThat(invoice.total()).isEqualTo(Money.ofCents(1550));
        assertThat(invoice.lines()).hasSize(3);
        assertThat(invoice.status(LocalDate.of(2026, 10, 2))).isEqualTo(InvoiceStatus.ISSUED);
    }

    @Test
    void families_with_nothing_to_bill_get_no_invoice() {
        Family billed = bed.family("Martin", 450);
        bed.meals(billed, 3, BOOKED_MEAL);
        bed.family("Nguyen", 900);
        Family ill = bed.family("Durand", 300);
        bed.meals(ill, 2, ABSENCE_NOT_BILLED);

        assertThat(bed.issue(SEPTEMBER).invoices()).extracting(RunMonthlyBilling.RunInvoice::family).containsExactly(billed.id());
    }

    @Test
    void a_draft_numbers_nothing_and_a_new_draft_replaces_it() {
        Family martin = bed.family("Martin", 450);
        bed.meals(martin, 3, BOOKED_MEAL);

        RunMonthlyBilling.Result first = bed.draft(SEPTEMBER);
        assertThat(first.run().status()).isEqualTo(BillingRun.Status.DRAFT);
        assertThat(first.invoices()).allSatisfy(i -> assertThat(i.number()).isNull());
        bed.meals(martin.children().get(0).id(), LocalDate.of(2026, 9, 20), 1, BOOKED_MEAL);

        RunMonthlyBilling.Result second = bed.draft(SEPTEMBER);

        assertThat(second.run().total()).isEqualTo(Money.ofCents(400));
        assertThat(bed.runs.byId(first.run().id())).isEmpty();
        assertThat(bed.invoices.byId(first.invoices().get(0).id())).isEmpty();
        assertThat(bed.runs.draft(Regie.SCHOOL, SEPTEMBER)).contains(second.run());
        assertThat(bed.town.sentMails()).as("a draft tells nobody").isEmpty();
    }

    @Test
    void issuing_replaces_the_draft_and_numbers_invoices_consecutively_in_family_order() {
        for (int i = 0; i < 5; i++) {
            bed.meals(bed.family("Famille" + i, 450 + i * 200), 2 + i, BOOKED_MEAL);
        }
        RunMonthlyBilling.Result draft = bed.draft(SEPTEMBER);

        RunMonthlyBilling.Result issued = bed.issue(SEPTEMBER);

        assertThat(issued.invoices()).extracting(i -> i.number().toString())
                .containsExactly("AS-2026-000001", "AS-2026-000002", "AS-2026-000003", "AS-2026-000004", "AS-2026-000005");
        assertThat(issued.invoices()).extracting(i -> i.family().toString()).isSorted();
        assertThat(issued.run().total()).isEqualTo(issued.invoices().stream().map(RunMonthlyBilling.RunInvoice::total)
                .reduce(Money.ZERO, Money::plus));
        assertThat(issued.run().total()).isEqualTo(draft.run().total());
        assertThat(bed.runs.draft(Regie.SCHOOL, SEPTEMBER)).isEmpty();
        assertThat(bed.invoices.byId(draft.invoices().get(0).id())).isEmpty();
    }

    @Test
    void an_issued_month_cannot_be_issued_again_nor_drafted() {
        bed.meals(bed.family("Martin", 450), 3, BOOKED_MEAL);
        bed.issue(SEPTEMBER);

        assertThat(refusalCode(() -> bed.issue(SEPTEMBER))).isEqualTo("MONTH_ALREADY_ISSUED");
        assertThat(refusalCode(() -> bed.draft(SEPTEMBER))).isEqualTo("MONTH_ALREADY_ISSUED");
        assertThat(bed.runs.latest(10)).hasSize(1);
    }

    @Test
    void a_month_is_issued_once_it_is_over_but_may_be_drafted_before() {
        bed.meals(bed.family("Martin", 450), 3, BOOKED_MEAL);
        bed.at(Instant.parse("2026-09-30T20:00:00Z")); // 22:00 in Paris, still September

        assertThat(refusalCode(() -> bed.issue(SEPTEMBER))).isEqualTo("MONTH_NOT_OVER");
        assertThat(bed.draft(SEPTEMBER).invoices()).hasSize(1);
        bed.at(Instant.parse("2026-09-30T22:00:00Z")); // midnight in Paris: 1 October
        assertThat(bed.issue(SEPTEMBER).invoices()).hasSize(1);
    }

    @Test
    void a_month_without_tariff_in_force_on_its_first_day_is_refused() {
        bed.meals(bed.family("Martin", 450), 3, BOOKED_MEAL);

        assertThat(refusalCode(() -> bed.issue(YearMonth.of(2026, 8)))).isEqualTo("TARIFF_MISSING");
    }

    @Test
    void numbering_goes_on_from_month_to_month_and_starts_again_with_the_issue_year() {
        Family martin = bed.family("Martin", 450);
        bed.meals(martin, 3, BOOKED_MEAL);
        bed.meals(martin.children().get(0).id(), LocalDate.of(2026, 10, 1), 2, BOOKED_MEAL);
        bed.meals(martin.children().get(0).id(), LocalDate.of(2026, 12, 1), 2, BOOKED_MEAL);
        bed.issue(SEPTEMBER);
        bed.at(Instant.parse("2026-11-03T08:00:00Z"));
        assertThat(bed.issue(YearMonth.of(2026, 10)).invoices().get(0).number()).hasToString("AS-2026-000002");

        bed.at(Instant.parse("2027-01-05T08:00:00Z"));
        assertThat(bed.issue(YearMonth.of(2026, 12)).invoices().get(0).number()).as("December issued in January")
                .hasToString("AS-2027-000001");
    }

    @Test
    void each_regie_has_its_own_numbering_and_nursery_hours_are_billed_at_the_psu_rate() {
        Family martin = bed.family("Martin", null, new Resources(Money.ofCents(36_000_00), 1, false), 1, false);
        bed.meals(martin, 2, BOOKED_MEAL);
        bed.nursery.put(SEPTEMBER, new NurseryMonth(martin.children().get(0).id(), 20, 0, 0, 0, 0));
        bed.issue(SEPTEMBER);

        RunMonthlyBilling.Result nursery = bed.runMonthlyBilling().run(FINANCE,
                new RunMonthlyBilling.Command(Regie.EARLY_CHILDHOOD, SEPTEMBER, true));

        assertThat(nursery.invoices().get(0).number()).hasToString("PE-2026-000001");
        assertThat(nursery.run().total()).isEqualTo(Money.ofCents(10 * 186));
    }

    @Test
    void online_families_are_emailed_once_the_invoices_are_issued_and_paper_ones_are_not() {
        Family online = bed.family("Martin", 450, Resources.UNDECLARED, 1, true);
        bed.parentOf(online);
        bed.meals(online, 3, BOOKED_MEAL);
        Family paper = bed.family("Nguyen", 450, Resources.UNDECLARED, 1, false);
        bed.parentOf(paper);
        bed.meals(paper, 3, BOOKED_MEAL);

        RunMonthlyBilling.Result result = bed.issue(SEPTEMBER);

        assertThat(result.familiesNotified()).isEqualTo(1);
        List<Mail> sent = bed.town.sentMails();
        assertThat(sent).extracting(Mail::to).containsExactly("martin@example.fr");
        assertThat(sent.get(0).subject()).contains("AS-2026-00000");
        assertThat(sent.get(0).text()).contains(InMemoryEspaceFamille.BASE_URL + "/espace/factures/").contains("septembre 2026").contains("3,00");
        assertThat(result.invoices()).filteredOn(RunMonthlyBilling.RunInvoice::paper).extracting(RunMonthlyBilling.RunInvoice::family)
                .containsExactly(paper.id());
    }

    @Test
    void an_email_that_cannot_be_sent_neither_undoes_the_run_nor_stops_the_other_emails() {
        for (String name : List.of("Martin", "Nguyen", "Durand")) {
            Family family = bed.family(name, 450, Resources.UNDECLARED, 1, true);
            bed.parentOf(family);
            bed.meals(family, 2, BOOKED_MEAL);
        }
        List<Mail> delivered = new ArrayList<>();
        Mailer flaky = mail -> {
            if (mail.to().startsWith("nguyen")) {
                throw new IllegalStateException("SMTP refused");
            }
            delivered.add(mail);
        };
        List<RuntimeException> reported = new ArrayList<>();
        Executor background = task -> {
            try {
                task.run();
            } catch (RuntimeException failure) {
                reported.add(failure);
            }
        };
        RunMonthlyBilling run = new RunMonthlyBilling(bed.families, bed.canteen, bed.nursery, bed.tariffs, bed.runs, bed.invoices,
                bed.numbers, bed.accounts, flaky, Town.DONGES, bed.tx, bed.audit(), bed.clock, "https://famille.donges.fr", background);

        RunMonthlyBilling.Result result = run.run(FINANCE, new RunMonthlyBilling.Command(Regie.SCHOOL, SEPTEMBER, true));

        assertThat(result.familiesNotified()).isEqualTo(3);
        assertThat(delivered).extracting(Mail::to).containsExactlyInAnyOrder("martin@example.fr", "durand@example.fr");
        assertThat(reported).singleElement().satisfies(e -> assertThat(e).hasMessageContaining("1 invoice email(s)"));
        assertThat(bed.runs.issued(Regie.SCHOOL, SEPTEMBER)).isPresent();
    }

    @Test
    void a_failure_in_the_middle_of_a_run_leaves_no_invoice_and_takes_no_number() {
        for (int i = 0; i < RunMonthlyBilling.PAGE + 10; i++) {
            bed.meals(bed.family("Famille" + i, 450), 1, BOOKED_MEAL);
        }
        CanteenConsumption failingOnSecondPage = new CanteenConsumption() {
            private int calls;

            @Override
            public List<CanteenDay> of(Collection<ChildId> children, YearMonth month) {
                if (++calls == 2) {
                    throw new IllegalStateException("canteen unreachable");
                }
                return bed.canteen.of(children, month);
            }
        };
        RunMonthlyBilling failing = new RunMonthlyBilling(bed.families, failingOnSecondPage, bed.nursery, bed.tariffs, bed.runs,
                bed.invoices, bed.numbers, bed.accounts, mail -> { }, Town.DONGES, bed.tx, bed.audit(), bed.clock, "https://famille.donges.fr", Runnable::run);

        assertThatThrownBy(() -> failing.run(FINANCE, new RunMonthlyBilling.Command(Regie.SCHOOL, SEPTEMBER, true)))
                .hasMessageContaining("unreachable");

        assertThat(bed.runs.latest(10)).isEmpty();
        assertThat(bed.invoices.search(InvoiceQuery.ALL, LocalDate.of(2026, 10, 2), 10)).isEmpty();
        RunMonthlyBilling.Result again = bed.issue(SEPTEMBER);
        assertThat(again.invoices()).hasSize(RunMonthlyBilling.PAGE + 10);
        assertThat(again.invoices().get(0).number()).hasToString("AS-2026-000001");
        assertThat(again.invoices().get(again.invoices().size() - 1).number()).hasToString("AS-2026-000510");
    }

    @Test
    void only_finance_staff_run_billing_and_the_run_is_audited() {
        bed.meals(bed.family("Martin", 450), 3, BOOKED_MEAL);

        assertThat(refusalCode(() -> bed.runMonthlyBilling().run(BillingTestbed.SCHOOL_AGENT,
                new RunMonthlyBilling.Command(Regie.SCHOOL, SEPTEMBER, true)))).isEqualTo("FORBIDDEN");
        RunMonthlyBilling.Result result = bed.issue(SEPTEMBER);

        var entries = bed.auditLog.between(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), 10);
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).action()).isEqualTo("BILLING_RUN_ISSUED");
        assertThat(entries.get(0).actor()).isEqualTo("tresorerie");
        assertThat(entries.get(0).target()).isEqualTo(result.run().id().toString());
        assertThat(entries.get(0).after()).contains("\"invoiceCount\":1").contains("AS-2026-000001");
    }
}
