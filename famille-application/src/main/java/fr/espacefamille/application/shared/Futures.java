package fr.espacefamille.application.shared;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waiting for answers that come from other threads (batches, asynchronous reads). */
public final class Futures {

    private Futures() {
    }

    /**
     * The value of {@code future} once done, its failure thrown as itself, not wrapped: a refusal or a
     * database error reaches its caller as if the work had run on the caller's thread.
     */
    public static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw e;
        }
    }
}
