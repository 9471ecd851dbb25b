package fr.espacefamille.adapter.jdbc;

import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;

/**
 * A test run on fresh, empty stores of one backend per invocation. The concrete class says which
 * backends with {@code @ParameterizedClass} and {@code @EnumSource(Backends.class)}, e.g.
 * {@code @EnumSource(names = {"H2", "POSTGRES"})} for a test of the JDBC stores only; a port
 * contract extends {@link StoreContract}, which runs on all of them.
 */
public abstract class BackendTest {

    /** The backends a test may run on. */
    public enum Backends {
        IN_MEMORY(Backend::inMemory), H2(Backend::h2), POSTGRES(Backend::postgres);

        private final Supplier<Backend> open;

        Backends(Supplier<Backend> open) {
            this.open = open;
        }
    }

    @Parameter
    private Backends on;
    private final Supplier<Backend> backends;
    protected Backend backend;

    /** The test on the backend of the invocation. */
    protected BackendTest() {
        this.backends = null;
    }

    /**
     * The test on the backends {@code backends} gives, whatever the invocation: the older form, one
     * nested class per backend. Prefer the constructor without argument.
     */
    protected BackendTest(Supplier<Backend> backends) {
        this.backends = backends;
    }

    @BeforeEach
    void openBackend() {
        backend = backends != null ? backends.get() : on.open.get();
    }

    @AfterEach
    void closeBackend() {
        backend.close();
    }
}
