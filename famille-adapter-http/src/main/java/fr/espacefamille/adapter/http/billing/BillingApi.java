package fr.espacefamille.adapter.http.billing;

import static fr.espacefamille.adapter.http.shared.Web.API;

import fr.espacefamille.adapter.http.shared.Access;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.billing.ReadBillingRuns;
import fr.espacefamille.application.billing.ReadInvoices;
import fr.espacefamille.application.billing.RunMonthlyBilling;
import fr.espacefamille.application.billing.SetDirectDebit;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.billing.BillingRunId;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.family.FamilyId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** API.md's staff billing rows: billing runs (with their CSV export and print batch) and direct-debit mandates. */
public final class BillingApi implements Feature {

    private final RunMonthlyBilling runMonthlyBilling;
    private final ReadBillingRuns readRuns;
    private final ReadInvoices readInvoices;
    private final SetDirectDebit setDirectDebit;
    private final InvoiceDownloads downloads;

    BillingApi(RunMonthlyBilling runMonthlyBilling, ReadBillingRuns readRuns, ReadInvoices readInvoices, SetDirectDebit setDirectDebit,
            InvoiceDownloads downloads) {
        this.runMonthlyBilling = runMonthlyBilling;
        this.readRuns = readRuns;
        this.readInvoices = readInvoices;
        this.setDirectDebit = setDirectDebit;
        this.downloads = downloads;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(API + "/admin/billing-runs", this::run, Access.staff(Role.FINANCE_AGENT));
        routes.get(API + "/admin/billing-runs", this::latest, Access.staff(Role.FINANCE_AGENT));
        routes.get(API + "/admin/billing-runs/{id}", this::details, Access.staff(Role.FINANCE_AGENT));
        routes.get(API + "/admin/billing-runs/{id}/invoices.csv", ctx ->
                downloads.csv(ctx, Web.actor(ctx), Web.pathId(ctx, "id", BillingRunId::parse), readInvoices.today()), Access.staff(Role.FINANCE_AGENT));
        routes.get(API + "/admin/billing-runs/{id}/print.pdf", ctx ->
                downloads.printBatch(ctx, Web.actor(ctx), Web.pathId(ctx, "id", BillingRunId::parse), readInvoices.today()), Access.staff(Role.FINANCE_AGENT));
        routes.put(API + "/admin/families/{id}/direct-debit", this::directDebit, Access.staff(Role.FINANCE_AGENT));
    }

    private void run(Context ctx) {
        Actor actor = Web.actor(ctx);
        BillingJson.RunBody body = Web.body(ctx, BillingJson.RunBody.class);
        Regie regie = Web.enumValue(Regie.class, body.regie(), "regie");
        var month = Web.month(body.month(), "month");
        boolean issue = Web.required(body.issue(), "issue");
        ctx.status(201).json(BillingJson.RunJson.of(runMonthlyBilling.run(actor, new RunMonthlyBilling.Command(regie, month, issue))));
    }

    private void latest(Context ctx) {
        Actor actor = Web.actor(ctx);
        ctx.json(readRuns.latest(actor).stream().map(run -> BillingJson.RunJson.of(run, null, null)).toList());
    }

    private void details(Context ctx) {
        Actor actor = Web.actor(ctx);
        var details = readRuns.details(actor, Web.pathId(ctx, "id", BillingRunId::parse));
        ctx.json(BillingJson.RunJson.of(details.run(), details.invoices().stream().map(BillingJson.RunInvoiceJson::of).toList(), null));
    }

    private void directDebit(Context ctx) {
        Actor actor = Web.actor(ctx);
        FamilyId family = Web.pathId(ctx, "id", FamilyId::parse);
        BillingJson.DirectDebitBody body = Web.body(ctx, BillingJson.DirectDebitBody.class);
        Regie regie = Web.enumValue(Regie.class, body.regie(), "regie");
        boolean active = Web.required(body.active(), "active");
        ctx.json(BillingJson.DirectDebitJson.of(setDirectDebit.set(actor, new SetDirectDebit.Command(family, regie, active, body.iban()))));
    }
}
