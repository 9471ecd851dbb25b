package fr.espacefamille.adapter.jdbc.canteen;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.espacefamille.application.canteen.PupilDaysChanges;
import fr.espacefamille.domain.family.ChildId;

/**
 * {@link PupilDaysChanges} heard on PostgreSQL: migration V171's triggers notify channel
 * {@code pupil_days} with the child's id when a change commits, on whichever instance; this listens
 * on a connection of its own (not the pool's), on a thread of its own. When the connection fails it
 * stops {@link #watching()} and tells the listener to forget everything, then connects again every
 * {@link #RETRY}; once listening again it has everything forgotten once more (what changed while it
 * was away was not heard) before it watches. A connection that goes silent without failing (a network
 * cut) would hide changes: so it proves itself alive every {@link #CHECK} with a round trip, and it
 * is not {@link #watching()} once its last proof is older than {@link #TRUSTED} — memory is then not
 * used, even before the connection times out ({@link #SOCKET_TIMEOUT_SECONDS}) and is replaced.
 * <p>Notifications are asynchronous: an instance hears a change a moment after its commit. So that a
 * client who was answered by the writing instance never reads the old days on another, the writer
 * waits for its own change to be told back ({@link #expect}, at most {@link #ECHO}): PostgreSQL signals
 * every listening session at the same commit, so the others have been sent it by then too.
 */
public final class PostgresPupilDaysChanges implements PupilDaysChanges, AutoCloseable {

    static final String CHANNEL = "pupil_days";
    /** How the listening connection shows in {@code pg_stat_activity}. */
    public static final String APPLICATION_NAME = "famille-pupil-days";
    private static final Duration RETRY = Duration.ofSeconds(1);
    private static final Duration CHECK = Duration.ofSeconds(1);
    private static final Duration TRUSTED = Duration.ofSeconds(3);
    private static final int SOCKET_TIMEOUT_SECONDS = 5;
    private static final int WAIT_MILLIS = 500;
    /** How long a writer waits for its change to be told back: a notification takes well under a millisecond. */
    private static final Duration ECHO = Duration.ofMillis(200);
    private static final Logger LOG = LoggerFactory.getLogger(PostgresPupilDaysChanges.class);

    private final String url;
    private final Properties credentials = new Properties();
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile boolean connected;
    /** {@link System#nanoTime()} when the connection was last asked a question it answered: it was alive then. */
    private volatile long provedAt;
    private volatile Listener listener;
    private volatile Connection connection;
    private Thread thread;
    /** Writers of this instance waiting for a child's change to be told back; shared by writers of one child. */
    private final Map<ChildId, CompletableFuture<Void>> echoes = new ConcurrentHashMap<>();

    public PostgresPupilDaysChanges(String url, String user, String password) {
        this.url = Objects.requireNonNull(url, "url");
        credentials.setProperty("user", user);
        credentials.setProperty("password", password == null ? "" : password);
        // a peer that vanished without a word is noticed by the checks below; keep-alive helps the kernel too
        credentials.setProperty("tcpKeepAlive", "true");
        credentials.setProperty("ApplicationName", APPLICATION_NAME);
        credentials.setProperty("socketTimeout", String.valueOf(SOCKET_TIMEOUT_SECONDS));
    }

    @Override
    public boolean watching() {
        return connected && System.nanoTime() - provedAt < TRUSTED.toNanos();
    }

    @Override
    public Echo expect(ChildId child) {
        if (!watching()) {
            return Echo.NONE;
        }
        CompletableFuture<Void> echo = echoes.computeIfAbsent(child, c -> new CompletableFuture<>());
        return () -> {
            try {
                echo.get(ECHO.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                // not told back in time (rolled back, or the feed is lost, which forgets everything): answer anyway
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    @Override
    public synchronized void listen(Listener listener) {
        if (thread != null) {
            throw new IllegalStateException("Un seul destinataire des changements de jours de cantine");
        }
        this.listener = Objects.requireNonNull(listener, "listener");
        thread = new Thread(this::run, "pupil-days-changes");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        while (closed.getCount() > 0) {
            try (Connection listening = DriverManager.getConnection(url, credentials)) {
                connection = listening;
                try (Statement sql = listening.createStatement()) {
                    sql.execute("LISTEN " + CHANNEL);
                }
                listener.forgetAll();
                provedAt = System.nanoTime();
                connected = true;
                hear(listening);
            } catch (SQLException | RuntimeException failure) {
                if (closed.getCount() > 0) {
                    LOG.warn("Écoute des changements de jours de cantine perdue, nouvel essai dans {} s : {}", RETRY.toSeconds(),
                            failure.toString());
                }
            } finally {
                connected = false;
                connection = null;
                listener.forgetAll();
                echoes.keySet().forEach(this::echo);
            }
            await(RETRY);
        }
    }

    private void hear(Connection listening) throws SQLException {
        PGConnection notifications = listening.unwrap(PGConnection.class);
        while (closed.getCount() > 0) {
            tell(notifications.getNotifications(WAIT_MILLIS));
            if (System.nanoTime() - provedAt > CHECK.toNanos()) {
                long asked = System.nanoTime();
                try (Statement sql = listening.createStatement()) {
                    sql.execute("SELECT 1");
                }
                // what arrived with the answer is told before the proof counts
                tell(notifications.getNotifications());
                provedAt = asked;
            }
        }
    }

    private void tell(PGNotification[] heard) {
        if (heard != null) {
            for (PGNotification notification : heard) {
                tell(notification.getParameter());
            }
        }
    }

    private void tell(String child) {
        ChildId.parse(child).ifPresentOrElse(id -> {
            listener.changed(id);
            echo(id);
        }, listener::forgetAll);
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
        Connection current = connection;
        try {
            return current == null ? -1 : current.unwrap(PGConnection.class).getBackendPID();
        } catch (SQLException e) {
            return -1;
        }
    }

    /** Stops listening: the thread leaves within one wait for notifications, closing its connection. */
    @Override
    public void close() {
        closed.countDown();
        Thread running;
        synchronized (this) {
            running = thread;
        }
        if (running != null) {
            try {
                running.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
