package fr.espacefamille.adapter.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import fr.espacefamille.application.document.DocumentStore;

/** What every {@link DocumentStore} does. */
abstract class DocumentStoreContract {

    protected abstract DocumentStore store();

    /** How many documents the store holds, complete or not. */
    protected abstract long held() throws IOException;

    static final byte[] CONTENT = "%PDF-1.7 certificat médical".getBytes(StandardCharsets.UTF_8);

    @Test
    void keeps_content_under_a_new_random_name_until_deleted() throws IOException {
        String first = store().store(new ByteArrayInputStream(CONTENT), 1000);
        String second = store().store(new ByteArrayInputStream(CONTENT), 1000);

        assertThat(first).isNotEqualTo(second).matches("[A-Za-z0-9_-]{43}");
        try (InputStream in = store().open(first)) {
            assertThat(in.readAllBytes()).isEqualTo(CONTENT);
        }
        store().delete(first);
        assertThatThrownBy(() -> store().open(first)).isInstanceOf(IOException.class);
        store().delete(first);
        assertThat(held()).isEqualTo(1);
    }

    @Test
    void refuses_content_over_the_limit_and_keeps_nothing_of_it() throws IOException {
        assertThat(store().store(new ByteArrayInputStream(CONTENT), CONTENT.length)).isNotBlank();
        assertThatThrownBy(() -> store().store(new ByteArrayInputStream(CONTENT), CONTENT.length - 1))
                .isInstanceOf(DocumentStore.TooLargeException.class);
        assertThat(held()).isEqualTo(1);
    }

    @Test
    void an_unknown_or_forged_name_opens_nothing() {
        assertThatThrownBy(() -> store().open("x".repeat(43))).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> store().open("../../../../etc/passwd")).isInstanceOf(IOException.class);
    }
}
