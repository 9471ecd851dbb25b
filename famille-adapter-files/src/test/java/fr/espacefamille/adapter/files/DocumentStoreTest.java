package fr.espacefamille.adapter.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.espacefamille.application.document.DocumentStore;
import fr.espacefamille.application.inmemory.InMemoryDocumentStore;

/** The DocumentStore contract on the in-memory store and on the file system. */
class DocumentStoreTest {

    @Nested
    class InMemory extends DocumentStoreContract {
        private final CountingInMemory store = new CountingInMemory();

        @Override
        protected DocumentStore store() {
            return store;
        }

        @Override
        protected long held() {
            return store.count;
        }
    }

    @Nested
    class FileSystem extends DocumentStoreContract {
        @TempDir
        Path data;
        private FileSystemDocumentStore store;

        @Override
        protected DocumentStore store() {
            if (store == null) {
                store = new FileSystemDocumentStore(data.resolve("documents"));
            }
            return store;
        }

        @Override
        protected long held() throws IOException {
            try (Stream<Path> files = Files.walk(data)) {
                return files.filter(Files::isRegularFile).count();
            }
        }

        @Test
        void files_are_private_to_the_application_s_user_and_survive_a_new_store_on_the_same_folder() throws IOException {
            String name = store().store(new ByteArrayInputStream(CONTENT), 1000);
            Path file;
            try (Stream<Path> files = Files.walk(data)) {
                file = files.filter(Files::isRegularFile).findFirst().orElseThrow();
            }
            assertThat(file.getFileName().toString()).isEqualTo(name);
            assertThat(file.getParent().getFileName().toString()).isEqualTo(name.substring(0, 2));
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            try (var in = new FileSystemDocumentStore(data.resolve("documents")).open(name)) {
                assertThat(in.readAllBytes()).isEqualTo(CONTENT);
            }
        }
    }

    /** The in-memory store, counting what it holds. */
    static final class CountingInMemory implements DocumentStore {
        private final InMemoryDocumentStore store = new InMemoryDocumentStore();
        private final java.util.Set<String> names = new java.util.HashSet<>();
        long count;

        @Override
        public String store(java.io.InputStream content, long maxBytes) throws IOException {
            String name = store.store(content, maxBytes);
            names.add(name);
            count = names.size();
            return name;
        }

        @Override
        public java.io.InputStream open(String storageName) throws IOException {
            return store.open(storageName);
        }

        @Override
        public void delete(String storageName) {
            store.delete(storageName);
            names.remove(storageName);
            count = names.size();
        }
    }
}
