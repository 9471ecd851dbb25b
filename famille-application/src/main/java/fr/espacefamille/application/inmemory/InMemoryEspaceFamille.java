package fr.espacefamille.application.inmemory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import fr.espacefamille.application.account.ActivateAccount;
import fr.espacefamille.application.account.ActivationKeyIssuer;
import fr.espacefamille.application.account.Authenticate;
import fr.espacefamille.application.account.ChangePassword;
import fr.espacefamille.application.account.ConfirmApplicantEmail;
import fr.espacefamille.application.account.CreateAgent;
import fr.espacefamille.application.account.CreateApplicantAccount;
import fr.espacefamille.application.account.EmailConfirmationLinks;
import fr.espacefamille.application.account.EnsureAdminAccount;
import fr.espacefamille.application.account.LinkFranceConnect;
import fr.espacefamille.application.account.RecentAccounts;
import fr.espacefamille.application.account.RequestPasswordReset;
import fr.espacefamille.application.account.ResetPassword;
import fr.espacefamille.application.account.SignIn;
import fr.espacefamille.application.account.SignInWithFranceConnect;
import fr.espacefamille.application.account.SignOut;
import fr.espacefamille.application.account.UnlinkFranceConnect;
import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.audit.AuditEntry;
import fr.espacefamille.application.audit.ReadAuditLog;
import fr.espacefamille.application.billing.CanteenConsumption;
import fr.espacefamille.application.billing.CanteenRecordsFeed;
import fr.espacefamille.application.billing.CollectionFileFormat;
import fr.espacefamille.application.billing.ReadDirectDebits;
import fr.espacefamille.application.billing.ExecuteDirectDebitFile;
import fr.espacefamille.application.billing.GenerateDirectDebitFile;
import fr.espacefamille.application.billing.IssueCreditNote;
import fr.espacefamille.application.billing.NurseryBillableHoursFeed;
import fr.espacefamille.application.billing.NurseryConsumption;
import fr.espacefamille.application.billing.ReadBillingRuns;
import fr.espacefamille.application.billing.ReadDirectDebitFiles;
import fr.espacefamille.application.billing.ReadInvoices;
import fr.espacefamille.application.billing.ReadMandates;
import fr.espacefamille.application.billing.ReadMealPrice;
import fr.espacefamille.application.billing.ReadTariffs;
import fr.espacefamille.application.billing.RecordDirectDebitReject;
import fr.espacefamille.application.billing.RecordPayment;
import fr.espacefamille.application.billing.RevokeMandate;
import fr.espacefamille.application.billing.RunMonthlyBilling;
import fr.espacefamille.application.billing.SetCanteenTariff;
import fr.espacefamille.application.billing.SetDirectDebit;
import fr.espacefamille.application.billing.SetNurseryTariff;
import fr.espacefamille.application.billing.SignMandate;
import fr.espacefamille.application.calendar.SetSchoolYear;
import fr.espacefamille.application.canteen.BookCanteenDay;
import fr.espacefamille.application.canteen.BookWeeklyPattern;
import fr.espacefamille.application.canteen.CancelCanteenDay;
import fr.espacefamille.application.canteen.CanteenRecords;
import fr.espacefamille.application.canteen.CheckAttendance;
import fr.espacefamille.application.canteen.EnrolInCanteen;
import fr.espacefamille.application.canteen.ListCanteenAbsences;
import fr.espacefamille.application.canteen.PupilDays;
import fr.espacefamille.application.canteen.ReadAttendanceSheet;
import fr.espacefamille.application.canteen.ReadCanteenDays;
import fr.espacefamille.application.canteen.ReadHeadcounts;
import fr.espacefamille.application.canteen.ReportCanteenAbsence;
import fr.espacefamille.application.commission.AllocateSession;
import fr.espacefamille.application.commission.AnswerOffer;
import fr.espacefamille.application.commission.CommissionContext;
import fr.espacefamille.application.commission.CorrectNurseryAnswers;
import fr.espacefamille.application.commission.CommissionStores;
import fr.espacefamille.application.commission.ConfirmNurseryRequest;
import fr.espacefamille.application.commission.ExpireOffers;
import fr.espacefamille.application.commission.OpenCommissionSession;
import fr.espacefamille.application.commission.PreRegisterChild;
import fr.espacefamille.application.commission.ReadCommissionSessions;
import fr.espacefamille.application.commission.ReadNurseryRequests;
import fr.espacefamille.application.commission.ReadScoringGrid;
import fr.espacefamille.application.commission.RecordBirth;
import fr.espacefamille.application.commission.RecordSessionMembers;
import fr.espacefamille.application.commission.SetScoringGrid;
import fr.espacefamille.application.document.DeleteDocument;
import fr.espacefamille.application.document.ListDocuments;
import fr.espacefamille.application.document.ReadDocument;
import fr.espacefamille.application.document.UploadDocument;
import fr.espacefamille.application.enrolment.DecideSchoolRequest;
import fr.espacefamille.application.enrolment.ManageSchoolSectors;
import fr.espacefamille.application.enrolment.OpenEnrolmentCampaign;
import fr.espacefamille.application.enrolment.ReadSchoolRequests;
import fr.espacefamille.application.enrolment.SchoolRequestMails;
import fr.espacefamille.application.enrolment.SubmitSchoolRequest;
import fr.espacefamille.application.enrolment.WithdrawSchoolRequest;
import fr.espacefamille.application.family.AddChild;
import fr.espacefamille.application.family.ChooseBillingPreference;
import fr.espacefamille.application.family.CreateFamily;
import fr.espacefamille.application.family.CreateSchool;
import fr.espacefamille.application.family.DecideAddressChange;
import fr.espacefamille.application.family.EditFamily;
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
import fr.espacefamille.application.nursery.ListNurseryAbsences;
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
import fr.espacefamille.application.privacy.AnonymiseFamiliesPastRetention;
import fr.espacefamille.application.privacy.ExportFamilyData;
import fr.espacefamille.application.privacy.HoldFamilyData;
import fr.espacefamille.application.privacy.ListFamiliesDueForAnonymisation;
import fr.espacefamille.application.publication.EditNews;
import fr.espacefamille.application.publication.PublishMenu;
import fr.espacefamille.application.publication.PublishNews;
import fr.espacefamille.application.publication.PublishRulesDocument;
import fr.espacefamille.application.publication.ReadMenus;
import fr.espacefamille.application.publication.ReadNews;
import fr.espacefamille.application.publication.ReadRulesDocuments;
import fr.espacefamille.application.publication.WithdrawNews;
import fr.espacefamille.application.publication.WithdrawRulesDocument;
import fr.espacefamille.application.reminder.FollowUpUnpaidInvoices;
import fr.espacefamille.application.reminder.ListTreasuryTransfers;
import fr.espacefamille.application.reminder.ReadReminders;
import fr.espacefamille.application.shared.Mail;
import fr.espacefamille.application.shared.Mailer;
import fr.espacefamille.application.yearly.ReadBillingRate;
import fr.espacefamille.application.yearly.ReadTaxCertificates;
import fr.espacefamille.domain.billing.Creditor;
import fr.espacefamille.domain.billing.CreditorId;
import fr.espacefamille.domain.billing.Iban;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.shared.Town;

/**
 * The whole of Espace Famille running in memory: every use case wired on the in-memory stores of
 * this package, sharing one {@link InMemoryTransactions}, one clock and one mail sink. This is the
 * way to embed the application (a town's kiosk, an accounting bridge) or to test rules without a
 * database or a web server:
 *
 * <pre>{@code
 * InMemoryEspaceFamille town = InMemoryEspaceFamille.start(clock);
 * CreateFamily.Result martin = town.families().create().create(agent, command);
 * town.canteen().book().book(claire, new BookCanteenDay.Command(lea, day));
 * List<Mail> mails = town.sentMails();
 * }</pre>
 *
 * Use cases are grouped by feature ({@link #accounts()}, {@link #families()}, {@link #calendar()},
 * {@link #canteen()}, {@link #nursery()}, {@link #billing()}, {@link #payments()},
 * {@link #documents()}, {@link #publication()}, {@link #audit()}, {@link #schoolEnrolment()},
 * {@link #commission()}, {@link #directDebit()}, {@link #followUp()}, {@link #personalData()});
 * {@link #stores()} gives the stores themselves, to load existing data or look behind the use
 * cases. Outside providers are simulated in the process: card payments go through an
 * {@link InMemoryPaymentGateway}, FranceConnect through an {@link InMemoryIdentityProvider}, and
 * direct-debit files are written by a {@link PlainTextCollectionFileFormat} unless
 * {@link #with(Clock)} is given the bank's format. Billing reads the canteen's day records and the
 * nursery's billable hours, as in the running portal. The town's periodic jobs (reminders, offer
 * expiry, anonymisation) never run by themselves: the embedder calls them, as the portal's
 * schedulers do.
 */
public final class InMemoryEspaceFamille {

    /** Base URL written into mails (activation and reset links, invoice notices). */
    public static final String BASE_URL = "https://famille.example.fr";

    /**
     * The town as SEPA creditor when none is given: its town hall (« Mairie de Savenay ») with an example creditor
     * identifier and one example account for every régie.
     */
    public static Creditor exampleCreditor(Town town) {
        Iban example = new Iban("FR7630001007941234567890185");
        return new Creditor(town.townHall(), new CreditorId("FR72ZZZ123456"), Map.of(Regie.SCHOOL, example, Regie.EARLY_CHILDHOOD, example));
    }

    private final Clock clock;
    private final InMemoryMailer sent = new InMemoryMailer();
    private final Mailer mailer;
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
    private final SchoolEnrolment schoolEnrolment;
    private final Commission commission;
    private final DirectDebit directDebit;
    private final FollowUp followUp;
    private final PersonalData personalData;

    private InMemoryEspaceFamille(Builder settings) {
        this.clock = settings.clock;
        Mailer sink = settings.sink;
        Town town = settings.town;
        BillingFeeds feeds = settings.feeds;
        Mailer mailer = mail -> {
            sent.send(mail);
            sink.send(mail);
        };
        this.mailer = mailer;
        InMemoryTransactions tx = new InMemoryTransactions();
        InMemoryFamilies familyStore = new InMemoryFamilies(tx);
        InMemoryEnrolments enrolments = new InMemoryEnrolments(tx);
        InMemoryNurseryAbsences nurseryAbsences = new InMemoryNurseryAbsences(tx);
        InMemoryAccounts accountStore = new InMemoryAccounts(tx);
        // use cases and sign-ins share the remembering store: an account changed is seen at once by the next request
        RecentAccounts recentAccounts = new RecentAccounts(accountStore, tx, clock);
        InMemorySessions sessionStore = new InMemorySessions(tx);
        InMemoryDocuments documentStore = new InMemoryDocuments(tx);
        InMemoryInvoices invoiceStore = new InMemoryInvoices(tx);
        NurseryStores nurseryStores = new NurseryStores(new InMemoryNurserySettings(tx), new InMemoryNurserySlots(tx),
                new InMemoryOccasionalBookings(tx), new InMemoryRegularContracts(tx), nurseryAbsences, new InMemoryNurseryAttendances(tx),
                familyStore, enrolments);
        stores = new Stores(tx, new InMemoryAuditLog(tx), familyStore, new InMemorySchools(tx), enrolments,
                accountStore, sessionStore, new InMemoryLoginAttempts(tx), new InMemoryActivationKeys(tx),
                new InMemoryPasswordResets(tx), new InMemoryEmailConfirmations(tx), new InMemoryRateLimits(), new InMemoryAddressRequests(tx), documentStore,
                new InMemoryDocumentStore(), new InMemorySchoolYears(tx), new InMemoryPupils(familyStore, enrolments),
                new InMemoryCanteenBookings(tx), new InMemoryCanteenAbsences(tx), new InMemoryCanteenAttendance(tx),
                new InMemoryMenus(tx), new InMemoryNewsItems(tx), new InMemoryRulesDocuments(tx), nurseryStores,
                new InMemoryTariffs(tx), new InMemoryBillingRuns(tx), invoiceStore, new InMemoryInvoiceNumbers(tx),
                new InMemoryDirectDebits(tx), new InMemoryDirectDebitFiles(tx), new InMemoryPaymentAttempts(tx), new InMemoryPaymentNotifications(tx),
                new InMemoryPaymentGateway(), new Pbkdf2PasswordHasher(),
                new InMemorySchoolRequests(tx), new InMemoryEnrolmentCampaigns(tx), new InMemorySchoolSectors(tx), new InMemoryCertificateNumbers(tx),
                new CommissionStores(new InMemoryScoringGrids(tx), new InMemoryNurseryRequests(tx), new InMemoryCommissionSessions(tx),
                        new InMemoryNurseryOffers(tx), familyStore, nurseryStores.contracts(), documentStore, recentAccounts),
                new InMemoryReminders(tx), new InMemoryFamilyRecords(familyStore, accountStore, enrolments, documentStore),
                new InMemoryFamilyRetention(tx, familyStore, accountStore, sessionStore, enrolments, invoiceStore, documentStore),
                new InMemoryFranceConnectLinks(tx), new InMemoryIdentityProvider());
        Stores s = stores;
        Audit auditTrail = new Audit(s.auditLog(), clock);
        DeleteDocument deleteDocument = new DeleteDocument(s.documents(), new InMemoryDocumentUses(s.canteenAbsences()::refersTo,
                nurseryAbsences::refersTo, s.addressRequests()::refersTo), s.documentStore(), tx,
                auditTrail);

        ActivationKeyIssuer keyIssuer = new ActivationKeyIssuer(s.activationKeys(), auditTrail, clock);
        EmailConfirmationLinks confirmationLinks = new EmailConfirmationLinks(s.emailConfirmations(), tx, mailer, town, clock, BASE_URL);
        accounts = new Accounts(
                new ActivateAccount(s.activationKeys(), recentAccounts, s.hasher(), tx, auditTrail, clock),
                new CreateApplicantAccount(recentAccounts, confirmationLinks, s.hasher(), tx, auditTrail, clock),
                new ConfirmApplicantEmail(confirmationLinks, recentAccounts, tx, auditTrail),
                new SignIn(recentAccounts, s.sessions(), s.loginAttempts(), s.hasher(), confirmationLinks, tx, clock),
                new Authenticate(s.sessions(), recentAccounts, clock),
                new SignOut(s.sessions()),
                new ChangePassword(recentAccounts, s.sessions(), s.passwordResets(), s.hasher(), s.loginAttempts(), tx, auditTrail, clock),
                new RequestPasswordReset(recentAccounts, s.passwordResets(), s.rateLimits(), tx, mailer, town, clock, BASE_URL, Runnable::run),
                new ResetPassword(s.passwordResets(), recentAccounts, s.sessions(), s.hasher(), tx, auditTrail, clock),
                new CreateAgent(recentAccounts, s.hasher(), tx, auditTrail, clock),
                new EnsureAdminAccount(recentAccounts, s.hasher(), tx, auditTrail, clock));
        families = new FamilyUseCases(
                new CreateFamily(s.families(), s.schools(), keyIssuer, tx, auditTrail, clock),
                new CreateSchool(s.schools(), tx, auditTrail),
                new FindFamily(s.families(), recentAccounts, s.activationKeys()),
                new ListChildren(s.families(), s.enrolments(), clock),
                new UpdateQuotient(s.families(), tx, auditTrail),
                new ReissueActivationKey(s.families(), recentAccounts, keyIssuer, tx),
                new ShowMyAccount(recentAccounts, s.families(), s.addressRequests(), s.documents()),
                new UpdateContact(recentAccounts, s.families(), s.addressRequests(), s.documents(), tx, auditTrail, clock),
                new ListAddressChanges(s.addressRequests(), s.families(), s.documents()),
                new DecideAddressChange(s.addressRequests(), s.families(), recentAccounts, tx, auditTrail, mailer, town, clock),
                new ChooseBillingPreference(s.families(), tx, auditTrail),
                new EditFamily(s.families(), tx, auditTrail),
                new AddChild(s.families(), s.schools(), tx, auditTrail));
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
                new ListCanteenAbsences(s.pupils(), s.schoolYears(), s.canteenAbsences()),
                canteenRecords);
        NurseryStores ns = s.nursery();
        NurseryBillableHours billableHours = new NurseryBillableHours(ns);
        nursery = new Nursery(
                new UpdateNurserySettings(ns, tx, mailer, town, auditTrail, clock),
                new ListNurserySlots(ns),
                new RegisterRegularContract(ns, tx, auditTrail, clock),
                new RegisterOccasionalCare(ns, tx, auditTrail),
                new EndRegularContract(ns, tx, mailer, town, auditTrail, clock),
                new ListRegularContracts(ns, clock),
                new BookOccasionalCare(ns, tx, auditTrail, clock),
                new ListOccasionalBookings(ns),
                new CancelOccasionalBooking(ns, tx, mailer, town, auditTrail, clock),
                new ReportNurseryAbsence(ns, s.documents(), deleteDocument, tx, mailer, town, auditTrail, clock),
                new RecordNurseryAttendance(ns, tx, auditTrail, clock),
                new NurseryDaySheet(ns),
                new ListWaitingLists(ns, clock),
                billableHours,
                new ListNurseryAbsences(ns, billableHours));
        ReadDirectDebits readDirectDebits = new ReadDirectDebits(s.directDebits(), s.directDebitFiles());
        billing = new Billing(
                new SetCanteenTariff(s.tariffs(), s.billingRuns(), tx, auditTrail),
                new SetNurseryTariff(s.tariffs(), s.billingRuns(), tx, auditTrail),
                new ReadTariffs(s.tariffs(), clock),
                new ReadMealPrice(s.tariffs(), s.families()),
                // notices of new invoices are sent on the caller's thread: nothing runs behind an embedder's back
                new RunMonthlyBilling(s.families(),
                        feeds == null ? new CanteenRecordsFeed(canteenRecords) : feeds.canteen(),
                        feeds == null ? new NurseryBillableHoursFeed(billableHours, s.enrolments()) : feeds.nursery(), s.tariffs(), s.billingRuns(), s.invoices(),
                        s.invoiceNumbers(), recentAccounts, mailer, town, tx, auditTrail, clock, BASE_URL, Runnable::run),
                new ReadBillingRuns(s.billingRuns(), s.invoices()),
                new ReadInvoices(s.invoices(), clock),
                new RecordPayment(s.invoices(), tx, auditTrail, clock),
                new IssueCreditNote(s.invoices(), s.invoiceNumbers(), tx, auditTrail, clock),
                new SetDirectDebit(s.families(), s.directDebits(), tx, auditTrail, clock),
                readDirectDebits);
        Creditor creditor = settings.creditor == null ? exampleCreditor(town) : settings.creditor;
        directDebit = new DirectDebit(
                new SignMandate(s.families(), s.directDebits(), recentAccounts, mailer, town, tx, auditTrail, clock, BASE_URL),
                new RevokeMandate(s.directDebits(), tx, auditTrail, clock),
                new ReadMandates(s.directDebits(), creditor),
                new GenerateDirectDebitFile(s.billingRuns(), s.invoices(), s.directDebits(), s.directDebitFiles(), settings.format, creditor,
                        tx, auditTrail, clock),
                new ReadDirectDebitFiles(s.directDebitFiles()),
                new ExecuteDirectDebitFile(s.directDebitFiles(), s.invoices(), s.directDebits(), tx, auditTrail, clock),
                new RecordDirectDebitReject(s.directDebitFiles(), s.invoices(), s.directDebits(), s.families(), recentAccounts, mailer, town, tx,
                        auditTrail, clock, BASE_URL),
                readDirectDebits);
        followUp = new FollowUp(
                // reminders and transfers are one pass of the town's job: an embedder calls run() when it wants
                new FollowUpUnpaidInvoices(s.invoices(), s.reminders(), readDirectDebits, s.families(), recentAccounts, mailer, town, tx,
                        auditTrail, clock, BASE_URL),
                new ReadReminders(s.invoices(), s.reminders(), clock),
                new ListTreasuryTransfers(s.invoices(), readDirectDebits, clock),
                new ReadTaxCertificates(s.invoices(), s.families(), clock),
                new ReadBillingRate(s.billingRuns(), s.invoices(), ns.attendances(), clock));
        RecordPaymentNotification notifications = new RecordPaymentNotification(s.paymentGateway(), s.paymentAttempts(),
                s.paymentNotifications(), s.invoices(), s.families(), recentAccounts, tx, auditTrail, mailer, town, Runnable::run, clock,
                BASE_URL);
        payments = new Payments(
                new StartCardPayment(s.invoices(), s.families(), recentAccounts, readDirectDebits, s.paymentAttempts(),
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
                new PublishNews(s.news(), s.documentStore(), tx, auditTrail),
                new ReadNews(s.news(), s.documentStore(), clock),
                new EditNews(s.news(), s.documentStore(), tx, auditTrail),
                new WithdrawNews(s.news(), s.documentStore(), tx, auditTrail),
                new PublishRulesDocument(s.rules(), s.documentStore(), tx, auditTrail, clock),
                new ReadRulesDocuments(s.rules(), s.documentStore()),
                new WithdrawRulesDocument(s.rules(), s.documentStore(), tx, auditTrail, new InMemoryOrphanFiles(tx), clock));
        audit = new AuditUseCases(auditTrail, new ReadAuditLog(s.auditLog()));
        SchoolRequestMails requestMails = new SchoolRequestMails(recentAccounts, mailer, town, BASE_URL);
        schoolEnrolment = new SchoolEnrolment(
                new OpenEnrolmentCampaign(s.enrolmentCampaigns(), tx, auditTrail),
                new ManageSchoolSectors(s.schoolSectors(), s.schools(), tx, auditTrail),
                new SubmitSchoolRequest(s.schoolRequests(), s.enrolmentCampaigns(), s.schoolSectors(), s.schools(), s.families(),
                        recentAccounts, s.documents(), requestMails, tx, auditTrail, clock),
                new WithdrawSchoolRequest(s.schoolRequests(), requestMails, tx, auditTrail, clock),
                new ReadSchoolRequests(s.schoolRequests(), s.schools(), s.families()),
                new DecideSchoolRequest(s.schoolRequests(), s.families(), s.schools(), recentAccounts, s.documents(), canteen.enrol(),
                        s.certificateNumbers(), requestMails, tx, auditTrail, clock));
        CommissionContext context = new CommissionContext(s.commission(), tx, auditTrail, mailer, clock, BASE_URL, town);
        ExpireOffers expireOffers = new ExpireOffers(context);
        ReadCommissionSessions readSessions = new ReadCommissionSessions(context, expireOffers);
        commission = new Commission(
                new SetScoringGrid(context),
                new ReadScoringGrid(context),
                new PreRegisterChild(context),
                new RecordBirth(context),
                new ConfirmNurseryRequest(context),
                new ReadNurseryRequests(context, expireOffers),
                new OpenCommissionSession(context),
                new RecordSessionMembers(context),
                new AllocateSession(context, readSessions),
                readSessions,
                new AnswerOffer(context, nursery.registerContract()),
                expireOffers,
                new CorrectNurseryAnswers(context));
        personalData = new PersonalData(
                new SignInWithFranceConnect(s.identityProvider(), s.franceConnectLinks(), recentAccounts, s.sessions(), tx, clock),
                new LinkFranceConnect(accounts.signIn(), s.franceConnectLinks(), s.sessions(), tx, auditTrail, clock),
                new UnlinkFranceConnect(recentAccounts, s.franceConnectLinks(), tx, auditTrail),
                new ExportFamilyData(s.familyRecords(), s.documents(), s.documentStore(), auditTrail),
                new HoldFamilyData(s.familyRetention(), s.families(), tx, auditTrail, clock),
                new ListFamiliesDueForAnonymisation(s.familyRetention()),
                new AnonymiseFamiliesPastRetention(s.familyRetention(), s.documentStore(), s.hasher(), tx, auditTrail, clock));
    }

    /** Espace Famille in memory on {@code clock} (use a fixed or movable clock in {@code Europe/Paris}). */
    public static InMemoryEspaceFamille start(Clock clock) {
        return with(clock).start();
    }

    /** The same, every mail also handed to {@code sink} (e.g. to print or forward them). */
    public static InMemoryEspaceFamille start(Clock clock, Mailer sink) {
        return with(clock).mailSink(sink).start();
    }

    /**
     * The same, billing reading what children consumed from {@code canteen} and {@code nursery}
     * instead of this portal's own canteen and nursery records: for a town whose canteen or nursery
     * runs in another system, or to test billing rules on given consumption.
     */
    public static InMemoryEspaceFamille billingFrom(Clock clock, CanteenConsumption canteen, NurseryConsumption nursery) {
        return with(clock).billingFrom(canteen, nursery).start();
    }

    /**
     * Settings for an Espace Famille in memory on {@code clock}, when the defaults of
     * {@link #start(Clock)} do not suit: a mail sink, billing fed from elsewhere, the town's own SEPA
     * creditor or the bank's file format. {@link Builder#start()} starts it.
     */
    public static Builder with(Clock clock) {
        return new Builder(clock);
    }

    /**
     * What an in-memory Espace Famille is started with; every setting has a default, each method
     * replaces one and refuses {@code null} with a {@link NullPointerException}.
     */
    public static final class Builder {

        private final Clock clock;
        private Mailer sink = mail -> { };
        private BillingFeeds feeds;
        /** Null until given: the example one then names the town's own town hall. */
        private Creditor creditor;
        private Town town = Town.DONGES;
        private CollectionFileFormat format = new PlainTextCollectionFileFormat();

        private Builder(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
        }

        /** Every mail sent is also handed to {@code sink} (by default, mails are only kept for {@link InMemoryEspaceFamille#sentMails()}). */
        public Builder mailSink(Mailer sink) {
            this.sink = Objects.requireNonNull(sink, "sink");
            return this;
        }

        /** Billing reads consumption from {@code canteen} and {@code nursery} (see {@link InMemoryEspaceFamille#billingFrom}). */
        public Builder billingFrom(CanteenConsumption canteen, NurseryConsumption nursery) {
            this.feeds = new BillingFeeds(Objects.requireNonNull(canteen, "canteen"), Objects.requireNonNull(nursery, "nursery"));
            return this;
        }

        /** The town as SEPA creditor, printed on mandates and written in direct-debit files (default {@link InMemoryEspaceFamille#exampleCreditor} of the town). */
        public Builder creditor(Creditor creditor) {
            this.creditor = Objects.requireNonNull(creditor, "creditor");
            return this;
        }

        /** The town whose town hall signs the mails and whose multi-accueil they name (default {@link Town#DONGES}). */
        public Builder town(Town town) {
            this.town = Objects.requireNonNull(town, "town");
            return this;
        }

        /**
         * How direct-debit files are written: the SEPA adapter's pain.008 writer for files a bank
         * takes; by default a {@link PlainTextCollectionFileFormat}.
         */
        public Builder collectionFiles(CollectionFileFormat format) {
            this.format = Objects.requireNonNull(format, "format");
            return this;
        }

        /** Espace Famille with these settings, empty: no school, family, account or tariff yet. */
        public InMemoryEspaceFamille start() {
            return new InMemoryEspaceFamille(this);
        }
    }

    private record BillingFeeds(CanteenConsumption canteen, NurseryConsumption nursery) {
    }

    /** The clock every use case reads. */
    public Clock clock() {
        return clock;
    }

    /**
     * The mailer every use case sends through: what it sends is kept for {@link #sentMails()} and
     * handed to the sink. For a use case an embedder wires on {@link #stores()} with its own twist.
     */
    public Mailer mailer() {
        return mailer;
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

    /** School enrolment online (SPEC §8). */
    public SchoolEnrolment schoolEnrolment() {
        return schoolEnrolment;
    }

    /** The commission of regular nursery care (SPEC §9). */
    public Commission commission() {
        return commission;
    }

    /** Direct debit: mandates, collection files, their execution and rejects (SPEC §10). */
    public DirectDebit directDebit() {
        return directDebit;
    }

    /** Reminders and transfers to the Trésor public (SPEC §11), the yearly documents (SPEC §12). */
    public FollowUp followUp() {
        return followUp;
    }

    /** FranceConnect, and the families' personal data: export, holds, anonymisation (SPEC §13). */
    public PersonalData personalData() {
        return personalData;
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
            InMemoryPaymentGateway paymentGateway, Pbkdf2PasswordHasher hasher, InMemorySchoolRequests schoolRequests,
            InMemoryEnrolmentCampaigns enrolmentCampaigns, InMemorySchoolSectors schoolSectors,
            InMemoryCertificateNumbers certificateNumbers, CommissionStores commission, InMemoryReminders reminders,
            InMemoryFamilyRecords familyRecords, InMemoryFamilyRetention familyRetention,
            InMemoryFranceConnectLinks franceConnectLinks, InMemoryIdentityProvider identityProvider) {
    }

    /** Accounts: activation with a key, applicant accounts (SPEC §8), sign-in, sessions, passwords, staff accounts and the first administrator (SPEC §1). */
    public record Accounts(ActivateAccount activate, CreateApplicantAccount createApplicant,
            ConfirmApplicantEmail confirmApplicant, SignIn signIn, Authenticate authenticate, SignOut signOut,
            ChangePassword changePassword, RequestPasswordReset requestPasswordReset, ResetPassword resetPassword,
            CreateAgent createAgent, EnsureAdminAccount ensureAdmin) {
    }

    /** Families, schools, children, contact details and address changes (SPEC §1). */
    public record FamilyUseCases(CreateFamily create, CreateSchool createSchool, FindFamily find, ListChildren listChildren,
            UpdateQuotient updateQuotient, ReissueActivationKey reissueKey, ShowMyAccount showMyAccount,
            UpdateContact updateContact, ListAddressChanges listAddressChanges, DecideAddressChange decideAddressChange,
            ChooseBillingPreference chooseBillingPreference, EditFamily edit, AddChild addChild) {
    }

    /** The school calendar (SPEC §2). */
    public record Calendar(SetSchoolYear setSchoolYear) {
    }

    /** The school canteen: enrolment, bookings, absences, attendance, headcounts (SPEC §2). */
    public record Canteen(EnrolInCanteen enrol, BookCanteenDay book, CancelCanteenDay cancel, BookWeeklyPattern bookPattern,
            ReadCanteenDays readDays, ReportCanteenAbsence reportAbsence, ReadAttendanceSheet attendanceSheet,
            CheckAttendance checkAttendance, ReadHeadcounts headcounts, ListCanteenAbsences listAbsences, CanteenRecords records) {
    }

    /** The multi-accueil: settings, contracts, occasional care and its waiting list, absences, attendance (SPEC §3). */
    public record Nursery(UpdateNurserySettings updateSettings, ListNurserySlots listSlots,
            RegisterRegularContract registerContract, RegisterOccasionalCare registerOccasional, EndRegularContract endContract,
            ListRegularContracts listContracts, BookOccasionalCare book, ListOccasionalBookings listBookings,
            CancelOccasionalBooking cancel, ReportNurseryAbsence reportAbsence, RecordNurseryAttendance recordAttendance,
            NurseryDaySheet daySheet, ListWaitingLists waitingLists, NurseryBillableHours billableHours,
            ListNurseryAbsences listAbsences) {
    }

    /** Tariffs, monthly billing runs, invoices, staff payments, credit notes, the invoice preference (SPEC §4). */
    public record Billing(SetCanteenTariff setCanteenTariff, SetNurseryTariff setNurseryTariff, ReadTariffs readTariffs,
            ReadMealPrice readMealPrice,
            RunMonthlyBilling run, ReadBillingRuns readRuns, ReadInvoices readInvoices, RecordPayment recordPayment,
            IssueCreditNote issueCreditNote, SetDirectDebit setDirectDebit, ReadDirectDebits readDirectDebits) {
    }

    /**
     * Direct debit (SPEC §10): a guardian signs or revokes a mandate, staff read them, generate a
     * run's collection file, mark it executed and record the bank's rejects.
     */
    public record DirectDebit(SignMandate signMandate, RevokeMandate revokeMandate, ReadMandates readMandates,
            GenerateDirectDebitFile generateFile, ReadDirectDebitFiles readFiles, ExecuteDirectDebitFile executeFile,
            RecordDirectDebitReject recordReject, ReadDirectDebits status) {
    }

    /**
     * School enrolment online (SPEC §8): the year's campaign, the sector map, a family's requests and
     * their withdrawal, staff decisions with the enrolment certificate. Applicant accounts are in
     * {@link Accounts}.
     */
    public record SchoolEnrolment(OpenEnrolmentCampaign openCampaign, ManageSchoolSectors sectors, SubmitSchoolRequest submit,
            WithdrawSchoolRequest withdraw, ReadSchoolRequests read, DecideSchoolRequest decide) {
    }

    /**
     * The commission of regular care (SPEC §9): the scoring grid, pre-registration, birth and
     * confirmation, sessions and their members, the allocation, offers and their answers, and the
     * expiry of unanswered offers ({@link ExpireOffers#run()}: the town's job, called when wanted).
     */
    public record Commission(SetScoringGrid setGrid, ReadScoringGrid readGrid, PreRegisterChild preRegister, RecordBirth recordBirth,
            ConfirmNurseryRequest confirm, ReadNurseryRequests readRequests, OpenCommissionSession openSession,
            RecordSessionMembers recordMembers, AllocateSession allocate, ReadCommissionSessions readSessions, AnswerOffer answerOffer,
            ExpireOffers expireOffers, CorrectNurseryAnswers correctAnswers) {
    }

    /**
     * Unpaid invoices and the yearly documents: the reminders-and-transfers pass
     * ({@link FollowUpUnpaidInvoices#run()}: the town's job, called when wanted), an invoice's
     * reminders, the transfers to the Trésor public (SPEC §11), tax certificates and the billing rate
     * (SPEC §12).
     */
    public record FollowUp(FollowUpUnpaidInvoices followUpUnpaid, ReadReminders readReminders,
            ListTreasuryTransfers treasuryTransfers, ReadTaxCertificates taxCertificates, ReadBillingRate billingRate) {
    }

    /**
     * Personal data (SPEC §13): sign-in with FranceConnect (through the {@link InMemoryIdentityProvider}
     * of {@link #stores()}), linking and unlinking it, the family's data export, holds, the families
     * due for anonymisation and the monthly anonymisation ({@link AnonymiseFamiliesPastRetention#runIfDue()}).
     */
    public record PersonalData(SignInWithFranceConnect franceConnectSignIn, LinkFranceConnect linkFranceConnect,
            UnlinkFranceConnect unlinkFranceConnect, ExportFamilyData export, HoldFamilyData holds,
            ListFamiliesDueForAnonymisation dueForAnonymisation, AnonymiseFamiliesPastRetention anonymise) {
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
            EditNews editNews, WithdrawNews withdrawNews,
            PublishRulesDocument publishRules, ReadRulesDocuments readRules, WithdrawRulesDocument withdrawRules) {
    }

    /** The audit trail: {@link Audit} records, {@link ReadAuditLog} reads for administrators. */
    public record AuditUseCases(Audit trail, ReadAuditLog read) {
    }
}
