package fr.espacefamille.bootstrap;

import static fr.espacefamille.bootstrap.BookingCrashTest.child;
import static fr.espacefamille.bootstrap.BookingCrashTest.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fr.espacefamille.adapter.jdbc.TestDatabases;

/**
 * {@code backup} while the portal runs and takes bookings, wipe, {@code restore} into an empty data
 * folder and an empty database, start again: the portal gives the same answers, every booking
 * writer's restored days are a prefix of what it wrote (one snapshot, no hole), new writes work,
 * and a second restore onto the restored data is refused. Real processes, on the embedded H2 file
 * and on PostgreSQL.
 */
class BackupRestoreTest {

    private static final String CLOCK = "2026-09-07T08:00:00+02:00";
    private static final LocalDate FIRST = LocalDate.parse("2026-09-08");
    private static final LocalDate LAST = LocalDate.parse("2026-11-30");
    private static final int KEPT = 3;
    private static final int WRITERS = 4;
    private static final byte[] PDF = RulesApiTest.PDF;

    private final List<ForkedPortal> portals = new ArrayList<>();

    @AfterEach
    void stopPortals() {
        portals.forEach(ForkedPortal::close);
    }

    @Test
    void an_embedded_portal_saved_while_it_takes_bookings_restores_into_an_empty_data_folder() throws Exception {
        roundTrip(null, null);
    }

    @Test
    void a_postgresql_portal_saved_while_it_takes_bookings_restores_into_an_empty_database() throws Exception {
        // the saved portal's database holds the migrated schema already; the one restored into must be empty
        roundTrip(TestDatabases.freshMigratedPostgresUrl(), TestDatabases.freshPostgresUrl());
    }

    private void roundTrip(String dbUrl, String restoredDbUrl) throws Exception {
        Path root = Folders.temporary("famille-backup");
        Path dataDir = Files.createDirectories(root.resolve("donnees"));
        Path archive = root.resolve("sauvegarde.zip");
        ForkedPortal portal = start(dbUrl, dataDir, "first");
        String school = portal.agent("cantine", "SCHOOL_AGENT");
        String pasteur = expect(201, portal.call("POST", "/api/v1/admin/schools", school, Map.of("name", "École Louis Pasteur")))
                .json().get("id").asText();
        expect(200, portal.call("PUT", "/api/v1/admin/school-years/2026-2027", school, Map.of("start", "2026-09-01", "end", "2027-07-03",
                "weekdays", List.of("MONDAY", "TUESDAY", "THURSDAY", "FRIDAY"), "holidays", List.of(), "closures", List.of())));
        List<LocalDate> days = schoolDays();
        List<String> kept = pupils(portal, school, pasteur, "Garde", KEPT);
        for (int i = 0; i < KEPT; i++) {
            for (int d = i; d < days.size(); d += 3 + i) {
                expect(200, portal.call("PUT", "/api/v1/children/" + kept.get(i) + "/canteen/" + days.get(d), school, null));
            }
        }
        String rules = expect(201, portal.upload("/api/v1/admin/rules", school, Map.of("title", "Règlement de la cantine",
                "service", "CANTEEN"), "file", "Règlement cantine.pdf", PDF)).json().get("id").asText();
        List<String> writers = pupils(portal, school, pasteur, "Ecrit", WRITERS);

        // each writer books its pupil's days in order, one at a time, through the whole backup
        AtomicBoolean stop = new AtomicBoolean();
        List<AtomicInteger> sent = IntStream.range(0, WRITERS).mapToObj(i -> new AtomicInteger()).toList();
        List<AtomicInteger> acknowledged = IntStream.range(0, WRITERS).mapToObj(i -> new AtomicInteger()).toList();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            Thread thread = new Thread(() -> {
                for (int d = 0; d < days.size() && !stop.get(); d++) {
                    sent.get(writer).incrementAndGet();
                    expect(200, portal.call("PUT", "/api/v1/children/" + writers.get(writer) + "/canteen/" + days.get(d), school, null));
                    acknowledged.get(writer).incrementAndGet();
                }
            });
            thread.start();
            threads.add(thread);
        }
        Instant deadline = Instant.now().plusSeconds(60);
        while (acknowledged.stream().anyMatch(a -> a.get() < 3)) {
            assertThat(Instant.now()).as("the writers started").isBefore(deadline);
            Thread.sleep(5);
        }
        int[] atLeast = acknowledged.stream().mapToInt(AtomicInteger::get).toArray();
        ForkedPortal.Finished backup = ForkedPortal.command(Main.class, dbUrl, dataDir, "backup", archive.toString());
        int[] atMost = sent.stream().mapToInt(AtomicInteger::get).toArray();
        stop.set(true);
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(backup.exitCode()).as(backup.output()).isZero();
        assertThat(backup.output()).contains("Sauvegarde écrite dans " + archive).doesNotContain("Règlement", "Garde");
        assertThat(acknowledged.stream().mapToInt(AtomicInteger::get).sum()).as("bookings taken while saving")
                .isGreaterThan(IntStream.of(atLeast).sum());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(archive))).isEqualTo("rw-------");
        Map<String, String> answers = answers(portal, school, kept, rules);
        assertThat(portal.kill()).isEqualTo(137);

        Folders.delete(dataDir);
        ForkedPortal.Finished restore = ForkedPortal.command(Main.class, restoredDbUrl, dataDir, "restore", archive.toString());
        assertThat(restore.exitCode()).as(restore.output()).isZero();
        assertThat(restore.output()).contains("Sauvegarde " + archive + " restaurée");
        try (Stream<Path> all = Files.walk(dataDir)) {
            assertThat(all.filter(p -> !PosixFilePermissions.toString(uncheckedPermissions(p)).matches("rw-------|rwx------")).toList())
                    .as("files of the restored data folder open to others").isEmpty();
        }

        ForkedPortal restored = start(restoredDbUrl, dataDir, "restored");
        assertThat(answers(restored, school, kept, rules)).isEqualTo(answers);
        for (int w = 0; w < WRITERS; w++) {
            JsonNode month = expect(200, restored.call("GET", "/api/v1/children/" + writers.get(w) + "/canteen?from=" + FIRST + "&to="
                    + LAST, school, null)).json();
            List<String> booked = new ArrayList<>();
            month.forEach(day -> {
                if (day.get("status").asText().equals("BOOKED")) {
                    booked.add(day.get("date").asText());
                }
            });
            assertThat(booked).as("writer %s's restored bookings: a prefix of its own", w)
                    .isEqualTo(days.subList(0, booked.size()).stream().map(LocalDate::toString).toList());
            assertThat(booked.size()).as("writer %s: acknowledged before the backup ≤ restored ≤ sent before its end", w)
                    .isBetween(atLeast[w], atMost[w]);
        }
        int audited = expect(200, restored.call("GET", "/api/v1/admin/audit?from=2026-09-01&to=2026-09-30", restored.admin, null))
                .json().size();
        expect(201, restored.call("POST", "/api/v1/admin/schools", school, Map.of("name", "École Jules Verne")));
        assertThat(expect(200, restored.call("GET", "/api/v1/admin/audit?from=2026-09-01&to=2026-09-30", restored.admin, null))
                .json().size()).as("the audit log goes on after the restored entries").isGreaterThan(audited);
        restored.kill();

        ForkedPortal.Finished again = ForkedPortal.command(Main.class, restoredDbUrl, dataDir, "restore", archive.toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.output()).contains("Le dossier de données " + dataDir + " n'est pas vide : la restauration exige un dossier vide ou absent.");
        if (restoredDbUrl != null) {
            ForkedPortal.Finished intoUsedDatabase = ForkedPortal.command(Main.class, restoredDbUrl, root.resolve("vide"), "restore",
                    archive.toString());
            assertThat(intoUsedDatabase.exitCode()).isEqualTo(1);
            assertThat(intoUsedDatabase.output())
                    .contains("La base de données de destination n'est pas vide : la restauration exige une base neuve.");
        }
    }

    /** What the API answers about the data the writers do not touch. */
    private static Map<String, String> answers(ForkedPortal portal, String staff, List<String> kept, String rules) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String pupil : kept) {
            answers.put(pupil + " canteen", expect(200, portal.call("GET", "/api/v1/children/" + pupil + "/canteen?from=" + FIRST + "&to="
                    + LAST, staff, null)).body());
        }
        answers.put("families", expect(200, portal.call("GET", "/api/v1/admin/families?q=Garde", staff, null)).body());
        answers.put("rules", expect(200, portal.call("GET", "/api/v1/public/rules", null, null)).body());
        byte[] file = portal.download("/api/v1/public/rules/" + rules + "/file");
        assertThat(file).isEqualTo(PDF);
        answers.put("rules file", Base64.getEncoder().encodeToString(file));
        return answers;
    }

    private static List<String> pupils(ForkedPortal portal, String school, String pasteur, String name, int count) {
        List<String> pupils = IntStream.range(0, count).mapToObj(i -> child(portal, school, name + i, "2018-03-14", pasteur)).toList();
        for (String pupil : pupils) {
            expect(201, portal.call("POST", "/api/v1/admin/children/" + pupil + "/enrolments", school,
                    Map.of("service", "CANTEEN", "schoolYear", "2026-2027")));
        }
        return pupils;
    }

    private static List<LocalDate> schoolDays() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.WEDNESDAY && day.getDayOfWeek().getValue() < 6) {
                days.add(day);
            }
        }
        return days;
    }

    private static java.util.Set<java.nio.file.attribute.PosixFilePermission> uncheckedPermissions(Path path) {
        try {
            return Files.getPosixFilePermissions(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ForkedPortal start(String dbUrl, Path dataDir, String name) throws Exception {
        ForkedPortal portal = ForkedPortal.start(Main.class, dbUrl, dataDir, CLOCK, name);
        portals.add(portal);
        return portal;
    }
}
