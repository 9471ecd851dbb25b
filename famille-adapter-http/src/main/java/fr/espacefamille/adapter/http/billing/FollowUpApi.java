package fr.espacefamille.adapter.http.billing;

import static fr.espacefamille.adapter.http.shared.Web.API;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import fr.espacefamille.adapter.http.shared.Access;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.reminder.ListTreasuryTransfers;
import fr.espacefamille.application.yearly.ReadBillingRate;
import fr.espacefamille.application.yearly.ReadTaxCertificates;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.billing.InvoiceSummary;
import fr.espacefamille.domain.yearly.BillingRate;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** API.md's rows "Reminders, yearly documents (§11, §12)": the transfers to the Trésor public, tax certificates, the CAF billing rate. */
public final class FollowUpApi implements Feature {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TransferJson(String invoiceId, String number, String familyId, String familyName, String regie, String month, LocalDate dueOn,
            long balanceCents, String status, LocalDate transferredOn) {

        static TransferJson of(ListTreasuryTransfers.Row row) {
            InvoiceSummary s = row.invoice();
            return new TransferJson(s.id().toString(), s.number().toString(), s.family().toString(), s.familyName(), s.regie().name(),
                    s.month().toString(), s.dueOn(), s.balance().cents(), row.transferred() ? "TRANSFERRED" : "DUE_FOR_TRANSFER",
                    s.transferredOn());
        }
    }

    record ChildAmountJson(String childId, String firstName, String lastName, LocalDate birthDate, long amountCents) {

        static ChildAmountJson of(ReadTaxCertificates.ChildAmount child) {
            return new ChildAmountJson(child.child().id().toString(), child.child().firstName(), child.child().lastName(),
                    child.child().birthDate(), child.amount().cents());
        }
    }

    record CertificateJson(String familyId, String familyName, long totalCents, List<ChildAmountJson> children) {

        static CertificateJson of(ReadTaxCertificates.Certificate certificate) {
            return new CertificateJson(certificate.family().id().toString(), certificate.family().name(), certificate.total().cents(),
                    certificate.children().stream().map(ChildAmountJson::of).toList());
        }
    }

    record BatchJson(int year, int count, long totalCents, List<CertificateJson> certificates) {
    }

    record RateJson(String month, Long billedHalfHours, long attendedHalfHours, BigDecimal ratePercent, String flag) {

        static RateJson of(String period, BillingRate rate) {
            return new RateJson(period, rate.billedHalfHours(), rate.attendedHalfHours(), rate.percent().orElse(null), rate.flag().name());
        }
    }

    private final ListTreasuryTransfers transfers;
    private final ReadTaxCertificates certificates;
    private final ReadBillingRate billingRate;
    private final Clock clock;

    public FollowUpApi(ListTreasuryTransfers transfers, ReadTaxCertificates certificates, ReadBillingRate billingRate, Clock clock) {
        this.transfers = transfers;
        this.certificates = certificates;
        this.billingRate = billingRate;
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(API + "/admin/treasury-transfers", this::transfers, Access.staff(Role.FINANCE_AGENT));
        routes.get(API + "/tax-certificates/{year}", ctx -> ctx.json(certificates.ofOwnFamily(Web.actor(ctx), year(ctx)).children().stream()
                .map(ChildAmountJson::of).toList()));
        routes.get(API + "/tax-certificates/{year}/pdf", ctx -> FollowUpFiles.certificatesPdf(ctx,
                List.of(certificates.ofOwnFamily(Web.actor(ctx), year(ctx))), false));
        routes.get(API + "/admin/tax-certificates/{year}", ctx -> {
            ReadTaxCertificates.Batch batch = certificates.all(Web.actor(ctx), year(ctx));
            ctx.json(new BatchJson(batch.year().getValue(), batch.certificates().size(), batch.total().cents(),
                    batch.certificates().stream().map(CertificateJson::of).toList()));
        }, Access.staff(Role.FINANCE_AGENT));
        routes.get(API + "/admin/tax-certificates/{year}/pdf", ctx -> FollowUpFiles.certificatesPdf(ctx,
                certificates.all(Web.actor(ctx), year(ctx)).certificates(), true), Access.staff(Role.FINANCE_AGENT));
        routes.get(API + "/admin/nursery/billing-rate", this::billingRate, Access.staff(Role.NURSERY_AGENT, Role.FINANCE_AGENT));
    }

    private void transfers(Context ctx) {
        String on = ctx.queryParam("on");
        ListTreasuryTransfers.Listing listing = transfers.on(Web.actor(ctx), on == null || on.isBlank() ? LocalDate.now(clock)
                : Web.date(on, "on"));
        String accept = ctx.header("Accept");
        if (accept != null && accept.contains("text/csv")) {
            FollowUpFiles.transfersCsv(ctx, listing);
        } else if (accept != null && accept.contains("application/pdf")) {
            FollowUpFiles.transfersPdf(ctx, listing);
        } else {
            ctx.json(listing.rows().stream().map(TransferJson::of).toList());
        }
    }

    private void billingRate(Context ctx) {
        String year = ctx.queryParam("year");
        ReadBillingRate.YearRate rates = billingRate.of(Web.actor(ctx), year == null || year.isBlank()
                ? LocalDate.now(clock).getYear() : FollowUpFiles.year(year));
        String accept = ctx.header("Accept");
        if (accept != null && accept.contains("text/csv")) {
            FollowUpFiles.billingRateCsv(ctx, rates);
        } else {
            ctx.json(rates.months().stream().map(m -> RateJson.of(m.month().toString(), m.rate())).toList());
        }
    }

    private static int year(Context ctx) {
        return FollowUpFiles.year(ctx.pathParam("year"));
    }
}
