package org.example.town;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.espacefamille.application.account.ActivateAccount;
import fr.espacefamille.application.account.SignIn;
import fr.espacefamille.application.billing.RecordPayment;
import fr.espacefamille.application.billing.RunMonthlyBilling;
import fr.espacefamille.application.calendar.SetSchoolYear;
import fr.espacefamille.application.canteen.BookCanteenDay;
import fr.espacefamille.application.canteen.CheckAttendance;
import fr.espacefamille.application.canteen.EnrolInCanteen;
import fr.espacefamille.application.canteen.ReportCanteenAbsence;
import fr.espacefamille.application.document.UploadDocument;
import fr.espacefamille.application.family.CreateFamily;
import fr.espacefamille.application.family.CreateSchool;
import fr.espacefamille.application.inmemory.InMemoryEspaceFamille;
import fr.espacefamille.application.inmemory.MovableClock;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.billing.ExampleTariffs;
import fr.espacefamille.domain.billing.Invoice;
import fr.espacefamille.domain.billing.InvoiceLine;
import fr.espacefamille.domain.billing.InvoiceStatus;
import fr.espacefamille.domain.billing.PaymentMethod;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.calendar.SchoolYearLabel;
import fr.espacefamille.domain.canteen.AbsenceReason;
import fr.espacefamille.domain.document.Document;
import fr.espacefamille.domain.document.DocumentKind;
import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Grade;
import fr.espacefamille.domain.family.SchoolId;
import fr.espacefamille.domain.shared.Money;

/**
 * The README's embedding example, from a package outside {@code fr.espacefamille} so that it can use
 * only the public API. The README shows the lines between the two {@code README} markers, and
 * {@link #the_readme_shows_this_story} keeps the two equal.
 */
class ReadmeStoryTest {

    @Test
    void a_month_of_canteen_from_enrolment_to_a_paid_invoice() {
        // README:BEGIN
        byte[] pdfBytes = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII); // the scanned certificate
        MovableClock clock = MovableClock.at(LocalDate.of(2026, 9, 1), LocalTime.of(8, 0));
        InMemoryEspaceFamille town = InMemoryEspaceFamille.start(clock);
        Actor school = Actor.staff("agent.ecole", Role.SCHOOL_AGENT);
        Actor finance = Actor.staff("regisseur", Role.FINANCE_AGENT);

        // The town's year: a school, the calendar, the canteen's tariff (1.00 € a meal up to QF 500)
        SchoolId pasteur = town.families().createSchool().create(school, CreateSchool.Command.named("École Pasteur"));
        SchoolYearLabel year = new SchoolYearLabel(2026);
        town.calendar().setSchoolYear().set(school, SetSchoolYear.Command.of(year, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 3)));
        town.billing().setCanteenTariff().set(finance, ExampleTariffs.canteen(LocalDate.of(2026, 9, 1)));

        // A family enrolled at the town hall: Claire gets an activation key, Léa eats at the canteen
        CreateFamily.Result martin = town.families().create().create(school, CreateFamily.Command
                .of("Martin", new Address("12 rue de la Loire", null, "44480", "Donges"))
                .withQuotient(450)
                .withGuardian(CreateFamily.NewGuardian.named("Claire", "Martin").withEmail("claire@example.fr"))
                .withChild(CreateFamily.NewChild.born("Léa", "Martin", LocalDate.of(2018, 3, 14)).atSchool(pasteur, Grade.CE1)));
        ChildId lea = martin.children().get(0);
        town.canteen().enrol().enrol(school, new EnrolInCanteen.Command(lea, year));

        // Claire opens her space with the key the town hall gave her, then books Thursday 10, Friday 11 and Monday 14
        String key = martin.guardians().get(0).key().formatted();
        town.accounts().activate().activate(new ActivateAccount.Command(key, "claire.martin", "Glycine-Ardoise-Tramway-42",
                "claire@example.fr"));
        String token = town.accounts().signIn().signIn(new SignIn.Command("claire.martin", "Glycine-Ardoise-Tramway-42")).token();
        Actor claire = town.accounts().authenticate().byToken(token).orElseThrow().actor();
        for (int day : new int[] {10, 11, 14}) {
            town.canteen().book().book(claire, new BookCanteenDay.Command(lea, LocalDate.of(2026, 9, day)));
        }

        // Friday 11:00, Léa is ill from Friday to Monday: Friday is the carence day, Monday is not billed
        clock.set(LocalDate.of(2026, 9, 11), LocalTime.of(11, 0));
        Document certificate = town.documents().upload().upload(claire, new UploadDocument.Command(
                DocumentKind.MEDICAL_CERTIFICATE, "certificat.pdf", new ByteArrayInputStream(pdfBytes)));
        town.canteen().reportAbsence().report(claire, ReportCanteenAbsence.Command
                .of(lea, LocalDate.of(2026, 9, 11), LocalDate.of(2026, 9, 14), AbsenceReason.ILLNESS)
                .withCertificate(certificate.id()));

        // Thursday's attendance: Léa ate
        town.canteen().checkAttendance().check(school, new CheckAttendance.Command(pasteur, LocalDate.of(2026, 9, 10),
                List.of(new CheckAttendance.Mark(lea, true))));

        // On 1 October, September is billed and issued, then Claire pays by cheque at the town hall
        clock.set(LocalDate.of(2026, 10, 1), LocalTime.of(9, 0));
        RunMonthlyBilling.Result september = town.billing().run().run(finance,
                new RunMonthlyBilling.Command(Regie.SCHOOL, YearMonth.of(2026, 9), true));
        Invoice invoice = town.billing().readInvoices().byId(finance, september.invoices().get(0).id());
        for (InvoiceLine line : invoice.lines()) {
            System.out.println(line.label() + " × " + line.quantity() + " = " + line.amount());
        }
        town.billing().recordPayment().record(finance, RecordPayment.Command
                .of(invoice.id(), PaymentMethod.CHEQUE, invoice.total(), LocalDate.of(2026, 10, 1)).withReference("0001234"));
        // README:END

        assertThat(invoice.number().toString()).isEqualTo("AS-2026-000001");
        assertThat(invoice.lines()).extracting(InvoiceLine::amount).containsExactly(Money.ofCents(100), Money.ofCents(100));
        assertThat(invoice.total()).isEqualTo(Money.ofCents(200));
        assertThat(town.billing().readInvoices().byId(finance, invoice.id()).status(LocalDate.of(2026, 10, 1)))
                .isEqualTo(InvoiceStatus.PAID);
        assertThat(town.sentMails()).as("a paper family: the invoice is printed, not announced by email").isEmpty();
    }

    @Test
    void the_readme_shows_this_story() throws IOException {
        String test = Files.readString(Path.of("src/test/java/org/example/town/ReadmeStoryTest.java"));
        String readme = Files.readString(Path.of("../README.md"));
        assertThat(normalised(between(readme, "```java\n", "```"))).isEqualTo(normalised(between(test, "// README:BEGIN\n", "        // README:END")));
    }

    private static String between(String text, String begin, String end) {
        int from = text.indexOf(begin) + begin.length();
        return text.substring(from, text.indexOf(end, from));
    }

    private static String normalised(String code) {
        return code.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce("", (a, b) -> a + b + "\n");
    }
}
