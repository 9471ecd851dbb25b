package fr.espacefamille.application.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import fr.espacefamille.application.billing.IssueCreditNote;
import fr.espacefamille.application.billing.RecordPayment;
import fr.espacefamille.application.inmemory.InMemoryEspaceFamille;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.billing.DirectDebitMandate;
import fr.espacefamille.domain.billing.Iban;
import fr.espacefamille.domain.billing.Invoice;
import fr.espacefamille.domain.billing.InvoiceId;
import fr.espacefamille.domain.billing.InvoiceStatus;
import fr.espacefamille.domain.billing.PaymentMethod;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.reminder.Reminder;
import fr.espacefamille.domain.reminder.ReminderLevel;
import fr.espacefamille.domain.shared.Money;

class FollowUpUnpaidInvoicesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Actor FINANCE = new Actor(AccountId.random(), "tresorerie", Role.FINANCE_AGENT, null, null);
    private static final LocalDate BORN = LocalDate.of(2018, 3, 14);

    private static Instant paris(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, PARIS).toInstant();
    }

    private void pay(ReminderTestbed bed, Invoice invoice, long cents) {
        bed.town.billing().recordPayment().record(FINANCE,
                new RecordPayment.Command(invoice.id(), PaymentMethod.CHEQUE, Money.ofCents(cents), LocalDate.now(bed.clock), null, null));
    }

    private void credit(ReminderTestbed bed, Invoice invoice, long cents) {
        bed.town.billing().issueCreditNote().issue(FINANCE, new IssueCreditNote.Command(invoice.id(), Money.ofCents(cents), "Repas compté à tort"));
    }

    /**
     * Sixty days from 15 March 2026, the job run every six hours (so at every hour of the Paris day
     * as summer time starts on 29 March): each reminder and transfer happens exactly once, on its day.
     */
    @Test
    void over_sixty_days_sends_exactly_the_expected_reminders_and_transfers_each_once_on_its_paris_day() {
        ReminderTestbed bed = new ReminderTestbed(paris(2026, 3, 15, 0, 30));
        LocalDate feb2 = LocalDate.of(2026, 2, 2); // due 15 March
        Invoice unpaid = bed.invoice(bed.family("Martin", true, BORN), 4000, feb2);
        Invoice paidAfterFirst = bed.invoice(bed.family("Nguyen", true, BORN), 3000, feb2);
        Invoice creditedToZero = bed.invoice(bed.family("Durand", true, BORN), 2500, feb2);
        Family petit = bed.family("Petit", true, BORN);
        Invoice petitOld = bed.invoice(petit, 800, LocalDate.of(2026, 1, 5)); // due 15 February: second reminder already due
        Invoice petitNew = bed.invoice(petit, 900, feb2);
        Family leroy = bed.family("Leroy", true, BORN);
        Invoice directDebit = bed.invoice(leroy, 5000, feb2);
        bed.directDebits.add(DirectDebitMandate.sign("RUM-LEROY-1", leroy.id(), Regie.SCHOOL, "Camille Leroy",
                new Iban("FR7630006000011234567890189"), LocalDate.of(2026, 1, 5), true));
        Invoice paper = bed.invoice(bed.family("Moreau", false, BORN), 2000, feb2);
        Invoice small = bed.invoice(bed.family("Roux", true, BORN), 1000, feb2);

        Map<LocalDate, List<String>> happened = new TreeMap<>();
        for (int run = 0; run < 60 * 4; run++) {
            LocalDate today = LocalDate.now(bed.clock);
            if (today.equals(LocalDate.of(2026, 3, 28)) && bed.invoices.byId(paidAfterFirst.id()).orElseThrow().balance().isPositive()) {
                pay(bed, paidAfterFirst, 3000);
                credit(bed, creditedToZero, 2500);
            }
            FollowUpUnpaidInvoices.Result result = bed.job().run();
            assertThat(result.failures()).isEmpty();
            for (Reminder reminder : result.reminders()) {
                assertThat(reminder.sentOn()).isEqualTo(today);
                happened.computeIfAbsent(today, d -> new ArrayList<>()).add(name(bed, reminder.invoice()) + " relance " + reminder.level().number());
            }
            for (InvoiceId id : result.transferred()) {
                happened.computeIfAbsent(today, d -> new ArrayList<>()).add(name(bed, id) + " transmise");
            }
            bed.clock.advance(Duration.ofHours(6));
        }

        happened.values().forEach(Collections::sort);
        assertThat(happened).as("what happened on each day, sorted").containsExactlyEntriesOf(sorted(Map.of(
                LocalDate.of(2026, 3, 15), List.of(numbered(petitOld, "Petit") + " relance 2"),
                LocalDate.of(2026, 3, 25), List.of(numbered(unpaid, "Martin") + " relance 1", numbered(paidAfterFirst, "Nguyen") + " relance 1",
                        numbered(creditedToZero, "Durand") + " relance 1", numbered(petitNew, "Petit") + " relance 1",
                        numbered(paper, "Moreau") + " relance 1", numbered(small, "Roux") + " relance 1"),
                LocalDate.of(2026, 4, 9), List.of(numbered(unpaid, "Martin") + " relance 2", numbered(petitNew, "Petit") + " relance 2",
                        numbered(paper, "Moreau") + " relance 2", numbered(small, "Roux") + " relance 2"),
                LocalDate.of(2026, 4, 24), List.of(numbered(unpaid, "Martin") + " transmise", numbered(paper, "Moreau") + " transmise",
                        numbered(petitOld, "Petit") + " transmise", numbered(petitNew, "Petit") + " transmise"))));
        assertThat(bed.invoices.byId(small.id()).orElseThrow().status(LocalDate.of(2026, 5, 13)))
                .as("10.00 € alone waits for the family's total to reach 15.00 €").isEqualTo(InvoiceStatus.OVERDUE);
        assertThat(bed.invoices.byId(directDebit.id()).orElseThrow().status(LocalDate.of(2026, 5, 13))).isEqualTo(InvoiceStatus.OVERDUE);
        assertThat(bed.reminders.of(directDebit.id())).as("collected by direct debit").isEmpty();
        assertThat(bed.invoices.byId(unpaid.id()).orElseThrow().transferredOn()).isEqualTo(LocalDate.of(2026, 4, 24));
        // mails: Martin 2 + transfer, Nguyen 1, Durand 1, Petit 3 + one transfer mail for both, Roux 2; Moreau has no account
        assertThat(bed.town.sentMails()).hasSize(3 + 1 + 1 + 4 + 2);
        assertThat(bed.town.sentMails()).filteredOn(m -> m.to().equals("martin@example.fr")).extracting(m -> m.subject()).containsExactly(
                "Première relance — facture " + unpaid.number() + "\u00a0: 40,00\u00a0€ restent à payer",
                "Seconde relance — facture " + unpaid.number() + "\u00a0: 40,00\u00a0€ restent à payer",
                "Facture transmise au Trésor public");
        assertThat(bed.town.sentMails().stream().filter(m -> m.to().equals("martin@example.fr")).findFirst().orElseThrow().text()).contains(unpaid.number().toString(), "40,00", "Trésor public",
                InMemoryEspaceFamille.BASE_URL + "/espace/factures/" + unpaid.id());
    }

    private static Map<LocalDate, List<String>> sorted(Map<LocalDate, List<String>> days) {
        Map<LocalDate, List<String>> sorted = new TreeMap<>();
        days.forEach((day, what) -> sorted.put(day, what.stream().sorted().toList()));
        return sorted;
    }

    private static String numbered(Invoice invoice, String family) {
        return family + " " + invoice.number();
    }

    private static String name(ReminderTestbed bed, InvoiceId id) {
        Invoice invoice = bed.invoices.byId(id).orElseThrow();
        return bed.families.byId(invoice.family()).orElseThrow().name() + " " + invoice.number();
    }

    @Test
    void a_payment_recorded_between_the_job_s_read_and_its_write_leaves_the_invoice_unreminded() {
        ReminderTestbed bed = new ReminderTestbed(paris(2026, 3, 25, 9, 0));
        Invoice invoice = bed.invoice(bed.family("Martin", true, BORN), 4000, LocalDate.of(2026, 2, 2));
        var payingMeanwhile = new PayingAfterRead(bed.invoices, () -> pay(bed, invoice, 4000));

        FollowUpUnpaidInvoices.Result result = bed.job(payingMeanwhile).run();

        assertThat(payingMeanwhile.paid()).as("the job had read the invoice unpaid").isTrue();
        assertThat(result.reminders()).isEmpty();
        assertThat(bed.reminders.of(invoice.id())).isEmpty();
        assertThat(bed.town.sentMails()).isEmpty();
    }

    @Test
    void a_payment_between_read_and_write_can_also_bring_a_family_below_the_transfer_threshold() {
        ReminderTestbed bed = new ReminderTestbed(paris(2026, 4, 24, 9, 0));
        Invoice invoice = bed.invoice(bed.family("Martin", true, BORN), 2000, LocalDate.of(2026, 2, 2));
        var payingMeanwhile = new PayingAfterRead(bed.invoices, () -> pay(bed, invoice, 600));

        assertThat(bed.job(payingMeanwhile).run().transferred()).isEmpty();
        assertThat(bed.invoices.byId(invoice.id()).orElseThrow().transferred()).isFalse();
    }

    @Test
    void the_paris_day_decides_even_on_the_night_summer_time_ends() {
        // due 15 October 2026: first reminder on Sunday 25 October, the 25-hour day
        ReminderTestbed bed = new ReminderTestbed(paris(2026, 10, 24, 23, 59));
        Invoice invoice = bed.invoice(bed.family("Martin", true, BORN), 4000, LocalDate.of(2026, 9, 2));

        assertThat(bed.job().run().reminders()).isEmpty();
        bed.clock.advance(Duration.ofMinutes(2)); // 00:01 on 25 October, still summer time: 22:01 UTC on the 24th
        assertThat(bed.job().run().reminders()).containsExactly(new Reminder(invoice.id(), ReminderLevel.FIRST, LocalDate.of(2026, 10, 25)));
        bed.clock.advance(Duration.ofHours(3)); // after 3:00 became 2:00
        assertThat(bed.job().run().reminders()).isEmpty();
    }

    @Test
    void runs_twice_on_the_same_day_change_nothing_the_second_time() {
        ReminderTestbed bed = new ReminderTestbed(paris(2026, 4, 24, 9, 0));
        Invoice invoice = bed.invoice(bed.family("Martin", true, BORN), 4000, LocalDate.of(2026, 2, 2));

        assertThat(bed.job().run().transferred()).containsExactly(invoice.id());
        assertThat(bed.job().run().transferred()).isEmpty();
        assertThat(bed.town.sentMails()).hasSize(1);
    }
}
