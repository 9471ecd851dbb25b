package fr.espacefamille.adapter.jdbc.canteen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.jdbc.Backend;
import fr.espacefamille.adapter.jdbc.TestDatabases;
import fr.espacefamille.adapter.jdbc.family.JdbiEnrolments;
import fr.espacefamille.adapter.jdbc.shared.Database;
import fr.espacefamille.application.canteen.PupilDaysChanges;
import fr.espacefamille.domain.calendar.DateRange;
import fr.espacefamille.domain.canteen.AbsenceBilling;
import fr.espacefamille.domain.canteen.AbsenceId;
import fr.espacefamille.domain.canteen.AbsenceReason;
import fr.espacefamille.domain.canteen.CanteenAbsence;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.ChildService;
import fr.espacefamille.domain.family.Enrolment;
import fr.espacefamille.domain.family.EnrolmentId;

/**
 * Migration V171's triggers and their listener on a real PostgreSQL: each committed change to a
 * month view's tables is heard with its child, a rolled-back one is not, and a cut connection makes
 * the listener forget everything, stop watching, and come back.
 */
class PostgresPupilDaysChangesTest {

    private static final String EVERYTHING = "everything";
    private static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);

    private final Database database = TestDatabases.freshPostgres();
    private final Backend backend = Backend.on(database);
    private final CanteenFixture town = new CanteenFixture(backend);
    private final BlockingQueue<String> heard = new LinkedBlockingQueue<>();
    private final PupilDaysChanges changes = database.pupilDaysChanges();

    @AfterEach
    void close() {
        backend.close();
    }

    /** Starts listening: returns once connected (its first "forget everything"). */
    private void listen() throws InterruptedException {
        changes.listen(new PupilDaysChanges.Listener() {
            @Override
            public void changed(ChildId child) {
                heard.add(child.toString());
            }

            @Override
            public void forgetAll() {
                heard.add(EVERYTHING);
            }
        });
        assertThat(next()).isEqualTo(EVERYTHING);
    }

    private String next() throws InterruptedException {
        return heard.poll(10, TimeUnit.SECONDS);
    }

    @Test
    void every_committed_change_to_a_child_s_days_is_heard_with_the_child_and_a_rolled_back_one_is_not() throws Exception {
        listen();
        String lea = town.lea.id().toString();
        var bookings = new JdbiCanteenBookings(backend.jdbc());

        bookings.book(town.lea.id(), MONDAY, town.pasteur.id());
        assertThat(next()).as("booked").isEqualTo(lea);
        bookings.cancel(town.lea.id(), MONDAY);
        assertThat(next()).as("cancelled").isEqualTo(lea);
        new JdbiCanteenAbsences(backend.jdbc()).add(new CanteenAbsence(AbsenceId.random(), town.lea.id(), new DateRange(MONDAY, MONDAY),
                AbsenceReason.OTHER, null, Instant.now(), "claire", new TreeMap<>(Map.of(MONDAY, AbsenceBilling.NOT_BILLED))));
        assertThat(next()).as("absent").isEqualTo(lea);
        var enrolments = new JdbiEnrolments(backend.jdbc());
        Enrolment enrolment = new Enrolment(EnrolmentId.random(), town.zoe.id(), ChildService.CANTEEN, LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 7, 3), "2026-2027");
        enrolments.add(enrolment);
        assertThat(next()).as("enrolled").isEqualTo(town.zoe.id().toString());
        backend.families().update(town.family);
        assertThat(heard.poll(10, TimeUnit.SECONDS)).as("a family saved: its children").isIn(lea, town.zoe.id().toString(),
                town.malo.id().toString());

        heard.clear();
        try {
            backend.transactions().run(() -> {
                bookings.book(town.malo.id(), MONDAY, town.prevert.id());
                throw new IllegalStateException("refused");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        bookings.book(town.zoe.id(), MONDAY, town.pasteur.id());
        assertThat(next()).as("the rolled-back booking told nothing").isEqualTo(town.zoe.id().toString());
    }

    @Test
    void a_cut_connection_forgets_everything_and_stops_watching_until_it_is_back_then_forgets_again() throws Exception {
        listen();
        var listener = (PostgresPupilDaysChanges) changes;
        int cut = listener.backendPid();
        assertThat(cut).isPositive();

        backend.jdbc().useHandle(handle -> handle.createQuery("SELECT pg_terminate_backend(:pid)").bind("pid", cut).mapTo(Boolean.class).one());

        assertThat(next()).as("lost").isEqualTo(EVERYTHING);
        assertThat(next()).as("back: what changed meanwhile was not heard").isEqualTo(EVERYTHING);
        new JdbiCanteenBookings(backend.jdbc()).book(town.lea.id(), MONDAY, town.pasteur.id());
        assertThat(next()).isEqualTo(town.lea.id().toString());
        assertThat(listener.watching()).isTrue();
        assertThat(listener.backendPid()).isNotEqualTo(cut);
    }

    @Test
    void on_h2_nothing_changes_elsewhere() {
        try (Database h2 = TestDatabases.freshH2()) {
            assertThat(h2.pupilDaysChanges()).isSameAs(PupilDaysChanges.NONE);
        }
    }
}
