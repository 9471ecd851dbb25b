package fr.espacefamille.adapter.jdbc;

import java.util.function.Supplier;

import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Base of the port contract tests: a test class extending it runs each of its tests once per
 * backend, on fresh, empty stores, so that the same behaviour is checked on the in-memory stores,
 * H2 and PostgreSQL ({@code FooTest} shows as {@code FooTest [IN_MEMORY]}, {@code [H2]},
 * {@code [POSTGRES]}).
 */
@ParameterizedClass(name = "[{0}]")
@EnumSource(BackendTest.Backends.class)
public abstract class StoreContract extends BackendTest {

    /** The contract on every backend. */
    protected StoreContract() {
    }

    /** The older form: one nested class per backend ({@link BackendTest#BackendTest(Supplier)}). */
    protected StoreContract(Supplier<Backend> backends) {
        super(backends);
    }
}
