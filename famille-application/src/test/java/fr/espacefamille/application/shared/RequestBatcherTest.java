package fr.espacefamille.application.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntUnaryOperator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RequestBatcherTest {

    private final ExecutorService callers = Executors.newFixedThreadPool(12);
    private final List<List<Integer>> batches = Collections.synchronizedList(new ArrayList<>());
    /** The threads that ran each batch, in order. */
    private final List<String> runners = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch firstRunning = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        callers.shutdownNow();
    }

    @Test
    void a_lone_request_is_decided_at_once_by_its_caller() {
        RequestBatcher<String, Integer, String> batcher = new RequestBatcher<>((key, requests) -> {
            batches.add(requests);
            return requests.stream().map(r -> key + r).toList();
        });
        assertThat(batcher.submit("slot", 7)).isEqualTo("slot7");
        assertThat(batcher.submit("slot", 8)).isEqualTo("slot8");
        assertThat(batches).containsExactly(List.of(7), List.of(8));
    }

    @Test
    void requests_arriving_while_a_batch_runs_are_decided_together_next_each_getting_its_own_answer() throws Exception {
        RequestBatcher<String, Integer, Integer> batcher = holdingTheFirstBatch(r -> r * 10);
        Future<Integer> first = callers.submit(() -> batcher.submit("slot", 0));
        assertThat(firstRunning.await(10, TimeUnit.SECONDS)).isTrue();
        List<Future<Integer>> others = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            int request = i;
            others.add(callers.submit(() -> batcher.submit("slot", request)));
        }
        awaitWaiting(batcher, 10);
        release.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isZero();
        for (int i = 1; i <= 10; i++) {
            assertThat(others.get(i - 1).get(10, TimeUnit.SECONDS)).isEqualTo(i * 10);
        }
        assertThat(batches.get(0)).containsExactly(0);
        assertThat(batches.subList(1, batches.size()).stream().flatMap(List::stream))
                .containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(batches).as("the ten waited together, not one transaction each").hasSizeLessThan(4);
    }

    @Test
    void a_failing_batch_fails_each_of_its_requests_and_the_key_stays_usable() {
        RequestBatcher<String, Integer, Integer> batcher = new RequestBatcher<>((key, requests) -> {
            if (requests.contains(13)) {
                throw new IllegalStateException("base indisponible");
            }
            return requests;
        });
        assertThatThrownBy(() -> batcher.submit("slot", 13)).isInstanceOf(IllegalStateException.class)
                .hasMessage("base indisponible");
        assertThat(batcher.submit("slot", 14)).isEqualTo(14);
    }

    @Test
    void different_keys_do_not_wait_for_each_other() throws Exception {
        RequestBatcher<String, Integer, Integer> batcher = new RequestBatcher<>((key, requests) -> {
            if (key.equals("matin")) {
                await(release);
            }
            return requests;
        });
        Future<Integer> blocked = callers.submit(() -> batcher.submit("matin", 1));
        assertThat(callers.submit(() -> batcher.submit("après-midi", 2)).get(10, TimeUnit.SECONDS)).isEqualTo(2);
        assertThat(blocked.isDone()).isFalse();
        release.countDown();
        assertThat(blocked.get(10, TimeUnit.SECONDS)).isEqualTo(1);
    }

    @Test
    void an_answer_count_that_does_not_match_the_batch_fails_it() {
        RequestBatcher<String, Integer, Integer> batcher = new RequestBatcher<>((key, requests) -> List.of());
        assertThatThrownBy(() -> batcher.submit("slot", 1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void an_offered_request_on_an_idle_key_is_decided_by_its_caller_before_the_call_returns() {
        RequestBatcher<String, Integer, String> batcher = new RequestBatcher<>((key, requests) -> {
            batches.add(requests);
            return requests.stream().map(r -> key + r + Thread.currentThread().getName()).toList();
        });
        CompletableFuture<String> answer = batcher.offer("slot", 7);
        assertThat(answer).isCompletedWithValue("slot7" + Thread.currentThread().getName());
        assertThat(batches).containsExactly(List.of(7));
    }

    @Test
    void offered_requests_do_not_hold_their_callers_and_the_thread_ending_a_batch_decides_them_next() throws Exception {
        RequestBatcher<String, Integer, Integer> batcher = holdingTheFirstBatch(r -> r * 10);
        Future<Integer> first = callers.submit(() -> batcher.submit("slot", 0));
        assertThat(firstRunning.await(10, TimeUnit.SECONDS)).isTrue();
        List<CompletableFuture<Integer>> offered = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            offered.add(batcher.offer("slot", i));
        }
        assertThat(offered).as("each offer returned at once, undecided").noneMatch(CompletableFuture::isDone);
        assertThat(batcher.waiting("slot")).isEqualTo(10);
        release.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isZero();
        for (int i = 1; i <= 10; i++) {
            assertThat(offered.get(i - 1).get(10, TimeUnit.SECONDS)).isEqualTo(i * 10);
        }
        assertThat(batches).containsExactly(List.of(0), List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
        assertThat(runners).as("the waiting caller ran its batch, then the offered one").hasSize(2)
                .doesNotContain(Thread.currentThread().getName()).allMatch(runners.get(0)::equals);
    }

    @Test
    void a_waiting_caller_behind_an_offered_request_gets_its_answer_from_the_batch_they_share() throws Exception {
        RequestBatcher<String, Integer, Integer> batcher = holdingTheFirstBatch(r -> -r);
        CompletableFuture<Integer> leader = CompletableFuture.supplyAsync(() -> batcher.offer("slot", 0), callers).thenCompose(f -> f);
        assertThat(firstRunning.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Integer> offered = batcher.offer("slot", 1);
        Future<Integer> waiting = callers.submit(() -> batcher.submit("slot", 2));
        awaitWaiting(batcher, 2);
        release.countDown();

        assertThat(leader.get(10, TimeUnit.SECONDS)).isZero();
        assertThat(offered.get(10, TimeUnit.SECONDS)).isEqualTo(-1);
        assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo(-2);
        assertThat(batches).containsExactly(List.of(0), List.of(1, 2));
    }

    @Test
    void a_failing_batch_fails_each_offered_request_with_the_failure() {
        RequestBatcher<String, Integer, Integer> batcher = new RequestBatcher<>((key, requests) -> {
            throw new IllegalStateException("base indisponible");
        });
        assertThat(batcher.offer("slot", 1)).isCompletedExceptionally();
        assertThatThrownBy(() -> batcher.offer("slot", 2).join()).hasCauseInstanceOf(IllegalStateException.class);
    }

    /** A batcher answering {@code answer} of each request, whose batch holding request 0 runs until {@link #release}. */
    private RequestBatcher<String, Integer, Integer> holdingTheFirstBatch(IntUnaryOperator answer) {
        return new RequestBatcher<>((key, requests) -> {
            batches.add(requests);
            runners.add(Thread.currentThread().getName());
            if (requests.contains(0)) {
                firstRunning.countDown();
                await(release);
            }
            return requests.stream().map(answer::applyAsInt).toList();
        });
    }

    /** Polls until {@code count} requests wait behind the running batch. */
    private static void awaitWaiting(RequestBatcher<String, Integer, Integer> batcher, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (batcher.waiting("slot") < count && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertThat(batcher.waiting("slot")).isEqualTo(count);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
