package fr.espacefamille.application.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * Decides requests for the same key together. Work on a key that must run one at a time (a slot
 * whose row lock is held until commit) would otherwise cost each request a whole transaction in
 * turn; here the first caller for an idle key works alone, and whoever arrives meanwhile waits
 * and is handed over, as one batch, once the running batch is done. A thousand requests on one
 * key thus take a handful of transactions instead of a thousand. Each caller gets its own answer;
 * when the work fails, every request of its batch gets the failure.
 *
 * <p>No thread of its own: the callers do the work. A caller that {@link #submit waits} runs at
 * most one batch, the one it leads. A caller that only {@link #offer offers} its request does not
 * wait for it — a crowd then holds no thread each — so the batch it leads is run by the thread
 * finishing the batch before, which goes on while batches led by such requests queue up.
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
        Pending own = new Pending(request, true);
        List<Pending> batch = enqueue(key, own) ? List.of(own) : own.turn.join();
        if (batch != null) {
            runFrom(key, batch);
        }
        return Futures.joined(own.answer);
    }

    /**
     * Queues {@code request} like {@link #submit} without waiting for its answer: the answer completes
     * once its batch has run, on the thread that ran it (which is this one when the key was idle).
     */
    public CompletableFuture<R> offer(K key, T request) {
        Pending own = new Pending(request, false);
        if (enqueue(key, own)) {
            runFrom(key, List.of(own));
        }
        return own.answer;
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

    /** Whether {@code own} leads a batch at once (the key was idle); else it waits for the running one. */
    private boolean enqueue(K key, Pending own) {
        boolean[] leads = {false};
        busy.compute(key, (k, waiting) -> {
            if (waiting == null) {
                leads[0] = true;
                return new ArrayList<>();
            }
            waiting.add(own);
            return waiting;
        });
        return leads[0];
    }

    /** Runs {@code batch}, then each next batch whose leader does not wait to run it. */
    private void runFrom(K key, List<Pending> batch) {
        for (List<Pending> next = batch; next != null; next = handOver(key)) {
            run(key, next);
        }
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
        }
    }

    /**
     * Takes the requests that arrived meanwhile as the next batch, or frees the key. A batch whose first
     * request waits is given to that caller to run; otherwise it is answered, to be run by this thread.
     */
    private List<Pending> handOver(K key) {
        List<List<Pending>> next = new ArrayList<>(1);
        busy.compute(key, (k, waiting) -> {
            if (waiting == null || waiting.isEmpty()) {
                return null;
            }
            next.add(waiting);
            return new ArrayList<>();
        });
        if (next.isEmpty()) {
            return null;
        }
        List<Pending> batch = next.get(0);
        batch.subList(1, batch.size()).forEach(p -> p.turn.complete(null));
        if (batch.get(0).waits) {
            batch.get(0).turn.complete(batch);
            return null;
        }
        return batch;
    }

    private final class Pending {
        private final T request;
        /** Whether its caller waits (and so runs the batch it leads) or only offered it. */
        private final boolean waits;
        /** Completed with the batch this request's caller must run, or with null when another thread runs it. */
        private final CompletableFuture<List<Pending>> turn = new CompletableFuture<>();
        private final CompletableFuture<R> answer = new CompletableFuture<>();

        private Pending(T request, boolean waits) {
            this.request = request;
            this.waits = waits;
        }
    }
}
