package fr.espacefamille.bootstrap;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;

import fr.espacefamille.adapter.http.operations.OperationsApi;
import fr.espacefamille.adapter.http.operations.OperationsApi.Probe;
import fr.espacefamille.adapter.jdbc.shared.Database;
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

    final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    /** Real time, not the portal's (possibly frozen) clock: these are the operators' facts. */
    private final Clock clock = Clock.systemUTC();
    final JobRuns jobs = new JobRuns(registry, clock);
    private final Database database;

    OperationsWiring(Database database) {
        this.database = database;
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
        TimeGauge.builder("famille.mail.backlog.oldest", () -> backlogAge(mail).toMillis(), TimeUnit.MILLISECONDS)
                .description("Age of the oldest mail still waiting to be sent (0 when none waits)").register(registry);
        return new OperationsApi(registry, () -> probes(mail), config.metricsToken());
    }

    private Duration backlogAge(MailWiring mail) {
        return age(mail.oldestUnsent());
    }

    private Duration age(Optional<Instant> oldest) {
        return oldest.map(written -> Duration.between(written, clock.instant())).filter(age -> !age.isNegative()).orElse(Duration.ZERO);
    }

    private List<Probe> probes(MailWiring mail) {
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
            long seconds = backlogAge(mail).toSeconds();
            backlog = seconds <= MAIL_BACKLOG_LIMIT.toSeconds()
                    ? Probe.up("mailBacklog", Map.of("oldestSeconds", seconds))
                    : Probe.down("mailBacklog", Map.of("oldestSeconds", seconds, "limitSeconds", MAIL_BACKLOG_LIMIT.toSeconds()));
        } catch (RuntimeException unreadable) {
            backlog = Probe.down("mailBacklog", Map.of("error", unreadable.getClass().getSimpleName()));
        }
        return List.of(db, migrations, backlog);
    }
}
