package fr.espacefamille.adapter.jdbc.canteen;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.espacefamille.application.canteen.PupilDaysChanges;
import fr.espacefamille.domain.family.ChildId;

/**
 * {@link PupilDaysChanges} on PostgreSQL's LISTEN/NOTIFY, channel {@code pupil_days}, payload the
 * child's id ({@code *} for everyone). Two connections of its own (not the pool's), each on a thread
 * of its own:
 * <ul>
 * <li>the announcer sends, once their transactions have committed, the changes of this instance —
 * batched, in a transaction of their own. Not from triggers in the writing transactions: a transaction
 * that notifies holds PostgreSQL's notification lock from before its commit until after it, so every
 * booking's commit (and its disk flush) would wait for the previous one's — PUT booking made 58 % of
 * pgbench's TPS that way, 104 % this way (bench/session.sh, same loaded machine, ten minutes apart). The price: a change committed by an instance that dies
 * before announcing it is not heard; {@link fr.espacefamille.application.canteen.RememberedPupilDays#MAX_AGE}
 * bounds that;</li>
 * <li>the listener hears every instance's announcements, this one's included. When its connection
 * fails it stops {@link #watching()} and has everything forgotten, connects again every {@link #RETRY},
 * and once listening again has everything forgotten once more (what was announced meanwhile was not
 * heard) before it watches. A connection that goes silent without failing (a network cut) would hide
 * changes: so it proves itself alive every {@link #CHECK} with a round trip, and is not watching once
 * its last proof is older than {@link #TRUSTED}, even before it times out and is replaced.</li>
 * </ul>
 * A writer's {@link #announce} returns once its change has been heard back here (at most {@link #ECHO}):
 * PostgreSQL sends a notification to every listening session at once, so the other instances have been
 * sent it then; they hear it a moment later (milliseconds at most on a loaded machine).
 */
public final class PostgresPupilDaysChanges implements PupilDaysChanges, AutoCloseable {

    static final String CHANNEL = "pupil_days";
    /** How the listening connection shows in {@code pg_stat_activity} (the announcing one adds « -announcer »). */
    public static final String APPLICATION_NAME = "famille-pupil-days";
    private static final String EVERYONE = "*";
    private static final Duration RETRY = Duration.ofSeconds(1);
    private static final Duration CHECK = Duration.ofSeconds(1);
    private static final Duration TRUSTED = Duration.ofSeconds(3);
    /** How long a writer waits for its change to be heard back: a notification takes milliseconds. */
    private static final Duration ECHO = Duration.ofSeconds(1);
    private static final int SOCKET_TIMEOUT_SECONDS = 5;
    private static final int WAIT_MILLIS = 500;
    private static final int BATCH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(PostgresPupilDaysChanges.class);

    private final String url;
    private final Properties credentials = new Properties();
    private final Properties announcing = new Properties();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final BlockingQueue<String> outbox = new LinkedBlockingQueue<>();
    /** Writers waiting for a child's change to be heard back; shared by writers of one child. */
    private final Map<ChildId, CompletableFuture<Void>> echoes = new ConcurrentHashMap<>();
    private volatile boolean connected;
    /** {@link System#nanoTime()} when the listening connection was last asked a question it answered. */
    private volatile long provedAt;
    private volatile Listener listener;
    private volatile Connection listening;
    private final List<Thread> threads = new ArrayList<>();

    /** Announcing from now on; listening once {@link #listen} is called. */
    public static PostgresPupilDaysChanges start(String url, String user, String password) {
        PostgresPupilDaysChanges changes = new PostgresPupilDaysChanges(url, user, password);
        synchronized (changes) {
            changes.start("pupil-days-announcer", changes::announceUntilClosed);
        }
        return changes;
    }

    private PostgresPupilDaysChanges(String url, String user, String password) {
        this.url = Objects.requireNonNull(url, "url");
        credentials.setProperty("user", user);
        credentials.setProperty("password", password == null ? "" : password);
        credentials.setProperty("ApplicationName", APPLICATION_NAME);
        credentials.setProperty("tcpKeepAlive", "true");
        credentials.setProperty("socketTimeout", String.valueOf(SOCKET_TIMEOUT_SECONDS));
        announcing.putAll(credentials);
        announcing.setProperty("ApplicationName", APPLICATION_NAME + "-announcer");
    }

    @Override
    public boolean watching() {
        return connected && System.nanoTime() - provedAt < TRUSTED.toNanos();
    }

    @Override
    public synchronized void listen(Listener listener) {
        if (this.listener != null) {
            throw new IllegalStateException("Un seul destinataire des changements de jours de cantine");
        }
        this.listener = Objects.requireNonNull(listener, "listener");
        start("pupil-days-listener", this::listenUntilClosed);
    }

    private void start(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
        threads.add(thread);
    }

    @Override
    public void announce(ChildId child) {
        if (!watching()) {
            outbox.add(child.toString());
            return;
        }
        CompletableFuture<Void> echo = echoes.computeIfAbsent(child, c -> new CompletableFuture<>());
        outbox.add(child.toString());
        try {
            echo.get(ECHO.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // not heard back in time: answer anyway, the change is sent all the same
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void announceAll() {
        outbox.add(EVERYONE);
    }

    private void announceUntilClosed() {
        List<String> batch = new ArrayList<>();
        while (closed.getCount() > 0) {
            try (Connection sending = DriverManager.getConnection(url, announcing);
                    PreparedStatement notify = sending.prepareStatement(
                            "SELECT pg_notify('" + CHANNEL + "', payload) FROM unnest(?::text[]) AS t(payload)")) {
                while (closed.getCount() > 0) {
                    if (batch.isEmpty()) {
                        String first = outbox.poll(WAIT_MILLIS, TimeUnit.MILLISECONDS);
                        if (first == null) {
                            continue;
                        }
                        batch.add(first);
                        outbox.drainTo(batch, BATCH - 1);
                    }
                    notify.setArray(1, sending.createArrayOf("text", batch.toArray()));
                    notify.executeQuery().close();
                    batch.clear();
                }
            } catch (SQLException | RuntimeException failure) {
                // the batch is sent again on the next connection
                LOG.warn("Annonce des changements de jours de cantine impossible, nouvel essai dans {} s : {}", RETRY.toSeconds(),
                        failure.toString());
                await(RETRY);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void listenUntilClosed() {
        while (closed.getCount() > 0) {
            try (Connection connection = DriverManager.getConnection(url, credentials)) {
                listening = connection;
                try (Statement sql = connection.createStatement()) {
                    sql.execute("LISTEN " + CHANNEL);
                }
                listener.forgetAll();
                provedAt = System.nanoTime();
                connected = true;
                hear(connection);
            } catch (SQLException | RuntimeException failure) {
                if (closed.getCount() > 0) {
                    LOG.warn("Écoute des changements de jours de cantine perdue, nouvel essai dans {} s : {}", RETRY.toSeconds(),
                            failure.toString());
                }
            } finally {
                connected = false;
                listening = null;
                listener.forgetAll();
                echoes.keySet().forEach(this::echo);
            }
            await(RETRY);
        }
    }

    private void hear(Connection connection) throws SQLException {
        PGConnection notifications = connection.unwrap(PGConnection.class);
        while (closed.getCount() > 0) {
            tell(notifications.getNotifications(WAIT_MILLIS));
            if (System.nanoTime() - provedAt > CHECK.toNanos()) {
                long asked = System.nanoTime();
                try (Statement sql = connection.createStatement()) {
                    sql.execute("SELECT 1");
                }
                // what arrived with the answer is told before the proof counts
                tell(notifications.getNotifications());
                provedAt = asked;
            }
        }
    }

    private void tell(PGNotification[] heard) {
        if (heard == null) {
            return;
        }
        for (PGNotification notification : heard) {
            ChildId.parse(notification.getParameter()).ifPresentOrElse(child -> {
                listener.changed(child);
                echo(child);
            }, listener::forgetAll);
        }
    }

    private void echo(ChildId child) {
        CompletableFuture<Void> waiting = echoes.remove(child);
        if (waiting != null) {
            waiting.complete(null);
        }
    }

    private void await(Duration delay) {
        try {
            closed.await(delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed.countDown();
        }
    }

    /** The backend's process id of the listening connection, for tests that cut it; -1 while not connected. */
    int backendPid() {
        Connection current = listening;
        try {
            return current == null ? -1 : current.unwrap(PGConnection.class).getBackendPID();
        } catch (SQLException e) {
            return -1;
        }
    }

    /** Stops: each thread leaves within one wait ({@link #WAIT_MILLIS}), closing its connection. */
    @Override
    public void close() {
        closed.countDown();
        List<Thread> running;
        synchronized (this) {
            running = List.copyOf(threads);
        }
        for (Thread thread : running) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
