package fr.espacefamille.application.inmemory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import fr.espacefamille.application.account.ActivateAccount;
import fr.espacefamille.application.account.ActivationKeyIssuer;
import fr.espacefamille.application.account.Authenticate;
import fr.espacefamille.application.account.ChangePassword;
import fr.espacefamille.application.account.ConfirmApplicantEmail;
import fr.espacefamille.application.account.CreateApplicantAccount;
import fr.espacefamille.application.account.EmailConfirmationLinks;
import fr.espacefamille.application.account.CreateAgent;
import fr.espacefamille.application.account.RequestPasswordReset;
import fr.espacefamille.application.account.ResetPassword;
import fr.espacefamille.application.account.SignIn;
import fr.espacefamille.application.account.SignOut;
import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.audit.AuditEntry;
import fr.espacefamille.application.audit.ReadAuditLog;
import fr.espacefamille.application.billing.CanteenConsumption;
import fr.espacefamille.application.billing.CanteenRecordsFeed;
import fr.espacefamille.application.billing.DirectDebitStatus;
import fr.espacefamille.application.billing.IssueCreditNote;
import fr.espacefamille.application.billing.NurseryBillableHoursFeed;
import fr.espacefamille.application.billing.NurseryConsumption;
import fr.espacefamille.application.billing.ReadBillingRuns;
import fr.espacefamille.application.billing.ReadInvoices;
import fr.espacefamille.application.billing.ReadTariffs;
import fr.espacefamille.application.billing.RecordPayment;
import fr.espacefamille.application.billing.RunMonthlyBilling;
import fr.espacefamille.application.billing.SetCanteenTariff;
import fr.espacefamille.application.billing.RevokeMandate;
import fr.espacefamille.application.billing.SetDirectDebit;
import fr.espacefamille.application.billing.SignMandate;
import fr.espacefamille.application.billing.SetNurseryTariff;
import fr.espacefamille.application.calendar.SetSchoolYear;
import fr.espacefamille.application.canteen.BookCanteenDay;
import fr.espacefamille.application.canteen.BookWeeklyPattern;
import fr.espacefamille.application.canteen.CancelCanteenDay;
import fr.espacefamille.application.canteen.CanteenRecords;
import fr.espacefamille.application.canteen.CheckAttendance;
import fr.espacefamille.application.canteen.EnrolInCanteen;
import fr.espacefamille.application.canteen.PupilDays;
import fr.espacefamille.application.canteen.ReadAttendanceSheet;
import fr.espacefamille.application.canteen.ReadCanteenDays;
import fr.espacefamille.application.canteen.ReadHeadcounts;
import fr.espacefamille.application.canteen.ReportCanteenAbsence;
import fr.espacefamille.application.document.DeleteDocument;
import fr.espacefamille.application.document.ListDocuments;
import fr.espacefamille.application.document.ReadDocument;
import fr.espacefamille.application.document.UploadDocument;
import fr.espacefamille.application.family.ChooseBillingPreference;
import fr.espacefamille.application.family.CreateFamily;
import fr.espacefamille.application.family.CreateSchool;
import fr.espacefamille.application.family.DecideAddressChange;
import fr.espacefamille.application.family.FindFamily;
import fr.espacefamille.application.family.ListAddressChanges;
import fr.espacefamille.application.family.ListChildren;
import fr.espacefamille.application.family.ReissueActivationKey;
import fr.espacefamille.application.family.ShowMyAccount;
import fr.espacefamille.application.family.UpdateContact;
import fr.espacefamille.application.family.UpdateQuotient;
import fr.espacefamille.application.nursery.BookOccasionalCare;
import fr.espacefamille.application.nursery.CancelOccasionalBooking;
import fr.espacefamille.application.nursery.EndRegularContract;
import fr.espacefamille.application.nursery.ListNurserySlots;
import fr.espacefamille.application.nursery.ListOccasionalBookings;
import fr.espacefamille.application.nursery.ListRegularContracts;
import fr.espacefamille.application.nursery.ListWaitingLists;
import fr.espacefamille.application.nursery.NurseryBillableHours;
import fr.espacefamille.application.nursery.NurseryDaySheet;
import fr.espacefamille.application.nursery.NurseryStores;
import fr.espacefamille.application.nursery.RecordNurseryAttendance;
import fr.espacefamille.application.nursery.RegisterOccasionalCare;
import fr.espacefamille.application.nursery.RegisterRegularContract;
import fr.espacefamille.application.nursery.ReportNurseryAbsence;
import fr.espacefamille.application.nursery.UpdateNurserySettings;
import fr.espacefamille.application.payment.ListPaymentAnomalies;
import fr.espacefamille.application.payment.PlaySimulatedPayment;
import fr.espacefamille.application.payment.ReadPaymentStatus;
import fr.espacefamille.application.payment.RecordPaymentNotification;
import fr.espacefamille.application.payment.StartCardPayment;
import fr.espacefamille.application.publication.PublishMenu;
import fr.espacefamille.application.publication.PublishNews;
import fr.espacefamille.application.publication.PublishRulesDocument;
import fr.espacefamille.application.publication.ReadMenus;
import fr.espacefamille.application.publication.ReadNews;
import fr.espacefamille.application.publication.ReadRulesDocuments;
import fr.espacefamille.application.publication.WithdrawRulesDocument;
import fr.espacefamille.application.shared.Mail;
import fr.espacefamille.application.shared.Mailer;

/**
 * The whole of Espace Famille running in memory: every use case wired on the in-memory stores of
 * this package, sharing one {@link InMemoryTransactions}, one clock and one mail sink. This is the
 * way to embed the application (a town's kiosk, an accounting bridge) or to test rules without a
 * database or a web server:
 *
 * <pre>{@code
 * InMemoryEspaceFamille town = InMemoryEspaceFamille.start(clock);
 * CreateFamily.Result martin = town.families().create().create(Actor.SYSTEM, command);
 * town.canteen().book().book(agent, childId, day);
 * List<Mail> mails = town.sentMails();
 * }</pre>
 *
 * Use cases are grouped by feature ({@link #accounts()}, {@link #families()}, {@link #calendar()},
 * {@link #canteen()}, {@link #nursery()}, {@link #billing()}, {@link #payments()},
 * {@link #documents()}, {@link #publication()}, {@link #audit()}); {@link #stores()} gives the
 * stores themselves, to load existing data or look behind the use cases. Card payments go through
 * an {@link InMemoryPaymentGateway}: a simulated provider that never leaves the process. Billing
 * reads the canteen's day records and the nursery's billable hours, as in the running portal.
 */
public final class InMemoryEspaceFamille {

    /** Base URL written into mails (activation and reset links, invoice notices). */
    public static final String BASE_URL = "https://famille.example.fr";

    private final Clock clock;
    private final InMemoryMailer sent = new InMemoryMailer();
    private final Stores stores;
    private final Accounts accounts;
    private final FamilyUseCases families;
    private final Calendar calendar;
    private final Canteen canteen;
    private final Nursery nursery;
    private final Billing billing;
    private final Payments payments;
    private final DocumentUseCases documents;
    private final Publication publication;
    private final AuditUseCases audit;

    private InMemoryEspaceFamille(Clock clock, Mailer sink, BillingFeeds feeds) {
        this.clock = Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(sink, "sink");
        Mailer mailer = mail -> {
            sent.send(mail);
            sink.send(mail);
        };
        InMemoryTransactions tx = new InMemoryTransactions();
        InMemoryFamilies familyStore = new InMemoryFamilies(tx);
        InMemoryEnrolments enrolments = new InMemoryEnrolments(tx);
        InMemoryNurseryAbsences nurseryAbsences = new InMemoryNurseryAbsences(tx);
        stores = new Stores(tx, new InMemoryAuditLog(tx), familyStore, new InMemorySchools(tx), enrolments,
                new InMemoryAccounts(tx), new InMemorySessions(tx), new InMemoryLoginAttempts(tx), new InMemoryActivationKeys(tx),
                new InMemoryPasswordResets(tx), new InMemoryEmailConfirmations(tx), new InMemoryRateLimits(), new InMemoryAddressRequests(tx), new InMemoryDocuments(tx),
                new InMemoryDocumentStore(), new InMemorySchoolYears(tx), new InMemoryPupils(familyStore, enrolments),
                new InMemoryCanteenBookings(tx), new InMemoryCanteenAbsences(tx), new InMemoryCanteenAttendance(tx),
                new InMemoryMenus(tx), new InMemoryNewsItems(tx), new InMemoryRulesDocuments(tx),
                new NurseryStores(new InMemoryNurserySettings(tx), new InMemoryNurserySlots(tx), new InMemoryOccasionalBookings(tx),
                        new InMemoryRegularContracts(tx), nurseryAbsences, new InMemoryNurseryAttendances(tx),
                        familyStore, enrolments),
                new InMemoryTariffs(tx), new InMemoryBillingRuns(tx), new InMemoryInvoices(tx), new InMemoryInvoiceNumbers(tx),
                new InMemoryDirectDebits(tx), new InMemoryDirectDebitFiles(tx), new InMemoryPaymentAttempts(tx), new InMemoryPaymentNotifications(tx),
                new InMemoryPaymentGateway(), new Pbkdf2PasswordHasher());
        Stores s = stores;
        Audit auditTrail = new Audit(s.auditLog(), clock);
        DeleteDocument deleteDocument = new DeleteDocument(s.documents(), new InMemoryDocumentUses(s.canteenAbsences()::refersTo,
                nurseryAbsences::refersTo, s.addressRequests()::refersTo), s.documentStore(), tx,
                auditTrail);

        ActivationKeyIssuer keyIssuer = new ActivationKeyIssuer(s.activationKeys(), auditTrail, clock);
        EmailConfirmationLinks confirmationLinks = new EmailConfirmationLinks(s.emailConfirmations(), tx, mailer, clock, BASE_URL);
        accounts = new Accounts(
                new ActivateAccount(s.activationKeys(), s.accounts(), s.hasher(), tx, auditTrail, clock),
                new CreateApplicantAccount(s.accounts(), confirmationLinks, s.hasher(), tx, auditTrail, clock),
                new ConfirmApplicantEmail(confirmationLinks, s.accounts(), tx, auditTrail),
                new SignIn(s.accounts(), s.sessions(), s.loginAttempts(), s.hasher(), confirmationLinks, tx, clock),
                new Authenticate(s.sessions(), s.accounts(), clock, clock),
                new SignOut(s.sessions()),
                new ChangePassword(s.accounts(), s.sessions(), s.passwordResets(), s.hasher(), s.loginAttempts(), tx, auditTrail, clock),
                new RequestPasswordReset(s.accounts(), s.passwordResets(), s.rateLimits(), tx, mailer, clock, BASE_URL, Runnable::run),
                new ResetPassword(s.passwordResets(), s.accounts(), s.sessions(), s.hasher(), tx, auditTrail, clock),
                new CreateAgent(s.accounts(), s.hasher(), tx, auditTrail, clock));
        families = new FamilyUseCases(
                new CreateFamily(s.families(), s.schools(), keyIssuer, tx, auditTrail, clock),
                new CreateSchool(s.schools(), tx, auditTrail),
                new FindFamily(s.families(), s.accounts(), s.activationKeys()),
                new ListChildren(s.families(), s.enrolments(), clock),
                new UpdateQuotient(s.families(), tx, auditTrail),
                new ReissueActivationKey(s.families(), s.accounts(), keyIssuer, tx),
                new ShowMyAccount(s.accounts(), s.families(), s.addressRequests(), s.documents()),
                new UpdateContact(s.accounts(), s.families(), s.addressRequests(), s.documents(), tx, auditTrail, clock),
                new ListAddressChanges(s.addressRequests(), s.families(), s.documents()),
                new DecideAddressChange(s.addressRequests(), s.families(), s.accounts(), tx, auditTrail, mailer, clock),
                new ChooseBillingPreference(s.families(), tx, auditTrail));
        calendar = new Calendar(new SetSchoolYear(s.schoolYears(), tx, auditTrail));
        ReadAttendanceSheet sheets = new ReadAttendanceSheet(s.schools(), s.pupils(), s.schoolYears(), s.canteenBookings(),
                s.canteenAbsences(), s.canteenAttendance());
        CanteenRecords canteenRecords = new CanteenRecords(s.schoolYears(), s.canteenBookings(), s.canteenAbsences(),
                s.canteenAttendance());
        canteen = new Canteen(
                new EnrolInCanteen(s.pupils(), s.schoolYears(), s.enrolments(), tx, auditTrail),
                new BookCanteenDay(s.pupils(), s.schoolYears(), s.canteenBookings(), s.canteenAbsences(), tx, auditTrail, clock),
                new CancelCanteenDay(s.pupils(), s.schoolYears(), s.canteenBookings(), tx, auditTrail, clock),
                new BookWeeklyPattern(s.pupils(), s.schoolYears(), s.canteenBookings(), tx, auditTrail, clock),
                new ReadCanteenDays(s.pupils(), s.schoolYears(), PupilDays.composed(s.pupils(), s.canteenBookings(),
                        s.canteenAbsences()), clock),
                new ReportCanteenAbsence(s.pupils(), s.schoolYears(), s.canteenBookings(), s.canteenAbsences(), s.documents(),
                        deleteDocument, tx, auditTrail, clock),
                sheets,
                new CheckAttendance(s.schools(), s.pupils(), s.schoolYears(), s.canteenAttendance(), sheets, tx, auditTrail, clock),
                new ReadHeadcounts(s.schools(), s.schoolYears(), s.canteenBookings(), clock),
                canteenRecords);
        NurseryStores ns = s.nursery();
        NurseryBillableHours billableHours = new NurseryBillableHours(ns);
        nursery = new Nursery(
                new UpdateNurserySettings(ns, tx, mailer, auditTrail, clock),
                new ListNurserySlots(ns),
                new RegisterRegularContract(ns, tx, auditTrail, clock),
                new RegisterOccasionalCare(ns, tx, auditTrail),
                new EndRegularContract(ns, tx, mailer, auditTrail, clock),
                new ListRegularContracts(ns, clock),
                new BookOccasionalCare(ns, tx, auditTrail, clock),
                new ListOccasionalBookings(ns),
                new CancelOccasionalBooking(ns, tx, mailer, auditTrail, clock),
                new ReportNurseryAbsence(ns, s.documents(), deleteDocument, tx, mailer, auditTrail, clock),
                new RecordNurseryAttendance(ns, tx, auditTrail, clock),
                new NurseryDaySheet(ns),
                new ListWaitingLists(ns, clock),
                billableHours);
        DirectDebitStatus directDebitStatus = new DirectDebitStatus(s.directDebits(), s.directDebitFiles());
        billing = new Billing(
                new SetCanteenTariff(s.tariffs(), s.billingRuns(), tx, auditTrail),
                new SetNurseryTariff(s.tariffs(), s.billingRuns(), tx, auditTrail),
                new ReadTariffs(s.tariffs(), clock),
                // notices of new invoices are sent on the caller's thread: nothing runs behind an embedder's back
                new RunMonthlyBilling(s.families(),
                        feeds == null ? new CanteenRecordsFeed(canteenRecords) : feeds.canteen(),
                        feeds == null ? new NurseryBillableHoursFeed(billableHours, s.enrolments()) : feeds.nursery(), s.tariffs(), s.billingRuns(), s.invoices(),
                        s.invoiceNumbers(), s.accounts(), mailer, tx, auditTrail, clock, BASE_URL, Runnable::run),
                new ReadBillingRuns(s.billingRuns(), s.invoices()),
                new ReadInvoices(s.invoices(), clock),
                new RecordPayment(s.invoices(), tx, auditTrail, clock),
                new IssueCreditNote(s.invoices(), s.invoiceNumbers(), tx, auditTrail, clock),
                new SetDirectDebit(s.families(), s.directDebits(), tx, auditTrail, clock),
                directDebitStatus,
                new SignMandate(s.families(), s.directDebits(), s.accounts(), mailer, tx, auditTrail, clock, BASE_URL),
                new RevokeMandate(s.directDebits(), tx, auditTrail, clock));
        RecordPaymentNotification notifications = new RecordPaymentNotification(s.paymentGateway(), s.paymentAttempts(),
                s.paymentNotifications(), s.invoices(), s.families(), s.accounts(), tx, auditTrail, mailer, Runnable::run, clock,
                BASE_URL);
        payments = new Payments(
                new StartCardPayment(s.invoices(), s.families(), s.accounts(), directDebitStatus, s.paymentAttempts(),
                        s.paymentGateway(), tx, auditTrail, clock),
                notifications,
                new PlaySimulatedPayment(s.paymentGateway(), s.paymentAttempts(), notifications),
                new ReadPaymentStatus(s.paymentAttempts(), s.invoices(), clock),
                new ListPaymentAnomalies(s.paymentNotifications()));
        documents = new DocumentUseCases(
                new UploadDocument(s.documents(), s.documentStore(), tx, auditTrail, clock),
                new ListDocuments(s.documents()),
                new ReadDocument(s.documents(), s.documentStore()),
                deleteDocument);
        publication = new Publication(
                new PublishMenu(s.menus(), s.schoolYears(), tx, auditTrail),
                new ReadMenus(s.menus()),
                new PublishNews(s.news(), tx, auditTrail),
                new ReadNews(s.news(), clock),
                new PublishRulesDocument(s.rules(), s.documentStore(), tx, auditTrail, clock),
                new ReadRulesDocuments(s.rules(), s.documentStore()),
                new WithdrawRulesDocument(s.rules(), s.documentStore(), tx, auditTrail));
        audit = new AuditUseCases(auditTrail, new ReadAuditLog(s.auditLog()));
    }

    /** Espace Famille in memory on {@code clock} (use a fixed or movable clock in {@code Europe/Paris}). */
    public static InMemoryEspaceFamille start(Clock clock) {
        return new InMemoryEspaceFamille(clock, mail -> { }, null);
    }

    /** The same, every mail also handed to {@code sink} (e.g. to print or forward them). */
    public static InMemoryEspaceFamille start(Clock clock, Mailer sink) {
        return new InMemoryEspaceFamille(clock, sink, null);
    }

    /**
     * The same, billing reading what children consumed from {@code canteen} and {@code nursery}
     * instead of this portal's own canteen and nursery records: for a town whose canteen or nursery
     * runs in another system, or to test billing rules on given consumption.
     */
    public static InMemoryEspaceFamille billingFrom(Clock clock, CanteenConsumption canteen, NurseryConsumption nursery) {
        return new InMemoryEspaceFamille(clock, mail -> { }, new BillingFeeds(Objects.requireNonNull(canteen, "canteen"),
                Objects.requireNonNull(nursery, "nursery")));
    }

    private record BillingFeeds(CanteenConsumption canteen, NurseryConsumption nursery) {
    }

    /** The clock every use case reads. */
    public Clock clock() {
        return clock;
    }

    /** Every mail sent so far, oldest first. */
    public List<Mail> sentMails() {
        return sent.sent();
    }

    /** Every audit entry recorded so far with this {@code action} (e.g. {@code "CANTEEN_BOOKED"}), oldest first. */
    public List<AuditEntry> audited(String action) {
        return stores.auditLog().between(Instant.EPOCH, Instant.parse("3000-01-01T00:00:00Z"), Integer.MAX_VALUE).stream()
                .filter(e -> e.action().equals(action)).toList();
    }

    public Stores stores() {
        return stores;
    }

    public Accounts accounts() {
        return accounts;
    }

    public FamilyUseCases families() {
        return families;
    }

    public Calendar calendar() {
        return calendar;
    }

    public Canteen canteen() {
        return canteen;
    }

    public Nursery nursery() {
        return nursery;
    }

    public Billing billing() {
        return billing;
    }

    public Payments payments() {
        return payments;
    }

    public DocumentUseCases documents() {
        return documents;
    }

    public Publication publication() {
        return publication;
    }

    public AuditUseCases audit() {
        return audit;
    }

    /** The in-memory stores behind the use cases, all in one transaction manager. */
    public record Stores(InMemoryTransactions transactions, InMemoryAuditLog auditLog, InMemoryFamilies families,
            InMemorySchools schools, InMemoryEnrolments enrolments, InMemoryAccounts accounts, InMemorySessions sessions,
            InMemoryLoginAttempts loginAttempts, InMemoryActivationKeys activationKeys, InMemoryPasswordResets passwordResets,
            InMemoryEmailConfirmations emailConfirmations, InMemoryRateLimits rateLimits, InMemoryAddressRequests addressRequests, InMemoryDocuments documents,
            InMemoryDocumentStore documentStore, InMemorySchoolYears schoolYears, InMemoryPupils pupils,
            InMemoryCanteenBookings canteenBookings, InMemoryCanteenAbsences canteenAbsences,
            InMemoryCanteenAttendance canteenAttendance, InMemoryMenus menus, InMemoryNewsItems news,
            InMemoryRulesDocuments rules, NurseryStores nursery, InMemoryTariffs tariffs, InMemoryBillingRuns billingRuns,
            InMemoryInvoices invoices, InMemoryInvoiceNumbers invoiceNumbers, InMemoryDirectDebits directDebits,
            InMemoryDirectDebitFiles directDebitFiles, InMemoryPaymentAttempts paymentAttempts, InMemoryPaymentNotifications paymentNotifications,
            InMemoryPaymentGateway paymentGateway, Pbkdf2PasswordHasher hasher) {
    }

    /** Accounts: activation with a key, applicant accounts (SPEC §8), sign-in, sessions, passwords, staff accounts (SPEC §1). */
    public record Accounts(ActivateAccount activate, CreateApplicantAccount createApplicant,
            ConfirmApplicantEmail confirmApplicant, SignIn signIn, Authenticate authenticate, SignOut signOut,
            ChangePassword changePassword, RequestPasswordReset requestPasswordReset, ResetPassword resetPassword,
            CreateAgent createAgent) {
    }

    /** Families, schools, children, contact details and address changes (SPEC §1). */
    public record FamilyUseCases(CreateFamily create, CreateSchool createSchool, FindFamily find, ListChildren listChildren,
            UpdateQuotient updateQuotient, ReissueActivationKey reissueKey, ShowMyAccount showMyAccount,
            UpdateContact updateContact, ListAddressChanges listAddressChanges, DecideAddressChange decideAddressChange,
            ChooseBillingPreference chooseBillingPreference) {
    }

    /** The school calendar (SPEC §2). */
    public record Calendar(SetSchoolYear setSchoolYear) {
    }

    /** The school canteen: enrolment, bookings, absences, attendance, headcounts (SPEC §2). */
    public record Canteen(EnrolInCanteen enrol, BookCanteenDay book, CancelCanteenDay cancel, BookWeeklyPattern bookPattern,
            ReadCanteenDays readDays, ReportCanteenAbsence reportAbsence, ReadAttendanceSheet attendanceSheet,
            CheckAttendance checkAttendance, ReadHeadcounts headcounts, CanteenRecords records) {
    }

    /** The multi-accueil: settings, contracts, occasional care and its waiting list, absences, attendance (SPEC §3). */
    public record Nursery(UpdateNurserySettings updateSettings, ListNurserySlots listSlots,
            RegisterRegularContract registerContract, RegisterOccasionalCare registerOccasional, EndRegularContract endContract,
            ListRegularContracts listContracts, BookOccasionalCare book, ListOccasionalBookings listBookings,
            CancelOccasionalBooking cancel, ReportNurseryAbsence reportAbsence, RecordNurseryAttendance recordAttendance,
            NurseryDaySheet daySheet, ListWaitingLists waitingLists, NurseryBillableHours billableHours) {
    }

    /** Tariffs, monthly billing runs, invoices, staff payments, credit notes (SPEC §4), direct-debit mandates (SPEC §10). */
    public record Billing(SetCanteenTariff setCanteenTariff, SetNurseryTariff setNurseryTariff, ReadTariffs readTariffs,
            RunMonthlyBilling run, ReadBillingRuns readRuns, ReadInvoices readInvoices, RecordPayment recordPayment,
            IssueCreditNote issueCreditNote, SetDirectDebit setDirectDebit, DirectDebitStatus directDebitStatus,
            SignMandate signMandate, RevokeMandate revokeMandate) {
    }

    /** Card payment through the (simulated) provider (SPEC §5). */
    public record Payments(StartCardPayment start, RecordPaymentNotification recordNotification,
            PlaySimulatedPayment playSimulated, ReadPaymentStatus readStatus, ListPaymentAnomalies anomalies) {
    }

    /** The families' secure documents (SPEC §6). */
    public record DocumentUseCases(UploadDocument upload, ListDocuments list, ReadDocument read, DeleteDocument delete) {
    }

    /** Menus, news and rules documents of the public space (SPEC §6). */
    public record Publication(PublishMenu publishMenu, ReadMenus readMenus, PublishNews publishNews, ReadNews readNews,
            PublishRulesDocument publishRules, ReadRulesDocuments readRules, WithdrawRulesDocument withdrawRules) {
    }

    /** The audit trail: {@link Audit} records, {@link ReadAuditLog} reads for administrators. */
    public record AuditUseCases(Audit trail, ReadAuditLog read) {
    }
}
