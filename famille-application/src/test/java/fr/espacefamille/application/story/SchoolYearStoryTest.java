package fr.espacefamille.application.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.espacefamille.application.account.ActivateAccount;
import fr.espacefamille.application.account.SignIn;
import fr.espacefamille.application.calendar.SetSchoolYear;
import fr.espacefamille.application.canteen.BookCanteenDay;
import fr.espacefamille.application.canteen.BookWeeklyPattern;
import fr.espacefamille.application.canteen.CheckAttendance;
import fr.espacefamille.application.canteen.EnrolInCanteen;
import fr.espacefamille.application.canteen.ReportCanteenAbsence;
import fr.espacefamille.application.document.UploadDocument;
import fr.espacefamille.application.family.CreateFamily;
import fr.espacefamille.application.family.CreateSchool;
import fr.espacefamille.application.inmemory.InMemoryEspaceFamille;
import fr.espacefamille.application.inmemory.MovableClock;
import fr.espacefamille.application.billing.RunMonthlyBilling;
import fr.espacefamille.application.payment.PaymentGateway.SimulatedChoice;
import fr.espacefamille.application.payment.StartCardPayment;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Mail;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.billing.ExampleTariffs;
import fr.espacefamille.domain.billing.Invoice;
import fr.espacefamille.domain.billing.InvoiceLine;
import fr.espacefamille.domain.billing.InvoiceStatus;
import fr.espacefamille.domain.billing.PaymentMethod;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.calendar.HolidayPeriod;
import fr.espacefamille.domain.calendar.SchoolYearLabel;
import fr.espacefamille.domain.canteen.AbsenceReason;
import fr.espacefamille.domain.document.DocumentKind;
import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Grade;
import fr.espacefamille.domain.family.SchoolId;
import fr.espacefamille.domain.shared.Money;
import fr.espacefamille.domain.shared.RefusedException;

/**
 * The town's story of one family's autumn, told on the whole portal in memory: the town hall enrols
 * the Martins and hands Claire her key; she opens her space, books Léa's meals for the term, reports
 * an illness with a certificate; the canteen checks attendance; the régie bills September; Claire
 * pays by card and receives her receipt.
 */
class SchoolYearStoryTest {

    private static final String PASSWORD = "Glycine-Ardoise-Tramway-42";
    private static final byte[] CERTIFICATE = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final MovableClock clock = MovableClock.at(LocalDate.of(2026, 8, 31), LocalTime.of(9, 0));
    private final InMemoryEspaceFamille town = InMemoryEspaceFamille.start(clock);
    private final Actor agent = Actor.staff("agent.ecole", Role.SCHOOL_AGENT);
    private final Actor regisseur = Actor.staff("regisseur", Role.FINANCE_AGENT);

    @Test
    void the_martins_autumn_from_the_town_hall_to_the_card_receipt() {
        // Late August: the town hall prepares the year and the canteen's tariff
        SchoolId pasteur = town.families().createSchool().create(agent, CreateSchool.Command.named("École Louis Pasteur"));
        SchoolYearLabel year = new SchoolYearLabel(2026);
        town.calendar().setSchoolYear().set(agent, SetSchoolYear.Command.of(year, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 3))
                .withHoliday(new HolidayPeriod(LocalDate.of(2026, 10, 17), LocalDate.of(2026, 11, 1), "Toussaint")));
        town.billing().setCanteenTariff().set(regisseur, ExampleTariffs.canteen(LocalDate.of(2026, 9, 1)));

        // The Martins come with their papers: QF 650 (2.50 € a meal), Léa in CE1, Claire's key printed
        CreateFamily.Result martin = town.families().create().create(agent, CreateFamily.Command
                .of("Martin", new Address("12 rue de la Loire", null, "44480", "Donges"))
                .withQuotient(650)
                .withGuardian(CreateFamily.NewGuardian.named("Claire", "Martin").withEmail("claire@example.fr"))
                .withChild(CreateFamily.NewChild.born("Léa", "Martin", LocalDate.of(2018, 3, 14)).atSchool(pasteur, Grade.CE1)));
        ChildId lea = martin.children().get(0);
        town.canteen().enrol().enrol(agent, new EnrolInCanteen.Command(lea, year));

        // Claire opens her space that evening, chooses online invoices and books every Monday, Tuesday and Thursday of September
        town.accounts().activate().activate(new ActivateAccount.Command(martin.guardians().get(0).key().formatted(), "claire.martin",
                PASSWORD, "claire@example.fr"));
        Actor claire = signIn("claire.martin");
        town.families().chooseBillingPreference().choose(claire, true);
        BookWeeklyPattern.Result september = town.canteen().bookPattern().book(claire, new BookWeeklyPattern.Command(lea,
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30), Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY)));
        assertThat(september.booked()).hasSize(13);

        // Friday 4 September she also wants Monday the 7th: too late, Friday 10:00 has passed
        clock.set(LocalDate.of(2026, 9, 4), LocalTime.of(10, 30));
        assertThat(refusal(() -> town.canteen().cancel().cancel(claire, new fr.espacefamille.application.canteen.CancelCanteenDay
                .Command(lea, LocalDate.of(2026, 9, 7))))).isEqualTo("BOOKING_DEADLINE_PASSED");

        // Tuesday 15 September, 11:00, Léa has a fever until Thursday: Tuesday, past its deadline, is the carence day;
        // Thursday, still before its deadline, is simply cancelled
        clock.set(LocalDate.of(2026, 9, 15), LocalTime.of(11, 0));
        var certificate = town.documents().upload().upload(claire, new UploadDocument.Command(DocumentKind.MEDICAL_CERTIFICATE,
                "certificat.pdf", new ByteArrayInputStream(CERTIFICATE)));
        var absence = town.canteen().reportAbsence().report(claire, ReportCanteenAbsence.Command
                .of(lea, LocalDate.of(2026, 9, 15), LocalDate.of(2026, 9, 17), AbsenceReason.ILLNESS).withCertificate(certificate.id()));
        assertThat(absence.days()).containsExactly(LocalDate.of(2026, 9, 15));
        assertThat(absence.cancelled()).containsExactly(LocalDate.of(2026, 9, 17));

        // Friday 11 September, unbooked, Léa stayed for lunch: the canteen's attendance check says so
        town.canteen().checkAttendance().check(agent, new CheckAttendance.Command(pasteur, LocalDate.of(2026, 9, 11),
                List.of(new CheckAttendance.Mark(lea, true))));

        // 1 October: the régie issues September; Claire is told by email
        clock.set(LocalDate.of(2026, 10, 1), LocalTime.of(9, 0));
        RunMonthlyBilling.Result run = town.billing().run().run(regisseur, new RunMonthlyBilling.Command(Regie.SCHOOL,
                YearMonth.of(2026, 9), true));
        Invoice invoice = town.billing().readInvoices().byId(claire, run.invoices().get(0).id());
        assertThat(invoice.lines()).extracting(InvoiceLine::label, InvoiceLine::amount).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Repas réservés", Money.ofCents(11 * 250)),
                org.assertj.core.groups.Tuple.tuple("Jour de carence (absence pour maladie)", Money.ofCents(250)),
                org.assertj.core.groups.Tuple.tuple("Repas non réservés (tarif majoré)", Money.ofCents(250 + 150)));
        assertThat(invoice.total()).isEqualTo(Money.ofCents(11 * 250 + 250 + 400));
        assertThat(mailsTo("claire@example.fr")).extracting(Mail::subject).anyMatch(s -> s.contains("facture"));

        // She pays by card from her phone; the provider's notification records the payment and mails the receipt
        StartCardPayment.Started started = town.payments().start().start(claire, new StartCardPayment.Command(invoice.id()));
        town.payments().playSimulated().play(started.form().fields(), SimulatedChoice.PAY);
        Invoice paid = town.billing().readInvoices().byId(claire, invoice.id());
        assertThat(paid.status(LocalDate.of(2026, 10, 1))).isEqualTo(InvoiceStatus.PAID);
        assertThat(paid.payments()).singleElement().satisfies(p -> assertThat(p.method()).isEqualTo(PaymentMethod.CARD));
        assertThat(mailsTo("claire@example.fr")).extracting(Mail::subject).contains("Paiement reçu — facture " + invoice.number());

        // Nothing left to pay: a second card payment is refused
        assertThat(refusal(() -> town.payments().start().start(claire, new StartCardPayment.Command(invoice.id()))))
                .isEqualTo("NOTHING_TO_PAY");
    }

    private Actor signIn(String login) {
        String token = town.accounts().signIn().signIn(new SignIn.Command(login, PASSWORD)).token();
        return town.accounts().authenticate().byToken(token).orElseThrow().actor();
    }

    private List<Mail> mailsTo(String address) {
        return town.sentMails().stream().filter(m -> m.to().equals(address)).toList();
    }

    private static String refusal(Runnable action) {
        try {
            action.run();
        } catch (RefusedException e) {
            return e.refusal().code();
        }
        throw new AssertionError("not refused");
    }
}
