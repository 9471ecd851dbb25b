package fr.espacefamille.adapter.http.payment;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.espacefamille.adapter.http.shared.Access;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.LocalTarget;
import fr.espacefamille.adapter.http.shared.PageForm;
import fr.espacefamille.adapter.http.shared.Pages;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.payment.ListPaymentAnomalies;
import fr.espacefamille.application.payment.PaymentGateway.SimulatedChoice;
import fr.espacefamille.application.payment.PaymentGateway.SimulatedPayment;
import fr.espacefamille.application.payment.PlaySimulatedPayment;
import fr.espacefamille.application.payment.ReadPaymentStatus;
import fr.espacefamille.application.payment.ReadPaymentStatus.PaymentStatus;
import fr.espacefamille.application.payment.StartCardPayment;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.billing.InvoiceId;
import fr.espacefamille.domain.shared.Money;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * The parent's « Payer » (a page whose signed form posts itself to the provider), the return pages
 * that show what the notifications recorded, the staff's anomalies page, and the simulator's page.
 */
public final class PaymentPages implements Feature {

    /** The simulator's page; exempt from the CSRF check because it plays the provider's site (its form's PBX_HMAC is checked). */
    static final String SIMULATOR_PATH = "/paybox/simulateur";

    private final StartCardPayment startCardPayment;
    private final ReadPaymentStatus readStatus;
    private final ListPaymentAnomalies listAnomalies;
    private final PlaySimulatedPayment simulator;
    private final boolean simulated;

    PaymentPages(StartCardPayment startCardPayment, ReadPaymentStatus readStatus, ListPaymentAnomalies listAnomalies,
            PlaySimulatedPayment simulator, boolean simulated) {
        this.startCardPayment = startCardPayment;
        this.readStatus = readStatus;
        this.listAnomalies = listAnomalies;
        this.simulator = simulator;
        this.simulated = simulated;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/espace/factures/{id}/payer", this::pay);
        routes.get("/espace/paiement/effectue", this::status);
        routes.get("/espace/paiement/refuse", this::status);
        routes.get("/espace/paiement/annule", this::status);
        routes.get("/agents/paiements/anomalies", ctx -> Pages.render(ctx, "payment/anomalies.jte",
                Pages.context(ctx, "Anomalies de paiement"), Map.of("anomalies", listAnomalies.list(Pages.actor(ctx)))),
                Access.staff(Role.FINANCE_AGENT));
        if (simulated) {
            routes.post(SIMULATOR_PATH, this::simulator);
        }
    }

    private void pay(Context ctx) {
        Actor actor = Pages.actor(ctx);
        InvoiceId id = Web.pathId(ctx, "id", InvoiceId::parse);
        PageForm.of(ctx).submit(() -> startCardPayment.start(actor, new StartCardPayment.Command(id)))
                .then(started -> {
                    // the simulator is this portal, whatever public address the signed fields name
                    String action = simulated ? local(started.form().action()) : started.form().action();
                    Pages.render(ctx, "payment/redirect.jte", Pages.context(ctx, "Paiement par carte"), Map.of("action", action,
                            "fields", started.form().fields(), "amount", started.amount()));
                })
                .orRedirect("/espace/factures/" + id);
    }

    private void status(Context ctx) {
        PaymentStatus status = readStatus.of(Pages.actor(ctx), ctx.queryParam("ref"));
        Pages.render(ctx, "payment/status.jte", Pages.context(ctx, heading(status)), Map.of("status", status));
    }

    static String heading(PaymentStatus status) {
        return switch (status.attempt().status()) {
            case PAID -> "Paiement accepté";
            case REFUSED -> "Paiement refusé";
            case CANCELLED -> "Paiement annulé";
            case ANOMALY -> "Paiement en cours de vérification";
            case PENDING -> "Paiement en attente de confirmation";
        };
    }

    private void simulator(Context ctx) {
        Map<String, String> fields = new LinkedHashMap<>();
        ctx.formParamMap().forEach((name, values) -> {
            if (name.startsWith("PBX_") && !values.isEmpty()) {
                fields.put(name, values.get(0));
            }
        });
        String choice = ctx.formParam("choix");
        if (choice == null) {
            SimulatedPayment payment = simulator.read(fields);
            Pages.render(ctx, "payment/simulator.jte", Pages.context(ctx, "Simulateur de paiement"), Map.of("fields", fields,
                    "amount", Money.ofCents(payment.amountCents()), "reference", payment.reference(), "payer", payment.payerEmail(),
                    "choices", List.of(new Choice(SimulatedChoice.PAY, "Payer"), new Choice(SimulatedChoice.REFUSE, "Refuser"),
                            new Choice(SimulatedChoice.CANCEL, "Annuler"))));
            return;
        }
        String back = simulator.play(fields, Web.enumValue(SimulatedChoice.class, choice, "choix"));
        // the return URLs are signed with the public test key: anyone can forge them
        ctx.redirect(LocalTarget.ofUrl(back).orElse("/espace"), HttpStatus.SEE_OTHER);
    }

    /** A button of the simulator's page. */
    public record Choice(SimulatedChoice value, String label) {
    }

    /** The path and query of a URL of this portal. */
    private static String local(String url) {
        URI uri = URI.create(url);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
