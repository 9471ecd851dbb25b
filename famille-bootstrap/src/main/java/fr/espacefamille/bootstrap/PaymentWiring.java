package fr.espacefamille.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.espacefamille.adapter.http.payment.PaymentWeb;
import fr.espacefamille.adapter.http.shared.AddressRanges;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.jdbc.billing.JdbiInvoices;
import fr.espacefamille.adapter.jdbc.payment.JdbiPaymentAttempts;
import fr.espacefamille.adapter.jdbc.payment.JdbiPaymentNotifications;
import fr.espacefamille.adapter.paybox.PayboxCredentials;
import fr.espacefamille.adapter.paybox.PayboxGateway;
import fr.espacefamille.adapter.paybox.PayboxHosts;
import fr.espacefamille.adapter.paybox.PemPublicKeys;
import fr.espacefamille.adapter.paybox.SimulatorKeys;
import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.payment.ListPaymentAnomalies;
import fr.espacefamille.application.payment.PaymentGateway;
import fr.espacefamille.application.payment.PlaySimulatedPayment;
import fr.espacefamille.application.payment.ReadPaymentStatus;
import fr.espacefamille.application.payment.RecordPaymentNotification;
import fr.espacefamille.application.payment.StartCardPayment;

/** Card payment with Paybox: the gateway chosen by the configuration's mode, the use cases and their pages. */
final class PaymentWiring {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentWiring.class);

    final PaymentGateway gateway;
    final StartCardPayment startCardPayment;
    final RecordPaymentNotification recordNotification;
    final ReadPaymentStatus readStatus;
    final ListPaymentAnomalies listAnomalies;
    final PlaySimulatedPayment simulator;
    private final AddressRanges notificationSources;
    private final SharedWiring core;
    private final BillingWiring billing;

    PaymentWiring(SharedWiring core, BillingWiring billing) {
        this(core, billing, gateway(core.config()), core.clock());
    }

    private PaymentWiring(SharedWiring core, BillingWiring billing, PaymentGateway gateway, Clock clock) {
        this.core = core;
        this.billing = billing;
        this.gateway = gateway;
        notificationSources = core.config().paybox().ipnAllowed();
        var invoices = new JdbiInvoices(core.db());
        var attempts = new JdbiPaymentAttempts(core.db());
        var notifications = new JdbiPaymentNotifications(core.db());
        startCardPayment = new StartCardPayment(invoices, core.families(), core.accounts(), billing.readDirectDebits, attempts,
                gateway, core.transactions(), new Audit(core.auditLog(), clock), clock);
        recordNotification = new RecordPaymentNotification(gateway, attempts, notifications, invoices, core.families(),
                core.accounts(), core.transactions(), new Audit(core.auditLog(), clock), core.mailer(), core.config().town(), receiptsLoggingFailures(), clock,
                core.config().baseUrl().toString());
        readStatus = new ReadPaymentStatus(attempts, invoices, clock);
        listAnomalies = new ListPaymentAnomalies(notifications);
        simulator = new PlaySimulatedPayment(gateway, attempts, recordNotification);
    }

    /** The same use cases and gateway on another clock: the demo town pays its past invoices on the days it would have. */
    PaymentWiring on(Clock clock) {
        return new PaymentWiring(core, billing, gateway, clock);
    }

    List<Feature> features() {
        return PaymentWeb.features(new PaymentWeb.UseCases(startCardPayment, recordNotification, readStatus, listAnomalies, simulator,
                gateway.simulated()), notificationSources);
    }

    /** The payment is committed when its receipt leaves: a mail that fails is logged, the notification still answered. */
    private static Executor receiptsLoggingFailures() {
        return receipt -> {
            try {
                receipt.run();
            } catch (RuntimeException notSent) {
                LOG.error("Reçu de paiement non envoyé : {}", notSent.getMessage(), notSent);
            }
        };
    }

    static PaymentGateway gateway(Config config) {
        Config.Paybox paybox = config.paybox();
        PayboxCredentials test = PayboxCredentials.publicTestAccount();
        PayboxCredentials credentials = new PayboxCredentials(paybox.site().orElse(test.site()), paybox.rang().orElse(test.rang()),
                paybox.identifiant().orElse(test.identifiant()), paybox.hmacKey().orElse(test.hmacKeyHex()));
        String baseUrl = config.baseUrl().toString();
        try {
            List<PublicKey> keys = paybox.publicKeys().isPresent() ? PemPublicKeys.load(paybox.publicKeys().get())
                    : PemPublicKeys.providerDefault();
            return switch (paybox.mode()) {
                case "simulator" -> PayboxGateway.simulator(credentials, baseUrl, keys,
                        SimulatorKeys.loadOrCreate(config.dataDir().resolve("paybox")));
                case "preprod" -> PayboxGateway.provider(credentials,
                        PayboxHosts.preproduction(PayboxHosts.httpCheck(Duration.ofSeconds(3))), baseUrl, keys);
                default -> PayboxGateway.provider(credentials,
                        PayboxHosts.production(PayboxHosts.httpCheck(Duration.ofSeconds(3))), baseUrl, keys);
            };
        } catch (IOException e) {
            throw new UncheckedIOException("Clés Paybox illisibles (FAMILLE_PAYBOX_PUBKEY ou dossier paybox des données)", e);
        }
    }

    /** The origins the payment form may post to besides the portal itself (the CSP's form-action). */
    static List<String> formTargets(Config config) {
        return switch (config.paybox().mode()) {
            case "preprod" -> PayboxHosts.PREPRODUCTION.stream().map(host -> "https://" + host).toList();
            case "production" -> PayboxHosts.PRODUCTION.stream().map(host -> "https://" + host).toList();
            default -> List.of();
        };
    }
}
