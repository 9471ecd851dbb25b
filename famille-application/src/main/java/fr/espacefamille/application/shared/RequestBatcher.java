package fr.espacefamille.application.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * Decides requests for the same key together. Work on a key that must run one at a time (a slot
 * whose row lock is held until commit) would otherwise cost each request a whole transaction in
 * turn; here the first caller for an idle key works alone, and whoever arrives meanwhile waits
 * and is handed over, as one batch, to the first of them once the running batch is done. A
 * thousand requests on one key thus take a handful of transactions instead of a thousand. Each
 * caller gets its own answer; when the work fails, every request of its batch gets the failure.
 * No thread of its own: the callers do the work, each at most one batch — its own.
 *
 * @param <K> what requests must be decided together for (equal keys share batches)
 * @param <T> a request
 * @param <R> the answer to one request
 */
public final class RequestBatcher<K, T, R> {

    private final BiFunction<K, List<T>, List<R>> work;
    /** The keys being worked on, each with the requests that arrived meanwhile, in arrival order. */
    private final Map<K, List<Pending>> busy = new ConcurrentHashMap<>();

    /** {@code work} answers a batch's requests in their order, one answer each. */
    public RequestBatcher(BiFunction<K, List<T>, List<R>> work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    /** Decides {@code request} together with the other requests for {@code key} waiting at the same time. */
    public R submit(K key, T request) {
        Pending own = new Pending(request);
        boolean[] leads = {false};
        busy.compute(key, (k, waiting) -> {
            if (waiting == null) {
                leads[0] = true;
                return new ArrayList<>();
            }
            waiting.add(own);
            return waiting;
        });
        List<Pending> batch = leads[0] ? List.of(own) : own.turn.join();
        if (batch != null) {
            run(key, batch);
        }
        try {
            return own.answer.join();
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

    /** How many requests for {@code key} wait behind its running batch (tests wait for them without sleeping). */
    int waiting(K key) {
        int[] count = {0};
        busy.computeIfPresent(key, (k, waiting) -> {
            count[0] = waiting.size();
            return waiting;
        });
        return count[0];
    }

    private void run(K key, List<Pending> batch) {
        try {
            List<R> answers = work.apply(key, batch.stream().map(p -> p.request).toList());
            if (answers.size() != batch.size()) {
                throw new IllegalStateException(answers.size() + " answers for " + batch.size() + " requests");
            }
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).answer.complete(answers.get(i));
            }
        } catch (RuntimeException | Error e) {
            batch.forEach(p -> p.answer.completeExceptionally(e));
        } finally {
            handOver(key);
        }
    }

    /** Gives the requests that arrived meanwhile to the first of them, or frees the key. */
    private void handOver(K key) {
        List<List<Pending>> next = new ArrayList<>(1);
        busy.compute(key, (k, waiting) -> {
            if (waiting == null || waiting.isEmpty()) {
                return null;
            }
            next.add(waiting);
            return new ArrayList<>();
        });
        if (!next.isEmpty()) {
            List<Pending> batch = next.get(0);
            batch.get(0).turn.complete(batch);
            batch.subList(1, batch.size()).forEach(p -> p.turn.complete(null));
        }
    }

    private final class Pending {
        private final T request;
        /** Completed with the batch this request must run, or with null when another caller runs it. */
        private final CompletableFuture<List<Pending>> turn = new CompletableFuture<>();
        private final CompletableFuture<R> answer = new CompletableFuture<>();

        private Pending(T request) {
            this.request = request;
        }
    }
}
