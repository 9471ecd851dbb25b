package fr.espacefamille.bootstrap;

import static fr.espacefamille.bootstrap.BookingCrashTest.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A mail committed with the change that causes it survives a SIGKILL before it could be sent (the
 * SMTP server is down at that moment): after the restart it goes out, once.
 */
class MailCrashTest {

    @Test
    void a_reset_mail_committed_before_a_kill_goes_out_once_after_the_restart() throws Exception {
        Path dataDir = Folders.temporary("famille-mail-crash");
        int smtpPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            smtpPort = socket.getLocalPort();
        }
        Map<String, String> smtp = Map.of("FAMILLE_SMTP_HOST", "127.0.0.1", "FAMILLE_SMTP_PORT", String.valueOf(smtpPort));
        String clock = "2026-09-07T08:00:00+02:00";

        try (ForkedPortal portal = ForkedPortal.start(Main.class, null, dataDir, clock, "first", smtp)) {
            portal.agent("cantine", "SCHOOL_AGENT");
            expect(202, portal.call("POST", "/api/v1/password/forgot", null, Map.of("login", "cantine")));
            // the reset's work runs after the answer, so that the answer's timing does not tell which logins exist:
            // wait until its mail is committed, shown waiting by the readiness probe, and the relay has tried it
            // (SMTP down) and let go of it: killed while holding its claim, the restart would wait for the claim to lapse
            awaitPendingMails(portal, 1);
            awaitRelayPasses(portal, 2);
            assertThat(portal.kill()).as("killed by SIGKILL before any SMTP server answered").isEqualTo(137);
        }

        GreenMail server = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        try (ForkedPortal restarted = ForkedPortal.start(Main.class, null, dataDir, clock, "restarted", smtp)) {
            assertThat(server.waitForIncomingEmail(90_000, 1)).as("the mail goes out after the restart").isTrue();
            // once marked sent, nothing can send it again
            awaitPendingMails(restarted, 0);
            assertThat(Arrays.stream(server.getReceivedMessages()).filter(MailCrashTest::isReset))
                    .as("exactly once").singleElement()
                    .satisfies(mail -> assertThat(mail.getRecipients(Message.RecipientType.TO)[0].toString())
                            .isEqualTo("cantine@mairie.example.fr"));
        } finally {
            server.stop();
        }
    }

    /** Polls the readiness probe until it counts {@code count} mails waiting. */
    private static void awaitPendingMails(ForkedPortal portal, long count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        long pending = -1;
        while (System.nanoTime() < deadline) {
            pending = portal.call("GET", "/health/ready", null, null).json().get("checks").get("mailBacklog").get("pending").asLong();
            if (pending == count) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("mails waiting: " + pending + ", expected " + count);
    }

    /**
     * Waits for {@code passes} more completed passes of the mail relay (it runs one after the other): the
     * second begins after this call did, so after anything already committed.
     */
    private static void awaitRelayPasses(ForkedPortal portal, int passes) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        double last = relayLastSuccess(portal);
        int seen = 0;
        while (seen < passes) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the mail relay completed " + seen + " passes in a minute");
            }
            double now = relayLastSuccess(portal);
            if (now > last || Double.isNaN(last) && !Double.isNaN(now)) {
                seen++;
                last = now;
            } else {
                Thread.sleep(100);
            }
        }
    }

    /** When the relay last completed a pass (epoch seconds, NaN before its first), from the metrics this machine may read. */
    private static double relayLastSuccess(ForkedPortal portal) {
        String prefix = "famille_job_last_success_seconds{job=\"courriels\"} ";
        return portal.call("GET", "/metrics", null, null).body().lines().filter(line -> line.startsWith(prefix))
                .mapToDouble(line -> Double.parseDouble(line.substring(prefix.length()))).findFirst().orElse(Double.NaN);
    }

    private static boolean isReset(MimeMessage mail) {
        try {
            return mail.getSubject().contains("réinitialisation");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
