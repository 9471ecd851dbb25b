package fr.espacefamille.application.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import fr.espacefamille.application.account.Accounts;
import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.billing.ReadDirectDebits;
import fr.espacefamille.application.billing.InvoiceQuery;
import fr.espacefamille.application.billing.Invoices;
import fr.espacefamille.application.billing.ReadInvoices;
import fr.espacefamille.application.family.Families;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Mail;
import fr.espacefamille.application.shared.MailComposer;
import fr.espacefamille.application.shared.Mailer;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.billing.DueDatePolicy;
import fr.espacefamille.domain.billing.Invoice;
import fr.espacefamille.domain.billing.InvoiceId;
import fr.espacefamille.domain.billing.InvoiceStatus;
import fr.espacefamille.domain.billing.InvoiceSummary;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.Guardian;
import fr.espacefamille.domain.reminder.Reminder;
import fr.espacefamille.domain.reminder.ReminderLevel;
import fr.espacefamille.domain.reminder.ReminderSchedule;
import fr.espacefamille.domain.reminder.TreasuryTransferPolicy;
import fr.espacefamille.domain.shared.Town;

/**
 * The job of SPEC §11, run at start-up and then periodically: it reminds unpaid invoices at due +
 * 10 and due + 25 days and transfers them to the Trésor public at due + 40 days (a family's
 * together, once they reach 15.00 €). Invoices collected by direct debit are left to it. Each step
 * happens once whatever restarts or instances run: it is decided again under the invoice's lock,
 * where a payment recorded meanwhile is seen, and the reminder's key (invoice, level) or the
 * transfer's update of a still-untransferred invoice claim it in the database. The mail leaves in
 * the same transaction, last: a failed mail undoes the step, which the next run retries.
 */
public final class FollowUpUnpaidInvoices {

    static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    /** What a run did: the reminders sent, the invoices transferred, and the steps that failed (retried next run). */
    public record Result(List<Reminder> reminders, List<InvoiceId> transferred, List<String> failures) {
    }

    private final Invoices invoices;
    private final Reminders reminders;
    private final ReadDirectDebits directDebits;
    private final Families families;
    private final Accounts accounts;
    private final Mailer mailer;
    private final Town town;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;
    private final String portalUrl;

    public FollowUpUnpaidInvoices(Invoices invoices, Reminders reminders, ReadDirectDebits directDebits, Families families,
            Accounts accounts, Mailer mailer, Town town, Transactions transactions, Audit audit, Clock clock, String portalUrl) {
        this.invoices = invoices;
        this.reminders = reminders;
        this.directDebits = directDebits;
        this.families = families;
        this.accounts = accounts;
        this.mailer = mailer;
        this.town = town;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.portalUrl = portalUrl;
    }

    public Result run() {
        LocalDate today = LocalDate.now(clock);
        List<InvoiceSummary> followed = followed(invoices, directDebits, today);
        Map<InvoiceId, List<Reminder>> sent = reminders.of(followed.stream().map(InvoiceSummary::id).toList());
        List<Reminder> reminded = new ArrayList<>();
        List<InvoiceId> transferred = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (InvoiceSummary invoice : followed) {
            if (ReminderSchedule.reminderDue(invoice.dueOn(), levels(sent.getOrDefault(invoice.id(), List.of())), today).isPresent()) {
                try {
                    remind(invoice.id(), today).ifPresent(reminded::add);
                } catch (RuntimeException failed) {
                    failures.add("relance de " + invoice.number() + " : " + failed.getMessage());
                }
            }
        }
        for (List<InvoiceSummary> family : dueForTransfer(followed, today).values()) {
            try {
                transferred.addAll(transfer(family.stream().map(InvoiceSummary::id).toList(), today));
            } catch (RuntimeException failed) {
                failures.add("transmission des factures de " + family.get(0).familyName() + " : " + failed.getMessage());
            }
        }
        return new Result(reminded, transferred, failures);
    }

    /**
     * Overdue invoices the town still follows up itself: not transferred, not left to a direct debit
     * in progress (an invoice whose collection was rejected is followed up again). Only the invoices
     * of families with a mandate are read whole to tell.
     */
    static List<InvoiceSummary> followed(Invoices invoices, ReadDirectDebits directDebits, LocalDate today) {
        Map<String, Boolean> mandates = new HashMap<>();
        return invoices.search(new InvoiceQuery(null, null, InvoiceStatus.OVERDUE, null), today, ReadInvoices.MAX_RESULTS).stream()
                .filter(s -> !mandates.computeIfAbsent(s.family() + "/" + s.regie(), k -> directDebits.hasActiveMandate(s.family(), s.regie()))
                        || invoices.byId(s.id()).map(invoice -> !directDebits.collects(invoice)).orElse(false))
                .toList();
    }

    /** Per family, its invoices due for transfer on {@code day}, when their balances together reach the threshold. */
    static Map<FamilyId, List<InvoiceSummary>> dueForTransfer(List<InvoiceSummary> followed, LocalDate day) {
        Map<FamilyId, List<InvoiceSummary>> byFamily = followed.stream()
                .filter(s -> ReminderSchedule.transferDue(s.dueOn(), day))
                .collect(Collectors.groupingBy(InvoiceSummary::family, LinkedHashMap::new, Collectors.toList()));
        byFamily.values().removeIf(family -> !TreasuryTransferPolicy.thresholdReached(family.stream().map(InvoiceSummary::balance).toList()));
        return byFamily;
    }

    private static List<ReminderLevel> levels(List<Reminder> sent) {
        return sent.stream().map(Reminder::level).toList();
    }

    /** Whether the town still follows the invoice up, as it stands under its lock. */
    private boolean stillFollowed(Invoice invoice, LocalDate today) {
        return invoice.issued() && !invoice.transferred() && invoice.balance().isPositive()
                && DueDatePolicy.isOverdue(invoice.dueOn(), today) && !directDebits.collects(invoice);
    }

    private Optional<Reminder> remind(InvoiceId id, LocalDate today) {
        return transactions.inTransaction(() -> {
            Optional<Invoice> locked = invoices.lock(id).filter(invoice -> stillFollowed(invoice, today));
            if (locked.isEmpty()) {
                return Optional.empty();
            }
            Invoice invoice = locked.get();
            Optional<ReminderLevel> level = ReminderSchedule.reminderDue(invoice.dueOn(), levels(reminders.of(id)), today);
            if (level.isEmpty()) {
                return Optional.empty();
            }
            Reminder reminder = new Reminder(id, level.get(), today);
            reminders.add(reminder);
            audit.record(Actor.SYSTEM, "INVOICE_REMINDED", invoice.number(), null,
                    AuditJson.of("level", level.get().number(), "balanceCents", invoice.balance().cents()));
            mails(invoice.family(), (guardian, email) -> reminderMail(invoice, reminder, guardian, email));
            return Optional.of(reminder);
        });
    }

    private List<InvoiceId> transfer(List<InvoiceId> ids, LocalDate today) {
        return transactions.inTransaction(() -> {
            // locked in id order, so that two instances transferring the same family wait for each other, never deadlock
            List<Invoice> locked = ids.stream().sorted(Comparator.comparing(InvoiceId::toString))
                    .map(invoices::lock).flatMap(Optional::stream)
                    .filter(invoice -> stillFollowed(invoice, today) && ReminderSchedule.transferDue(invoice.dueOn(), today))
                    .toList();
            if (locked.isEmpty() || !TreasuryTransferPolicy.thresholdReached(locked.stream().map(Invoice::balance).toList())) {
                return List.of();
            }
            for (Invoice invoice : locked) {
                invoices.markTransferred(invoice.id(), today);
                audit.record(Actor.SYSTEM, "INVOICE_TRANSFERRED", invoice.number(), null,
                        AuditJson.of("transferredOn", today, "balanceCents", invoice.balance().cents()));
            }
            mails(locked.get(0).family(), (guardian, email) -> transferMail(locked, guardian, email));
            return locked.stream().map(Invoice::id).toList();
        });
    }

    private interface MailTo {
        Mail to(Guardian guardian, String email);
    }

    /** Each guardian of the family with an account gets the mail; paper families also find reminders in their print batch. */
    private void mails(FamilyId familyId, MailTo mail) {
        Optional<Family> family = families.byId(familyId);
        for (Guardian guardian : family.map(Family::guardians).orElse(List.of())) {
            accounts.byGuardian(guardian.id()).ifPresent(account -> mailer.send(mail.to(guardian, account.email())));
        }
    }

    private Mail reminderMail(Invoice invoice, Reminder reminder, Guardian guardian, String email) {
        MailComposer mail = MailComposer.subject(town, reminder.level().frenchName() + " — facture " + invoice.number() + " : "
                + invoice.balance().toFrench() + " restent à payer")
                .paragraph("Bonjour " + guardian.fullName() + ",")
                .paragraph(ReminderLetter.body(invoice))
                .paragraph(ReminderLetter.HOW_TO_PAY)
                .link("Payer la facture en ligne", portalUrl + "/espace/factures/" + invoice.id());
        if (reminder.level() == ReminderLevel.SECOND) {
            mail.paragraph(ReminderLetter.lastWarning(invoice));
        }
        return mail.paragraph("Si vous avez réglé cette facture entre-temps, merci de ne pas tenir compte de ce message.").to(email);
    }

    private Mail transferMail(List<Invoice> transferred, Guardian guardian, String email) {
        String numbers = transferred.stream().map(i -> i.number() + " (" + i.balance().toFrench() + ")").collect(Collectors.joining(", "));
        return MailComposer.subject(town, transferred.size() == 1 ? "Facture transmise au Trésor public" : "Factures transmises au Trésor public")
                .paragraph("Bonjour " + guardian.fullName() + ",")
                .paragraph("Malgré nos relances, " + (transferred.size() == 1 ? "la facture " + numbers + " reste impayée : elle a été transmise"
                        : "les factures " + numbers + " restent impayées : elles ont été transmises") + " au Trésor public.")
                .paragraph(ReminderLetter.TREASURY)
                .link("Voir vos factures", portalUrl + "/espace/factures")
                .to(email);
    }
}
