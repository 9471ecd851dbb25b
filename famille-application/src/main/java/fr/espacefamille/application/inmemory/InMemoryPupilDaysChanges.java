package fr.espacefamille.application.inmemory;

import java.util.Objects;

import fr.espacefamille.application.canteen.PupilDaysChanges;
import fr.espacefamille.domain.family.ChildId;

/**
 * {@link PupilDaysChanges} told by hand: what a database would tell of another instance's writes
 * ({@link #tell}), and the feed going down ({@link #lose}) and coming back ({@link #restore}).
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

    /** Nothing is told back here: {@link #tell} stands for the other instances. */
    @Override
    public Echo expect(ChildId child) {
        return Echo.NONE;
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
