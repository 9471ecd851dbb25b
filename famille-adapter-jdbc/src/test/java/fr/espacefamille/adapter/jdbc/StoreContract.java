package fr.espacefamille.adapter.jdbc;

import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the port contract tests: each test runs on fresh, empty stores of one backend, so that
 * the same behaviour is checked on the in-memory stores, H2 and PostgreSQL.
 */
public abstract class StoreContract {

    private final Supplier<Backend> backends;
    protected Backend backend;

    protected StoreContract(Supplier<Backend> backends) {
        this.backends = backends;
    }

    @BeforeEach
    void openBackend() {
        backend = backends.get();
    }

    @AfterEach
    void closeBackend() {
        backend.close();
    }
}
