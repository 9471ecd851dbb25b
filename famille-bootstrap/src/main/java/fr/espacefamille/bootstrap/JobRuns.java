package fr.espacefamille.bootstrap;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * When each background job last finished a pass without failing, as the metric
 * {@code famille_job_last_success_seconds{job=…}} (epoch seconds; absent until the first
 * success), so that an alert can fire when a job has silently stopped working.
 */
final class JobRuns {

    private final MeterRegistry registry;
    private final Clock clock;

    JobRuns(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    /** One job's record; call {@link Job#succeeded()} at the end of each pass that did not fail. */
    Job job(String name) {
        Job job = new Job(name, clock);
        Gauge.builder("famille.job.last.success", job, Job::epochSeconds).tag("job", name).baseUnit("seconds")
                .description("When the job last finished a pass without failing").register(registry);
        return job;
    }

    static final class Job implements AutoCloseable {
        private final String name;
        private final Clock clock;
        private final AtomicReference<Instant> lastSuccess = new AtomicReference<>();
        private ScheduledExecutorService scheduler;

        private Job(String name, Clock clock) {
            this.name = name;
            this.clock = clock;
        }

        /**
         * Runs {@code pass} now (what was due while the portal was down), then every {@code period}
         * on a daemon thread named after the job; {@code pass} catches and logs its own failures.
         */
        synchronized void every(Duration period, Runnable pass) {
            pass.run();
            scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, name);
                thread.setDaemon(true);
                return thread;
            });
            scheduler.scheduleWithFixedDelay(pass, period.toMinutes(), period.toMinutes(), TimeUnit.MINUTES);
        }

        @Override
        public synchronized void close() {
            if (scheduler != null) {
                scheduler.shutdownNow();
            }
        }

        void succeeded() {
            lastSuccess.set(clock.instant());
        }

        private double epochSeconds() {
            Instant last = lastSuccess.get();
            return last == null ? Double.NaN : last.getEpochSecond();
        }
    }
}
