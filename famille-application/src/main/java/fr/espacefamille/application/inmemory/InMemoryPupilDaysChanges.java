package fr.espacefamille.application.inmemory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import fr.espacefamille.application.canteen.PupilDaysChanges;
import fr.espacefamille.domain.family.ChildId;

/**
 * {@link PupilDaysChanges} told by hand: what a database would tell of another instance's writes
 * ({@link #tell}), and the feed going down ({@link #lose}) and coming back ({@link #restore});
 * what this instance announced is kept in {@link #announced()} ({@code null} standing for everyone).
 */
public final class InMemoryPupilDaysChanges implements PupilDaysChanges {

    private volatile boolean watching = true;
    private volatile Listener listener;

    @Override
    public boolean watching() {
        return watching;
    }

    @Override
    public void listen(Listener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    private final List<ChildId> announced = new CopyOnWriteArrayList<>();

    @Override
    public void announce(ChildId child) {
        announced.add(Objects.requireNonNull(child, "child"));
    }

    @Override
    public void announceAll() {
        announced.add(null);
    }

    public List<ChildId> announced() {
        return new ArrayList<>(announced);
    }

    /** Another instance changed the child's days. */
    public void tell(ChildId child) {
        listener.changed(child);
    }

    public void lose() {
        watching = false;
        listener.forgetAll();
    }

    public void restore() {
        listener.forgetAll();
        watching = true;
    }
}
