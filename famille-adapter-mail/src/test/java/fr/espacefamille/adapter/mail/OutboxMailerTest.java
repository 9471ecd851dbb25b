package fr.espacefamille.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.espacefamille.application.shared.Mail;

class OutboxMailerTest {

    @TempDir
    Path data;

    private List<Path> outbox() throws IOException {
        try (Stream<Path> files = Files.list(data.resolve("outbox"))) {
            return files.sorted().toList();
        }
    }

    @Test
    void writes_each_mail_as_an_eml_file_in_the_outbox_folder() throws IOException {
        OutboxMailer mailer = new OutboxMailer(data.resolve("outbox"), Mails.FROM, Mails.CLOCK);
        Mail mail = Mails.reset();

        mailer.send(mail);
        mailer.send(mail);

        assertThat(outbox()).hasSize(2).allSatisfy(file -> assertThat(file.getFileName().toString())
                .startsWith("20260907-060000-000-").endsWith(".eml"));
        try (InputStream eml = Files.newInputStream(outbox().get(0))) {
            Mails.assertWhole(Mails.parse(eml), mail);
        }
    }

    @Test
    void a_mail_that_cannot_be_written_is_dropped_without_failing_the_caller() throws IOException {
        Path notAFolder = Files.writeString(data.resolve("outbox"), "a file where the folder should be");

        new OutboxMailer(notAFolder, Mails.FROM, Mails.CLOCK).send(Mails.reset());

        assertThat(Files.readString(notAFolder)).isEqualTo("a file where the folder should be");
    }
}
