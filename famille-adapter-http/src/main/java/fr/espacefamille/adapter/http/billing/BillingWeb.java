package fr.espacefamille.adapter.http.billing;

import java.util.List;

import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.application.billing.ReadDirectDebits;
import fr.espacefamille.application.billing.IssueCreditNote;
import fr.espacefamille.application.billing.ReadBillingRuns;
import fr.espacefamille.application.billing.ReadInvoices;
import fr.espacefamille.application.billing.ReadTariffs;
import fr.espacefamille.application.billing.RecordPayment;
import fr.espacefamille.application.billing.RunMonthlyBilling;
import fr.espacefamille.application.billing.SetCanteenTariff;
import fr.espacefamille.application.billing.SetDirectDebit;
import fr.espacefamille.application.billing.SetNurseryTariff;
import fr.espacefamille.application.family.FindFamily;
import fr.espacefamille.application.reminder.ReadReminders;

/** Billing's routes, API and pages, built from its use cases. */
public final class BillingWeb {

    /** What the billing web needs. {@code portalUrl} is the public address printed on invoices. */
    public record UseCases(RunMonthlyBilling runMonthlyBilling, ReadBillingRuns readRuns, ReadInvoices readInvoices,
            RecordPayment recordPayment, IssueCreditNote issueCreditNote, SetDirectDebit setDirectDebit,
            ReadDirectDebits readDirectDebits, SetCanteenTariff setCanteenTariff, SetNurseryTariff setNurseryTariff,
            ReadTariffs readTariffs, FindFamily findFamily, ReadReminders readReminders, String portalUrl) {
    }

    private BillingWeb() {
    }

    public static List<Feature> features(UseCases u) {
        InvoiceDownloads downloads = new InvoiceDownloads(u.readDirectDebits(), u.readRuns(), u.readReminders(), u.portalUrl());
        return List.of(
                new TariffApi(u.setCanteenTariff(), u.setNurseryTariff(), u.readTariffs()),
                new BillingApi(u.runMonthlyBilling(), u.readRuns(), u.readInvoices(), u.setDirectDebit(), downloads),
                new InvoiceApi(u.readInvoices(), u.recordPayment(), u.issueCreditNote(), downloads, u.readReminders()),
                new InvoicePages(u.readInvoices(), u.readDirectDebits(), downloads, u.readReminders()),
                new BillingPages(u.runMonthlyBilling(), u.readRuns(), u.readInvoices(), u.recordPayment(), u.issueCreditNote(),
                        u.setDirectDebit(), u.readDirectDebits(), u.findFamily(), downloads),
                new TariffPages(u.readTariffs(), u.setCanteenTariff(), u.setNurseryTariff()));
    }
}
