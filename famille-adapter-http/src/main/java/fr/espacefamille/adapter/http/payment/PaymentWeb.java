package fr.espacefamille.adapter.http.payment;

import java.util.List;

import fr.espacefamille.adapter.http.shared.AddressRanges;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.application.payment.ListPaymentAnomalies;
import fr.espacefamille.application.payment.PlaySimulatedPayment;
import fr.espacefamille.application.payment.ReadPaymentStatus;
import fr.espacefamille.application.payment.RecordPaymentNotification;
import fr.espacefamille.application.payment.StartCardPayment;

/** The card payment's routes, API and pages, built from its use cases. */
public final class PaymentWeb {

    /** What the payment web needs; {@code simulated} says whether the simulator's page is served. */
    public record UseCases(StartCardPayment startCardPayment, RecordPaymentNotification recordNotification,
            ReadPaymentStatus readStatus, ListPaymentAnomalies listAnomalies, PlaySimulatedPayment simulator, boolean simulated) {
    }

    private PaymentWeb() {
    }

    /** {@code notificationSources}: the provider's addresses notifications must come from; none restricts nothing. */
    public static List<Feature> features(UseCases u, AddressRanges notificationSources) {
        return List.of(
                new PaymentApi(u.startCardPayment(), u.recordNotification(), u.listAnomalies(), notificationSources),
                new PaymentPages(u.startCardPayment(), u.readStatus(), u.listAnomalies(), u.simulator(), u.simulated()));
    }
}
