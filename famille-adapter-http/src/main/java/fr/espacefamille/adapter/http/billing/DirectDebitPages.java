package fr.espacefamille.adapter.http.billing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.espacefamille.adapter.http.shared.Access;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.PageContext;
import fr.espacefamille.adapter.http.shared.PageForm;
import fr.espacefamille.adapter.http.shared.Pages;
import fr.espacefamille.application.billing.RecordDirectDebitReject;
import fr.espacefamille.application.billing.SignMandate;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.billing.BillingRun;
import fr.espacefamille.domain.billing.BillingRunId;
import fr.espacefamille.domain.billing.CollectionStatus;
import fr.espacefamille.domain.billing.DirectDebitFileId;
import fr.espacefamille.domain.billing.InvoiceId;
import fr.espacefamille.domain.billing.MandateId;
import fr.espacefamille.domain.billing.MandateStatus;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.billing.RejectReason;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Direct debit's pages: a parent subscribes on a phone, sees and revokes their mandates; finance
 * staff list mandates by régie and status, generate a month's file, mark it executed and enter rejects.
 */
final class DirectDebitPages implements Feature {

    private static final String MINE = "/espace/prelevement";
    private static final String STAFF = "/agents/prelevements";

    private final DirectDebitWeb.UseCases u;

    DirectDebitPages(DirectDebitWeb.UseCases useCases) {
        this.u = useCases;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(MINE, ctx -> mine(ctx, Pages.context(ctx, "Prélèvement automatique"), Map.of(), 200));
        routes.post(MINE, this::sign);
        routes.get(MINE + "/{id}/pdf", ctx -> DirectDebitWeb.pdf(ctx, u.readMandates().byId(Pages.actor(ctx), mandateId(ctx)),
                u.readMandates()));
        routes.post(MINE + "/{id}/revoquer", ctx -> {
            var revoked = u.revokeMandate().revoke(Pages.actor(ctx), mandateId(ctx));
            Pages.redirect(ctx, MINE, "Mandat " + revoked.rum() + " révoqué : vos prochaines factures " + revoked.regie().frenchName()
                    + " seront à payer par carte, chèque ou espèces.");
        });
        routes.get(STAFF, ctx -> staff(ctx, Pages.context(ctx, "Prélèvements"), 200), Access.staff(Role.FINANCE_AGENT));
        routes.post(STAFF + "/fichiers", this::generate, Access.staff(Role.FINANCE_AGENT));
        routes.get(STAFF + "/fichiers/{id}", ctx -> file(ctx, Pages.context(ctx, "Fichier de prélèvement"), Map.of(), 200),
                Access.staff(Role.FINANCE_AGENT));
        routes.get(STAFF + "/fichiers/{id}/pain008.xml", ctx -> DirectDebitWeb.document(ctx, u.readFiles(), Pages.actor(ctx), fileId(ctx)),
                Access.staff(Role.FINANCE_AGENT));
        routes.post(STAFF + "/fichiers/{id}/execute", ctx -> {
            var file = u.executeFile().execute(Pages.actor(ctx), fileId(ctx));
            Pages.redirect(ctx, STAFF + "/fichiers/" + file.id(), "Fichier marqué exécuté : les paiements par prélèvement sont enregistrés.");
        }, Access.staff(Role.FINANCE_AGENT));
        routes.post(STAFF + "/fichiers/{id}/rejets", this::reject, Access.staff(Role.FINANCE_AGENT));
        routes.post(STAFF + "/mandats/{id}/revoquer", ctx -> {
            var revoked = u.revokeMandate().revoke(Pages.actor(ctx), mandateId(ctx));
            Pages.redirect(ctx, STAFF, "Mandat " + revoked.rum() + " révoqué.");
        }, Access.staff(Role.FINANCE_AGENT));
    }

    private static MandateId mandateId(Context ctx) {
        return MandateId.parse(ctx.pathParam("id")).orElseThrow(Refusals::notFound);
    }

    private static DirectDebitFileId fileId(Context ctx) {
        return DirectDebitFileId.parse(ctx.pathParam("id")).orElseThrow(Refusals::notFound);
    }

    private void mine(Context ctx, PageContext page, Map<String, String> values, int status) {
        Actor actor = Pages.actor(ctx);
        if (actor.isStaff()) {
            ctx.redirect(STAFF);
            return;
        }
        Map<String, String> shown = new HashMap<>(Map.of("regie", "SCHOOL", "holder", "", "iban", ""));
        shown.putAll(values);
        ctx.status(status);
        Pages.render(ctx, "billing/my-mandates.jte", page, Map.of("mandates", u.readMandates().list(actor, null, null),
                "regies", Regie.values(), "values", shown, "creditor", u.readMandates().creditor()));
    }

    private void sign(Context ctx) {
        Actor actor = Pages.actor(ctx);
        PageForm form = PageForm.of(ctx).code("INVALID_IBAN", "iban").field("consent", "consent");
        PageForm.Field<Regie> regie = form.required("regie", Regie.class, "Choisissez la régie à prélever.");
        form.submit(() -> u.signMandate().sign(actor, new SignMandate.Command(regie.get(), form.text("holder"), form.text("iban"),
                        form.has("consent"))))
                .then(mandate -> Pages.redirect(ctx, MINE, "Mandat signé : référence " + mandate.rum() + ". Les factures "
                        + mandate.regie().frenchName() + " seront prélevées sur le compte " + mandate.iban().masked() + "."))
                .orShow(errors -> mine(ctx, Pages.context(ctx, "Prélèvement automatique").withErrors(errors), form.values(), 422));
    }

    private void staff(Context ctx, PageContext page, int status) {
        Actor actor = Pages.actor(ctx);
        Regie regie = ctx.queryParam("regie") == null || ctx.queryParam("regie").isBlank() ? null
                : Regie.valueOf(known(ctx.queryParam("regie"), Regie.class));
        MandateStatus state = ctx.queryParam("etat") == null || ctx.queryParam("etat").isBlank() ? null
                : MandateStatus.valueOf(known(ctx.queryParam("etat"), MandateStatus.class));
        List<BillingRun> issued = u.readRuns().latest(actor).stream().filter(BillingRun::issued).toList();
        ctx.status(status);
        Map<String, Object> model = new HashMap<>();
        model.put("mandates", u.readMandates().list(actor, regie, state));
        model.put("files", u.readFiles().latest(actor));
        model.put("runs", issued);
        model.put("regies", Regie.values());
        model.put("statuses", MandateStatus.values());
        model.put("regie", regie == null ? "" : regie.name());
        model.put("state", state == null ? "" : state.name());
        Pages.render(ctx, "billing/direct-debits.jte", page, model);
    }

    /** An enum's name from a query string, or 404 like any unknown address. */
    private static <E extends Enum<E>> String known(String text, Class<E> type) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(text)) {
                return text;
            }
        }
        throw Refusals.notFound();
    }

    private void generate(Context ctx) {
        Actor actor = Pages.actor(ctx);
        PageForm form = PageForm.of(ctx).fallback("run");
        PageForm.Field<BillingRunId> run = form.required("run", BillingRunId::parse, "Choisissez le mois émis à prélever.");
        form.submit(() -> u.generateFile().generate(actor, run.get()))
                .then(file -> Pages.redirect(ctx, STAFF + "/fichiers/" + file.id(), "Fichier de prélèvement généré : " + file.count()
                        + " facture" + (file.count() > 1 ? "s" : "") + " pour " + BillingFormat.money(file.total()) + "."))
                .orShow(errors -> staff(ctx, Pages.context(ctx, "Prélèvements").withErrors(errors), 422));
    }

    private void file(Context ctx, PageContext page, Map<String, String> values, int status) {
        Actor actor = Pages.actor(ctx);
        var details = u.readFiles().details(actor, fileId(ctx));
        ctx.status(status);
        Pages.render(ctx, "billing/direct-debit-file.jte", page.withTitle("Fichier de prélèvement " + details.file().messageId()),
                Map.of("file", details.file(), "collections", details.collections(), "reasons", RejectReason.values(),
                        "rejectable", details.collections().stream().filter(c -> c.status() != CollectionStatus.REJECTED).toList(),
                        "values", values));
    }

    private void reject(Context ctx) {
        Actor actor = Pages.actor(ctx);
        DirectDebitFileId id = fileId(ctx);
        PageForm form = PageForm.of(ctx).field("reasonCode", "reason").codes(Map.of("INVOICE_NOT_IN_FILE", "invoice",
                "ALREADY_REJECTED", "invoice")).fallback("invoice");
        PageForm.Field<InvoiceId> invoice = form.required("invoice", InvoiceId::parse, "Choisissez la facture rejetée.");
        PageForm.Field<String> reason = form.required("reason", "Choisissez le motif du rejet.");
        form.submit(() -> u.recordReject().reject(actor, new RecordDirectDebitReject.Command(id, invoice.get(), reason.get())))
                .then(rejected -> Pages.redirect(ctx, STAFF + "/fichiers/" + id, "Rejet enregistré pour la facture " + rejected.number()
                        + " (" + rejected.reason().frenchLabel().toLowerCase(java.util.Locale.FRENCH) + ") : la famille est prévenue."))
                .orShow(errors -> file(ctx, Pages.context(ctx, "Fichier de prélèvement").withErrors(errors), form.values(), 422));
    }
}
