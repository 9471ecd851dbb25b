package fr.espacefamille.adapter.http.billing;

import static fr.espacefamille.adapter.http.shared.Web.API;

import fr.espacefamille.adapter.http.shared.Access;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.billing.ExecuteDirectDebitFile;
import fr.espacefamille.application.billing.GenerateDirectDebitFile;
import fr.espacefamille.application.billing.RecordDirectDebitReject;
import fr.espacefamille.application.billing.RevokeMandate;
import fr.espacefamille.application.billing.SignMandate;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.billing.BillingRunId;
import fr.espacefamille.domain.billing.DirectDebitFileId;
import fr.espacefamille.domain.billing.DirectDebitMandate;
import fr.espacefamille.domain.billing.InvoiceId;
import fr.espacefamille.domain.billing.MandateId;
import fr.espacefamille.domain.billing.MandateStatus;
import fr.espacefamille.domain.billing.Regie;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** API.md's "Direct debit (§10)" rows: mandates (parent and staff), the collection files, their execution and rejects. */
public final class DirectDebitApi implements Feature {

    private final DirectDebitWeb.UseCases u;

    DirectDebitApi(DirectDebitWeb.UseCases useCases) {
        this.u = useCases;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(API + "/mandates", this::sign);
        routes.get(API + "/mandates", this::list);
        routes.get(API + "/mandates/{id}", ctx -> ctx.json(BillingJson.MandateJson.of(mandate(ctx))));
        routes.get(API + "/mandates/{id}/pdf", ctx -> DirectDebitWeb.pdf(ctx, mandate(ctx), u.readMandates()));
        routes.delete(API + "/mandates/{id}", this::revoke);
        routes.post(API + "/admin/billing-runs/{id}/direct-debit-file", this::generate, Access.staff(Role.FINANCE_AGENT));
        routes.get(API + "/admin/direct-debit-files", ctx -> ctx.json(u.readFiles().latest(Web.actor(ctx)).stream()
                .map(file -> BillingJson.FileJson.of(file, null)).toList()), Access.staff(Role.FINANCE_AGENT));
        routes.get(API + "/admin/direct-debit-files/{id}", this::file, Access.staff(Role.FINANCE_AGENT));
        routes.post(API + "/admin/direct-debit-files/{id}/executed", this::executed, Access.staff(Role.FINANCE_AGENT));
        routes.post(API + "/admin/direct-debit-files/{id}/rejects", this::reject, Access.staff(Role.FINANCE_AGENT));
    }

    private void sign(Context ctx) {
        Actor actor = Web.actor(ctx);
        BillingJson.MandateBody body = Web.body(ctx, BillingJson.MandateBody.class);
        Regie regie = Web.enumValue(Regie.class, body.regie(), "regie");
        DirectDebitMandate mandate = u.signMandate().sign(actor, new SignMandate.Command(regie, body.holder(), body.iban(), body.consent()));
        ctx.status(201).json(BillingJson.MandateJson.of(mandate));
    }

    private void list(Context ctx) {
        Actor actor = Web.actor(ctx);
        String regie = ctx.queryParam("regie");
        String status = ctx.queryParam("status");
        ctx.json(u.readMandates().list(actor, regie == null || regie.isBlank() ? null : Web.enumValue(Regie.class, regie, "regie"),
                status == null || status.isBlank() ? null : Web.enumValue(MandateStatus.class, status, "status"))
                .stream().map(BillingJson.MandateJson::of).toList());
    }

    private DirectDebitMandate mandate(Context ctx) {
        return u.readMandates().byId(Web.actor(ctx), Web.pathId(ctx, "id", MandateId::parse));
    }

    private void revoke(Context ctx) {
        DirectDebitMandate revoked = u.revokeMandate().revoke(Web.actor(ctx), Web.pathId(ctx, "id", MandateId::parse));
        ctx.json(new BillingJson.RevokedJson(revoked.id().toString(), revoked.status().name()));
    }

    private void generate(Context ctx) {
        var file = u.generateFile().generate(Web.actor(ctx), Web.pathId(ctx, "id", BillingRunId::parse));
        ctx.status(201).json(BillingJson.FileJson.of(file, null));
    }

    private void file(Context ctx) {
        Actor actor = Web.actor(ctx);
        DirectDebitFileId id = Web.pathId(ctx, "id", DirectDebitFileId::parse);
        String accept = ctx.header("Accept");
        if (accept != null && accept.contains("application/xml")) {
            DirectDebitWeb.document(ctx, u.readFiles(), actor, id);
            return;
        }
        var details = u.readFiles().details(actor, id);
        ctx.json(BillingJson.FileJson.of(details.file(), details.collections().stream().map(BillingJson.CollectionJson::of).toList()));
    }

    /** The pain.008 document exactly as generated. */
    private void executed(Context ctx) {
        var file = u.executeFile().execute(Web.actor(ctx), Web.pathId(ctx, "id", DirectDebitFileId::parse));
        ctx.json(BillingJson.FileJson.of(file, null));
    }

    private void reject(Context ctx) {
        Actor actor = Web.actor(ctx);
        DirectDebitFileId id = Web.pathId(ctx, "id", DirectDebitFileId::parse);
        BillingJson.RejectBody body = Web.body(ctx, BillingJson.RejectBody.class);
        InvoiceId invoice = InvoiceId.parse(Web.required(body.invoiceId(), "invoiceId"))
                .orElseThrow(() -> Refusals.invalid("invoiceId", "identifiant de facture invalide"));
        var rejected = u.recordReject().reject(actor, new RecordDirectDebitReject.Command(id, invoice, body.reasonCode()));
        ctx.json(BillingJson.CollectionJson.of(rejected));
    }
}
