package fr.espacefamille.adapter.jdbc.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.jdbc.TestDatabases;
import fr.espacefamille.adapter.jdbc.shared.Database;
import fr.espacefamille.adapter.jdbc.shared.JdbiTransactions;
import fr.espacefamille.application.document.DeleteOrphanFiles;
import fr.espacefamille.application.document.DocumentStore;
import fr.espacefamille.application.shared.Secrets;

/**
 * The orphan files' clean-up run by two instances (two connection pools on one database) and two
 * threads each at the same time, on H2 and PostgreSQL: every listed file is deleted exactly once.
 */
class OrphanFilesTest {

    private static final int ORPHANS = 300;

    @Nested
    class H2 extends Contract {
        H2() {
            super(TestDatabases.emptyH2Url(), "sa", "");
        }
    }

    @Nested
    class Postgres extends Contract {
        Postgres() {
            super(TestDatabases.freshPostgresUrl(), TestDatabases.POSTGRES_USER, TestDatabases.POSTGRES_USER);
        }
    }

    abstract static class Contract {

        private final String url;
        private final String user;
        private final String password;

        Contract(String url, String user, String password) {
            this.url = url;
            this.user = user;
            this.password = password;
        }

        @Test
        void several_instances_delete_each_listed_file_exactly_once() throws Exception {
            Map<String, AtomicInteger> deletes = new ConcurrentHashMap<>();
            try (Database first = Database.start(url, user, password); Database second = Database.start(url, user, password)) {
                JdbiOrphanFiles listing = new JdbiOrphanFiles(first.context());
                JdbiTransactions tx = new JdbiTransactions(first.context());
                List<String> names = IntStream.range(0, ORPHANS).mapToObj(i -> Secrets.newToken()).toList();
                Instant since = Instant.parse("2026-10-15T07:00:00Z");
                tx.run(() -> names.forEach(name -> listing.add(name, since)));

                List<DeleteOrphanFiles> instances = new ArrayList<>();
                for (Database instance : List.of(first, second, first, second)) {
                    instances.add(new DeleteOrphanFiles(new JdbiOrphanFiles(instance.context()), new CountingStore(deletes),
                            new JdbiTransactions(instance.context())));
                }
                ExecutorService pool = Executors.newFixedThreadPool(instances.size());
                try {
                    List<Future<Integer>> runs = new ArrayList<>();
                    for (DeleteOrphanFiles instance : instances) {
                        runs.add(pool.submit(() -> {
                            int deleted = 0;
                            while (!listing.oldest(1).isEmpty()) {
                                DeleteOrphanFiles.Pass pass = instance.run();
                                assertThat(pass.failed()).isEmpty();
                                deleted += pass.deleted().size();
                            }
                            return deleted;
                        }));
                    }
                    int total = 0;
                    for (Future<Integer> run : runs) {
                        total += run.get();
                    }
                    assertThat(total).as("deletions the passes reported").isEqualTo(ORPHANS);
                } finally {
                    pool.shutdownNow();
                }
                assertThat(deletes.keySet()).containsExactlyInAnyOrderElementsOf(names);
                assertThat(deletes.values()).allSatisfy(count -> assertThat(count.get()).as("deletes of one file").isEqualTo(1));
                assertThat(listing.oldest(ORPHANS)).isEmpty();
            }
        }
    }

    /** Counts the deletes of each file; stores and opens nothing. */
    private record CountingStore(Map<String, AtomicInteger> deletes) implements DocumentStore {
        @Override
        public String store(InputStream content, long maxBytes) {
            throw new UnsupportedOperationException("the clean-up stores nothing");
        }

        @Override
        public InputStream open(String storageName) {
            throw new UnsupportedOperationException("the clean-up reads nothing");
        }

        @Override
        public void delete(String storageName) {
            deletes.computeIfAbsent(storageName, name -> new AtomicInteger()).incrementAndGet();
        }
    }
}
