package fr.espacefamille.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;

/**
 * Issue #20 point 6: the logs of a whole scenario, at INFO and in JSON with every field (MDC,
 * key-value pairs, stack traces), hold none of the secrets it used: passwords, session and reset
 * tokens, the activation key, the IBAN, a document's content. And they do tell the operator
 * each request (id, route template, status, duration) and each security refusal.
 */
class LogSecretsTest {

    private static final String PASSWORD = "Glycine-Ardoise-Tramway-42";
    private static final String WRONG_PASSWORD = "Wrong-Secret-Passphrase-77";
    private static final String NEW_PASSWORD = "Bruyere-Cormoran-Estuaire-7";
    private static final String IBAN = "FR7630006000011234567890189";
    private static final String DOCUMENT_MARK = "CONTENU-PRIVE-DU-CERTIFICAT-8f3a";

    /** Every event of every logger, encoded as the JSON log format writes it. */
    private static final class Capture extends AppenderBase<ILoggingEvent> {
        final List<String> lines = Collections.synchronizedList(new ArrayList<>());
        final JsonEncoder json = new JsonEncoder();

        @Override
        protected void append(ILoggingEvent event) {
            // as read back: JSON writes "/" as "\\/"
            lines.add(new String(json.encode(event), StandardCharsets.UTF_8).replace("\\/", "/"));
        }
    }

    @Test
    void a_whole_scenario_logs_each_request_and_refusal_but_none_of_its_secrets() {
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = logging.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level level = root.getLevel();
        Capture capture = new Capture();
        capture.setContext(logging);
        capture.json.setContext(logging);
        capture.json.setWithFormattedMessage(true);
        capture.json.start();
        capture.start();
        root.addAppender(capture);
        root.setLevel(Level.INFO);
        List<String> secrets = new ArrayList<>(List.of(PASSWORD, WRONG_PASSWORD, NEW_PASSWORD, IBAN, "3000 6000 0112 3456 7890",
                DOCUMENT_MARK, TestPortal.ADMIN_PASSWORD));
        try (TestPortal portal = TestPortal.h2("2026-10-02T09:00:00+02:00")) {
            String admin = portal.admin();
            secrets.add(admin);
            String agent = portal.agent("SCHOOL_AGENT");
            secrets.add(agent);
            JsonNode family = AccountApiTest.family(portal, agent);
            String key = AccountApiTest.key(family, 0);
            secrets.add(key);
            secrets.add(key.replace("-", ""));
            String username = AccountApiTest.uniqueUsername();
            assertThat(AccountApiTest.activate(portal, key, username, PASSWORD).status()).isEqualTo(201);

            assertThat(portal.call("POST", "/api/v1/session", null, Map.of("login", username, "password", WRONG_PASSWORD)).status())
                    .isEqualTo(401);
            for (int attempt = 0; attempt < 6; attempt++) {
                portal.call("POST", "/api/v1/session", null, Map.of("login", "inconnu", "password", WRONG_PASSWORD));
            }
            String parent = portal.signIn(username, PASSWORD);
            secrets.add(parent);

            assertThat(portal.call("POST", "/api/v1/password/forgot", null, Map.of("login", username)).status()).isEqualTo(202);
            String reset = Outbox.to(portal, username + "@example.fr").get(0).resetToken();
            secrets.add(reset);
            assertThat(portal.call("POST", "/api/v1/password/reset", null, Map.of("token", reset, "newPassword", NEW_PASSWORD))
                    .status()).isEqualTo(204);
            parent = portal.signIn(username, NEW_PASSWORD);
            secrets.add(parent);

            TestPortal.Response mandate = portal.call("POST", "/api/v1/mandates", parent,
                    Map.of("regie", "SCHOOL", "holder", "Claire Martin", "iban", "fr76 3000 6000 0112 3456 7890 189", "consent", true));
            assertThat(mandate.status()).as(mandate.body()).isEqualTo(201);
            assertThat(portal.call("POST", "/api/v1/mandates", parent,
                    Map.of("regie", "SCHOOL", "holder", "Claire Martin", "iban", IBAN.replace("189", "188"), "consent", true)).status())
                    .as("a wrong IBAN is refused without being logged").isEqualTo(422);
            secrets.add(IBAN.replace("189", "188"));

            byte[] pdf = ("%PDF-1.4\n% " + DOCUMENT_MARK + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
            var upload = CanteenTown.Multipart.of(Map.of("kind", "MEDICAL_CERTIFICATE"), "file", "certificat.pdf", pdf);
            TestPortal.Response uploaded = CanteenTown.send(portal, "POST", "/api/v1/documents",
                    Map.of("Authorization", "Bearer " + parent, "Content-Type", upload.contentType()), upload.bytes());
            assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
            assertThat(portal.call("GET", "/api/v1/documents/" + uploaded.json().get("id").asText(), parent, null).bytes())
                    .isEqualTo(pdf);

            TestPortal.Response forged = CanteenTown.send(portal, "POST", "/connexion",
                    Map.of("Content-Type", "application/x-www-form-urlencoded"),
                    ("login=" + username + "&password=" + NEW_PASSWORD).getBytes(StandardCharsets.UTF_8));
            assertThat(forged.status()).as("a form without its CSRF token").isEqualTo(403);
        } finally {
            root.detachAppender(capture);
            root.setLevel(level);
        }

        String logs = String.join("\n", capture.lines);
        for (String secret : secrets) {
            assertThat(logs).as("a secret in the logs").doesNotContain(secret);
        }
        assertThat(capture.lines).as("one line per request, with its id, route template, status and duration")
                .anySatisfy(line -> assertThat(line).contains("\"route\"", "/api/v1/session", "\"status\"", "401", "\"durationMs\"",
                        "\"requestId\""))
                .anySatisfy(line -> assertThat(line).contains("\"route\"", "/api/v1/documents/{id}", "200"));
        assertThat(capture.lines).as("security refusals are logged")
                .anySatisfy(line -> assertThat(line).contains("BAD_CREDENTIALS", "/api/v1/session"))
                .anySatisfy(line -> assertThat(line).contains("ACCOUNT_LOCKED"))
                .anySatisfy(line -> assertThat(line).contains("CSRF_TOKEN_INVALID", "/connexion"));
    }
}
