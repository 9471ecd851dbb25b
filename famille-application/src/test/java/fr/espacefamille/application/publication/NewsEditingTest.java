package fr.espacefamille.application.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.document.CountingDocumentStore;
import fr.espacefamille.application.inmemory.InMemoryAuditLog;
import fr.espacefamille.application.inmemory.InMemoryNewsItems;
import fr.espacefamille.application.inmemory.InMemoryTransactions;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.publication.News;
import fr.espacefamille.domain.publication.NewsId;
import fr.espacefamille.domain.shared.RefusedException;

/** Administrators publish news with an optional image, correct it and withdraw it (issue 14, item 14). */
class NewsEditingTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
    private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final Clock clock = Clock.fixed(Instant.parse("2026-10-05T08:00:00Z"), ZoneId.of("Europe/Paris"));
    private final InMemoryTransactions tx = new InMemoryTransactions();
    private final InMemoryAuditLog log = new InMemoryAuditLog(tx);
    private final InMemoryNewsItems items = new InMemoryNewsItems(tx);
    private final CountingDocumentStore store = new CountingDocumentStore();
    private final Audit audit = new Audit(log, clock);
    private final PublishNews publish = new PublishNews(items, store, tx, audit);
    private final EditNews edit = new EditNews(items, store, tx, audit);
    private final WithdrawNews withdraw = new WithdrawNews(items, store, tx, audit);
    private final ReadNews read = new ReadNews(items, store, clock);
    private final Actor admin = Actor.staff("admin", Role.ADMIN);

    private NewsId published() {
        return publish.publish(admin, new PublishNews.Command("Menus de Noël", "Repas de fête le 17 décembre.", LocalDate.of(2026, 10, 1),
                new ByteArrayInputStream(PNG)));
    }

    @Test
    void an_item_is_published_with_its_image_which_anyone_reads() throws Exception {
        NewsId id = published();

        ReadNews.Image image = read.image(id).orElseThrow();
        assertThat(image.image().contentType()).isEqualTo("image/png");
        assertThat(image.content().readAllBytes()).isEqualTo(PNG);
        assertThat(store.held()).isEqualTo(1);
    }

    @Test
    void a_pdf_is_not_an_image_and_nothing_is_kept() {
        assertThatThrownBy(() -> publish.publish(admin, new PublishNews.Command("Titre", "Texte", LocalDate.of(2026, 10, 1),
                new ByteArrayInputStream(PDF))))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.refusal().code()).isEqualTo("UNSUPPORTED_MEDIA_TYPE"));
        assertThat(store.held()).isZero();
        assertThat(read.latest(10)).isEmpty();
    }

    @Test
    void an_item_is_corrected_its_image_replaced_then_removed_and_the_old_bytes_go() {
        NewsId id = published();

        News corrected = edit.edit(admin, id, new EditNews.Command("Repas de Noël", "Le jeudi 17 décembre.", LocalDate.of(2026, 10, 2),
                new ByteArrayInputStream(JPEG), false));
        assertThat(corrected.title()).isEqualTo("Repas de Noël");
        assertThat(corrected.image().contentType()).isEqualTo("image/jpeg");
        assertThat(store.held()).as("the PNG was deleted").isEqualTo(1);

        News kept = edit.edit(admin, id, new EditNews.Command("Repas de Noël", "Le jeudi 17 décembre 2026.", LocalDate.of(2026, 10, 2),
                null, false));
        assertThat(kept.image()).isEqualTo(corrected.image());

        News without = edit.edit(admin, id, new EditNews.Command("Repas de Noël", "Le jeudi 17 décembre 2026.", LocalDate.of(2026, 10, 2),
                null, true));
        assertThat(without.picture()).isEmpty();
        assertThat(store.held()).isZero();
        assertThat(log.between(Instant.EPOCH, Instant.MAX, 100)).extracting(e -> e.action()).contains("NEWS_EDITED");
    }

    @Test
    void a_withdrawn_item_is_gone_from_every_list_with_its_image() {
        NewsId id = published();
        publish.publish(admin, new PublishNews.Command("Plus tard", "Bientôt.", LocalDate.of(2026, 12, 1)));
        assertThat(read.all(admin)).hasSize(2);

        withdraw.withdraw(admin, id);

        assertThat(read.item(id)).isEmpty();
        assertThat(read.all(admin)).extracting(News::title).containsExactly("Plus tard");
        assertThat(store.held()).isZero();
    }

    @Test
    void only_administrators_manage_news_and_an_unknown_item_is_not_found() {
        NewsId id = published();
        Actor agent = Actor.staff("cantine", Role.SCHOOL_AGENT);

        assertThatThrownBy(() -> withdraw.withdraw(agent, id))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.refusal().code()).isEqualTo("FORBIDDEN"));
        assertThatThrownBy(() -> read.all(agent)).isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> withdraw.withdraw(admin, NewsId.random()))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.refusal().code()).isEqualTo("NOT_FOUND"));
    }
}
