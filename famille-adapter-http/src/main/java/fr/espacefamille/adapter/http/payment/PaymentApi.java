package fr.espacefamille.adapter.http.payment;

import static fr.espacefamille.adapter.http.shared.Web.API;

import java.time.Instant;
import java.util.Map;

import fr.espacefamille.adapter.http.shared.Access;
import fr.espacefamille.adapter.http.shared.AddressRanges;
import fr.espacefamille.adapter.http.shared.ClientAddress;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.Problems;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.payment.ListPaymentAnomalies;
import fr.espacefamille.application.payment.RecordPaymentNotification;
import fr.espacefamille.application.payment.RecordPaymentNotification.Handling;
import fr.espacefamille.application.payment.StartCardPayment;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.billing.InvoiceId;
import fr.espacefamille.domain.payment.PaymentAnomaly;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** API.md's card-payment rows: the signed form of an invoice, the provider's notification, the anomalies. */
final class PaymentApi implements Feature {

    /** Where the provider sends its notifications, outside {@code /api/v1}. */
    static final String NOTIFICATION_PATH = "/paybox/ipn";

    record FormJson(String action, String method, Map<String, String> fields, String reference) {
    }

    record AnomalyJson(String id, String reference, String invoiceId, Long expectedCents, long receivedCents, String transaction,
            String code, Instant at, String note) {
        static AnomalyJson of(PaymentAnomaly a) {
            return new AnomalyJson(a.id().toString(), a.reference(), a.invoice() == null ? null : a.invoice().toString(),
                    a.expected() == null ? null : a.expected().cents(), a.received().cents(), a.transaction(), a.code(), a.at(),
                    a.note());
        }
    }

    private final StartCardPayment startCardPayment;
    private final RecordPaymentNotification recordNotification;
    private final ListPaymentAnomalies listAnomalies;
    private final AddressRanges notificationSources;

    PaymentApi(StartCardPayment startCardPayment, RecordPaymentNotification recordNotification, ListPaymentAnomalies listAnomalies,
            AddressRanges notificationSources) {
        this.startCardPayment = startCardPayment;
        this.recordNotification = recordNotification;
        this.listAnomalies = listAnomalies;
        this.notificationSources = notificationSources;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(API + "/invoices/{id}/paybox", this::start);
        routes.get(NOTIFICATION_PATH, this::notification);
        routes.get(API + "/admin/payment-anomalies", ctx -> ctx.json(listAnomalies.list(Web.actor(ctx)).stream().map(AnomalyJson::of).toList()), Access.staff(Role.FINANCE_AGENT));
    }

    private void start(Context ctx) {
        var started = startCardPayment.start(Web.actor(ctx), new StartCardPayment.Command(Web.pathId(ctx, "id", InvoiceId::parse)));
        ctx.status(201).json(new FormJson(started.form().action(), "POST", started.form().fields(), started.reference().value()));
    }

    /**
     * Verified over the query string exactly as received; the provider wants an empty 200, also for a copy it resends.
     * When the provider's addresses are configured, a notification from elsewhere is refused before its signature is read.
     */
    private void notification(Context ctx) {
        if (!notificationSources.isEmpty() && !ClientAddress.within(ctx, notificationSources)) {
            Problems.write(ctx, 403, "FORBIDDEN", "Notification refusée : elle ne vient pas d'une adresse du prestataire de paiement.");
            return;
        }
        if (recordNotification.record(new RecordPaymentNotification.Command(ctx.queryString())) == Handling.REJECTED) {
            Problems.write(ctx, 403, "INVALID_SIGNATURE", "Notification refusée : signature absente ou invalide.");
            return;
        }
        ctx.status(200).result("");
    }
}
