package fr.espacefamille.adapter.jdbc.enrolment;

import static fr.espacefamille.adapter.jdbc.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.jdbc.Backend;
import fr.espacefamille.adapter.jdbc.Fixtures;
import fr.espacefamille.adapter.jdbc.StoreContract;
import fr.espacefamille.adapter.jdbc.document.JdbiDocuments;
import fr.espacefamille.application.document.Documents;
import fr.espacefamille.application.enrolment.CertificateNumbers;
import fr.espacefamille.application.enrolment.EnrolmentCampaigns;
import fr.espacefamille.application.enrolment.SchoolRequests;
import fr.espacefamille.application.enrolment.SchoolSectors;
import fr.espacefamille.application.inmemory.InMemoryCertificateNumbers;
import fr.espacefamille.application.inmemory.InMemoryDocuments;
import fr.espacefamille.application.inmemory.InMemoryEnrolmentCampaigns;
import fr.espacefamille.application.inmemory.InMemorySchoolRequests;
import fr.espacefamille.application.inmemory.InMemorySchoolSectors;
import fr.espacefamille.domain.account.Account;
import fr.espacefamille.domain.calendar.SchoolYearLabel;
import fr.espacefamille.domain.document.Document;
import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.document.DocumentKind;
import fr.espacefamille.domain.enrolment.DerogationReason;
import fr.espacefamille.domain.enrolment.EnrolmentCampaign;
import fr.espacefamille.domain.enrolment.SchoolRequest;
import fr.espacefamille.domain.enrolment.SchoolRequestForm;
import fr.espacefamille.domain.enrolment.SchoolRequestForm.RequestDocument;
import fr.espacefamille.domain.enrolment.SchoolRequestForm.RequestGuardian;
import fr.espacefamille.domain.enrolment.SchoolRequestForm.RequestedChild;
import fr.espacefamille.domain.enrolment.SchoolRequestId;
import fr.espacefamille.domain.enrolment.SchoolRequestStatus;
import fr.espacefamille.domain.enrolment.SectorMap;
import fr.espacefamille.domain.enrolment.SectorRow;
import fr.espacefamille.domain.enrolment.SectorSide;
import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.Grade;
import fr.espacefamille.domain.family.School;
import fr.espacefamille.domain.family.SchoolId;

/** What every store of school enrolment does: campaigns, sector map, requests, certificate numbers. */
abstract class EnrolmentStoresContract extends StoreContract {

    private static final SchoolYearLabel YEAR = new SchoolYearLabel(2027);

    private EnrolmentCampaigns campaigns;
    private SchoolSectors sectors;
    private SchoolRequests requests;
    private CertificateNumbers numbers;
    private Documents documents;
    private School brassens;
    private School prevert;
    private Account nadia;
    private Family martin;

    EnrolmentStoresContract(Supplier<Backend> backends) {
        super(backends);
    }

    @BeforeEach
    void town() {
        campaigns = backend.store(InMemoryEnrolmentCampaigns::new, JdbiEnrolmentCampaigns::new);
        sectors = backend.store(InMemorySchoolSectors::new, JdbiSchoolSectors::new);
        requests = backend.store(InMemorySchoolRequests::new, JdbiSchoolRequests::new);
        numbers = backend.store(InMemoryCertificateNumbers::new, JdbiCertificateNumbers::new);
        documents = backend.store(InMemoryDocuments::new, JdbiDocuments::new);
        brassens = new School(SchoolId.random(), "École Georges-Brassens", null);
        prevert = new School(SchoolId.random(), "École Jacques-Prévert", "2 rue des Écoles");
        backend.schools().add(brassens);
        backend.schools().add(prevert);
        nadia = Fixtures.applicant("nadia");
        backend.accounts().add(nadia);
        martin = Fixtures.family("Martin");
        backend.families().add(martin);
    }

    private DocumentId document(DocumentKind kind) {
        DocumentId id = DocumentId.random();
        documents.add(new Document(id, null, kind, "piece.pdf", "application/pdf", 10, NOW, "s-" + id, nadia.id().value()));
        return id;
    }

    private SchoolRequest request(String firstName, LocalDate birth) {
        SchoolRequestForm form = new SchoolRequestForm(YEAR, new RequestedChild(firstName, "Benali", birth, null), Grade.GS,
                "née en décembre", new Address("12 bis rue de la Loire", "Bât. B", "44480", "Donges"),
                List.of(new RequestGuardian("Nadia", "Benali", "nadia@example.fr", "06 00 00 00 01"),
                        new RequestGuardian("Karim", "Benali", null, null)),
                true, true, brassens.id(), DerogationReason.WORK, "Je travaille à côté.",
                List.of(new RequestDocument(document(DocumentKind.PROOF_OF_ADDRESS), DocumentKind.PROOF_OF_ADDRESS, LocalDate.of(2026, 8, 1)),
                        new RequestDocument(document(DocumentKind.BIRTH_CERTIFICATE), DocumentKind.BIRTH_CERTIFICATE, null)));
        return SchoolRequest.submit(SchoolRequestId.random(), nadia.id(), null, form, prevert.id(), NOW, "nadia");
    }

    @Test
    void a_campaign_and_the_sector_map_are_read_back_and_replaced() {
        campaigns.save(new EnrolmentCampaign(YEAR, LocalDate.of(2027, 1, 5), LocalDate.of(2027, 3, 31)));
        campaigns.save(new EnrolmentCampaign(YEAR, LocalDate.of(2027, 1, 6), LocalDate.of(2027, 3, 30)));
        assertThat(campaigns.of(YEAR)).contains(new EnrolmentCampaign(YEAR, LocalDate.of(2027, 1, 6), LocalDate.of(2027, 3, 30)));
        assertThat(campaigns.of(new SchoolYearLabel(2028))).isEmpty();

        assertThat(sectors.current().rows()).isEmpty();
        SectorMap map = new SectorMap(List.of(new SectorRow(2, "Rue de la Loire", 1, 99, SectorSide.ODD, brassens.id()),
                new SectorRow(3, "Rue de la Loire", 2, 98, SectorSide.EVEN, prevert.id())));
        sectors.replace(map);
        assertThat(sectors.current()).isEqualTo(map);
        SectorMap smaller = new SectorMap(List.of(new SectorRow(2, "Allée des Pins", 1, 9, SectorSide.ALL, prevert.id())));
        sectors.replace(smaller);
        assertThat(sectors.current()).isEqualTo(smaller);
    }

    @Test
    void a_request_is_read_back_whole_by_id_requester_and_queue() {
        SchoolRequest request = request("Inès", LocalDate.of(2021, 5, 4));

        assertThat(requests.add(request)).isTrue();

        assertThat(requests.byId(request.id())).contains(request);
        assertThat(requests.byId(SchoolRequestId.random())).isEmpty();
        assertThat(requests.of(nadia.id(), null)).containsExactly(request);
        assertThat(requests.of(Fixtures.agent("agent.x").id(), martin.id())).isEmpty();
        assertThat(requests.search(SchoolRequestStatus.SUBMITTED, brassens.id(), Grade.GS)).containsExactly(request);
        assertThat(requests.search(null, null, null)).containsExactly(request);
        assertThat(requests.search(null, prevert.id(), null)).as("counted at the wished school").isEmpty();
        assertThat(requests.search(SchoolRequestStatus.ACCEPTED, null, null)).isEmpty();
    }

    @Test
    void one_open_request_per_child_and_year_and_a_withdrawn_one_frees_the_child() {
        SchoolRequest first = request("Inès", LocalDate.of(2021, 5, 4));
        SchoolRequest again = request("INES", LocalDate.of(2021, 5, 4));
        requests.add(first);

        assertThat(requests.add(again)).isFalse();
        assertThat(requests.byId(again.id())).isEmpty();

        assertThat(requests.update(first.withdrawn(NOW.plusSeconds(60), "nadia"))).isTrue();
        assertThat(requests.add(again)).isTrue();
        assertThat(requests.byId(first.id()).orElseThrow().history()).extracting(SchoolRequest.StatusChange::status)
                .containsExactly(SchoolRequestStatus.SUBMITTED, SchoolRequestStatus.WITHDRAWN);
    }

    @Test
    void a_change_is_written_only_over_the_version_it_was_made_from() {
        SchoolRequest request = request("Inès", LocalDate.of(2021, 5, 4));
        requests.add(request);
        SchoolRequest accepted = request.accepted(new SchoolRequest.Acceptance(brassens.id(), Grade.GS, martin.id(),
                ChildId.random(), "CI-2027-000001"), NOW.plusSeconds(60), "agent");
        SchoolRequest refused = request.refused("Hors commune", NOW.plusSeconds(61), "autre agent");

        assertThat(requests.update(accepted)).isTrue();
        assertThat(requests.update(refused)).as("made from the same version: the second loses").isFalse();

        assertThat(requests.byId(request.id())).contains(accepted);
        assertThat(requests.acceptedFor(request.form().child().identity(), YEAR)).isTrue();
        assertThat(requests.acceptedFor(request.form().child().identity(), new SchoolYearLabel(2028))).isFalse();
        assertThat(requests.of(Fixtures.agent("agent.y").id(), martin.id())).as("the accepted family sees it").containsExactly(accepted);
        assertThat(requests.search(SchoolRequestStatus.ACCEPTED, brassens.id(), Grade.GS)).containsExactly(accepted);
    }

    @Test
    void certificate_numbers_follow_each_other_per_year_without_gap_even_taken_at_once() throws Exception {
        assertThatThrownBy(() -> backend.transactions().inTransaction(() -> {
            numbers.next(2027);
            throw new IllegalStateException("acceptance failed");
        })).hasMessageContaining("failed");
        assertThat(backend.transactions().inTransaction(() -> numbers.next(2027))).isEqualTo(1);
        assertThat(backend.transactions().inTransaction(() -> numbers.next(2028))).isEqualTo(1);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Long>> futures = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                futures.add(pool.submit(() -> backend.transactions().inTransaction(() -> numbers.next(2027))));
            }
            List<Long> taken = new ArrayList<>();
            for (Future<Long> future : futures) {
                taken.add(future.get());
            }
            Collections.sort(taken);
            for (int i = 0; i < taken.size(); i++) {
                assertThat(taken.get(i)).isEqualTo(2L + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
