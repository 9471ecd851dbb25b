package fr.espacefamille.adapter.jdbc.canteen;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

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
 * was away was not heard) before it watches. A silent connection is checked every {@link #CHECK}.
 */
public final class PostgresPupilDaysChanges implements PupilDaysChanges, AutoCloseable {

    static final String CHANNEL = "pupil_days";
    private static final Duration RETRY = Duration.ofSeconds(1);
    private static final Duration CHECK = Duration.ofSeconds(5);
    private static final int WAIT_MILLIS = 500;
    private static final Logger LOG = LoggerFactory.getLogger(PostgresPupilDaysChanges.class);

    private final String url;
    private final Properties credentials = new Properties();
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile boolean watching;
    private volatile Listener listener;
    private volatile Connection connection;
    private Thread thread;

    public PostgresPupilDaysChanges(String url, String user, String password) {
        this.url = Objects.requireNonNull(url, "url");
        credentials.setProperty("user", user);
        credentials.setProperty("password", password == null ? "" : password);
        // a peer that vanished without a word is noticed by the checks below; keep-alive helps the kernel too
        credentials.setProperty("tcpKeepAlive", "true");
    }

    @Override
    public boolean watching() {
        return watching;
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
                watching = true;
                hear(listening);
            } catch (SQLException | RuntimeException failure) {
                if (closed.getCount() > 0) {
                    LOG.warn("Écoute des changements de jours de cantine perdue, nouvel essai dans {} s : {}", RETRY.toSeconds(),
                            failure.toString());
                }
            } finally {
                watching = false;
                connection = null;
                listener.forgetAll();
            }
            await(RETRY);
        }
    }

    private void hear(Connection listening) throws SQLException {
        PGConnection notifications = listening.unwrap(PGConnection.class);
        long silentSince = System.nanoTime();
        while (closed.getCount() > 0) {
            PGNotification[] heard = notifications.getNotifications(WAIT_MILLIS);
            if (heard != null && heard.length > 0) {
                for (PGNotification notification : heard) {
                    tell(notification.getParameter());
                }
                silentSince = System.nanoTime();
            } else if (System.nanoTime() - silentSince > CHECK.toNanos()) {
                try (Statement sql = listening.createStatement()) {
                    sql.execute("SELECT 1");
                }
                silentSince = System.nanoTime();
            }
        }
    }

    private void tell(String child) {
        ChildId.parse(child).ifPresentOrElse(listener::changed, listener::forgetAll);
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
