package fr.espacefamille.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import fr.espacefamille.application.shared.Mail;

/** Against a real SMTP server in the same process (GreenMail), on a free port. */
class SmtpMailerTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("portail", "Secret-Smtp-2026"));

    private SmtpMailer mailer(String user, String password) {
        return new SmtpMailer("127.0.0.1", SMTP.getSmtp().getPort(), user, password, Mails.FROM, Mails.CLOCK);
    }

    @Test
    void sends_a_multipart_french_mail_with_login() {
        Mail mail = Mails.reset();

        mailer("portail", "Secret-Smtp-2026").send(mail);

        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        Mails.assertWhole(SMTP.getReceivedMessages()[0], mail);
    }

    @Test
    void a_refused_login_throws_so_that_the_outbox_tries_again() {
        assertThatThrownBy(() -> mailer("portail", "wrong-password").send(Mails.reset())).isInstanceOf(SmtpMailer.NotSent.class);

        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void an_unreachable_server_throws_so_that_the_outbox_tries_again() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        SmtpMailer unreachable = new SmtpMailer("127.0.0.1", closedPort, null, null, Mails.FROM, Mails.CLOCK);
        assertThatThrownBy(() -> unreachable.send(Mails.reset())).isInstanceOf(SmtpMailer.NotSent.class);

        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }
}
