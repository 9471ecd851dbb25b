package fr.espacefamille.bootstrap;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;

import fr.espacefamille.adapter.http.operations.OperationsApi;
import fr.espacefamille.adapter.http.operations.OperationsApi.Probe;
import fr.espacefamille.adapter.jdbc.shared.Database;
import fr.espacefamille.adapter.jdbc.shared.JdbiMailOutbox.Backlog;
import fr.espacefamille.application.shared.ExpiringCache;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * Metrics and probes: one Prometheus registry fed by the HTTP timings, the connection pool
 * (HikariCP reports to Micrometer itself), the mail backlog and the jobs' last successes; the
 * readiness probe checks the database, its migrations and the mail backlog.
 */
final class OperationsWiring {

    /** Mail retries back off to one hour: a mail waiting longer than that is not a passing hiccup. */
    static final Duration MAIL_BACKLOG_LIMIT = Duration.ofHours(1);
    /** How long one reading of the mail backlog serves: a scrape's gauges and a probe close to it share one query. */
    static final Duration BACKLOG_READING_LIFETIME = Duration.ofSeconds(1);

    final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    /** Real time, not the portal's (possibly frozen) clock: these are the operators' facts. */
    private final Clock clock;
    final JobRuns jobs;
    private final Database database;

    OperationsWiring(Database database) {
        this(database, Clock.systemUTC());
    }

    OperationsWiring(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.jobs = new JobRuns(registry, clock);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        if (database.dataSource() instanceof HikariDataSource pool) {
            pool.setMetricRegistry(registry);
        }
    }

    OperationsApi api(Config config, MailWiring mail) {
        return api(config.metricsToken(), mail::backlog);
    }

    /** The probes and metrics, the mail backlog read through one short-lived reading. */
    OperationsApi api(Optional<String> metricsToken, Supplier<Backlog> readBacklog) {
        // one key: the cache keeps the single reading; a failed reading throws and is not kept, the next caller tries again
        ExpiringCache<Boolean, Backlog> reading = new ExpiringCache<>(BACKLOG_READING_LIFETIME, 1, clock);
        Supplier<Backlog> backlog = () -> reading.get(Boolean.TRUE, ignored -> Optional.of(readBacklog.get())).orElseThrow();
        TimeGauge.builder("famille.mail.backlog.oldest", () -> age(backlog.get()).toMillis(), TimeUnit.MILLISECONDS)
                .description("Age of the oldest mail still waiting to be sent (0 when none waits)").register(registry);
        Gauge.builder("famille.mail.backlog.pending", () -> backlog.get().pending())
                .description("Mails still waiting to be sent").register(registry);
        return new OperationsApi(registry, () -> probes(backlog), metricsToken);
    }

    private Duration age(Backlog backlog) {
        return backlog.oldest().map(written -> Duration.between(written, clock.instant())).filter(age -> !age.isNegative())
                .orElse(Duration.ZERO);
    }

    List<Probe> probes(Supplier<Backlog> readBacklog) {
        Probe db;
        Probe migrations;
        try {
            database.context().useHandle(handle -> handle.createQuery("SELECT 1").mapTo(Integer.class).one());
            db = Probe.up("database", Map.of());
            int pending = database.pendingMigrations();
            migrations = pending == 0 ? Probe.up("migrations", Map.of()) : Probe.down("migrations", Map.of("pending", pending));
        } catch (RuntimeException unreachable) {
            // the exception's type only: its message may hold the database's address or user
            db = Probe.down("database", Map.of("error", unreachable.getClass().getSimpleName()));
            migrations = Probe.down("migrations", Map.of("error", "base de données injoignable"));
        }
        Probe backlog;
        try {
            Backlog waiting = readBacklog.get();
            long seconds = age(waiting).toSeconds();
            backlog = seconds <= MAIL_BACKLOG_LIMIT.toSeconds()
                    ? Probe.up("mailBacklog", Map.of("pending", waiting.pending(), "oldestSeconds", seconds))
                    : Probe.down("mailBacklog", Map.of("pending", waiting.pending(), "oldestSeconds", seconds,
                            "limitSeconds", MAIL_BACKLOG_LIMIT.toSeconds()));
        } catch (RuntimeException unreadable) {
            backlog = Probe.down("mailBacklog", Map.of("error", unreadable.getClass().getSimpleName()));
        }
        return List.of(db, migrations, backlog);
    }
}
