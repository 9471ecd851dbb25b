package fr.espacefamille.adapter.jdbc.canteen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.jdbc.TestDatabases;
import fr.espacefamille.adapter.jdbc.shared.Database;
import fr.espacefamille.application.canteen.PupilDaysChanges;
import fr.espacefamille.domain.family.ChildId;

/**
 * Changes announced over PostgreSQL's LISTEN/NOTIFY between two instances (two databases objects on one
 * database, as two portals would have): heard on both, the announcer's call returning once heard back;
 * a cut listening connection forgets everything, stops watching, and comes back.
 */
class PostgresPupilDaysChangesTest {

    private static final String EVERYTHING = "everything";

    private final String url = TestDatabases.freshPostgresUrl();
    private final Database here = Database.start(url, TestDatabases.POSTGRES_USER, TestDatabases.POSTGRES_USER);
    private final Database there = Database.start(url, TestDatabases.POSTGRES_USER, TestDatabases.POSTGRES_USER);
    private final BlockingQueue<String> heardHere = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> heardThere = new LinkedBlockingQueue<>();

    @AfterEach
    void close() {
        here.close();
        there.close();
    }

    /**
     * Starts listening: returns once connected (its first "forget everything") and watching, or after 10 s. The
     * listener forgets first and watches just after, on its own thread: a check between the two found it not watching
     * yet.
     */
    private static PupilDaysChanges listening(Database database, BlockingQueue<String> heard) throws InterruptedException {
        PupilDaysChanges changes = database.pupilDaysChanges();
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
        assertThat(heard.poll(10, TimeUnit.SECONDS)).isEqualTo(EVERYTHING);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!changes.watching() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        return changes;
    }

    @Test
    void an_announced_change_is_heard_back_before_the_announcer_returns_and_heard_by_the_other_instance() throws Exception {
        PupilDaysChanges changes = listening(here, heardHere);
        listening(there, heardThere);
        ChildId lea = ChildId.random();

        changes.announce(lea);

        assertThat(heardHere.poll()).as("heard back before announce returned").isEqualTo(lea.toString());
        assertThat(heardThere.poll(10, TimeUnit.SECONDS)).isEqualTo(lea.toString());

        changes.announceAll();
        assertThat(heardThere.poll(10, TimeUnit.SECONDS)).isEqualTo(EVERYTHING);
    }

    @Test
    void a_cut_connection_forgets_everything_and_stops_watching_until_it_is_back_then_forgets_again() throws Exception {
        var listener = (PostgresPupilDaysChanges) listening(here, heardHere);
        PupilDaysChanges other = there.pupilDaysChanges();
        int cut = listener.backendPid();
        assertThat(cut).isPositive();
        assertThat(listener.watching()).isTrue();

        here.context().useHandle(handle -> handle.createQuery("SELECT pg_terminate_backend(:pid)").bind("pid", cut).mapTo(Boolean.class).one());

        assertThat(heardHere.poll(10, TimeUnit.SECONDS)).as("lost").isEqualTo(EVERYTHING);
        assertThat(heardHere.poll(10, TimeUnit.SECONDS)).as("back: what was announced meanwhile was not heard").isEqualTo(EVERYTHING);
        ChildId lea = ChildId.random();
        other.announce(lea);
        assertThat(heardHere.poll(10, TimeUnit.SECONDS)).isEqualTo(lea.toString());
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
