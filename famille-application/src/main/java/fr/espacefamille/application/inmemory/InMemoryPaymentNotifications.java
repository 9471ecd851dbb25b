package fr.espacefamille.application.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import fr.espacefamille.application.payment.PaymentNotifications;
import fr.espacefamille.domain.payment.PaymentAnomaly;
import fr.espacefamille.domain.payment.PaymentAnomalyId;

/** In-memory {@link PaymentNotifications}. */
public final class InMemoryPaymentNotifications implements PaymentNotifications {

    private final Map<List<String>, Received> received;
    private final Map<PaymentAnomalyId, PaymentAnomaly> anomalies;

    public InMemoryPaymentNotifications(InMemoryTransactions transactions) {
        this.received = new InMemoryMap<List<String>, Received>(transactions).map();
        this.anomalies = new InMemoryMap<PaymentAnomalyId, PaymentAnomaly>(transactions).map();
    }

    @Override
    public boolean addIfNew(Received notification) {
        return received.putIfAbsent(List.of(notification.reference(), notification.transaction()), notification) == null;
    }

    @Override
    public void addAnomaly(PaymentAnomaly anomaly) {
        anomalies.put(anomaly.id(), anomaly);
    }

    @Override
    public List<PaymentAnomaly> anomalies() {
        return anomalies.values().stream()
                .sorted(Comparator.comparing(PaymentAnomaly::at).reversed().thenComparing(a -> a.id().value()))
                .toList();
    }
}
