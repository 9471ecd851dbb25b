package fr.espacefamille.domain.commission;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.document.DocumentKind;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.nursery.WeeklySchedule;
import fr.espacefamille.domain.shared.Text;

/**
 * A pre-registration for regular care (pré-inscription): the child (born, or expected on a date),
 * the wished start and weekly schedule, the answers to the grid's questions and the documents
 * given. {@code family} is the requester's family (none for an applicant account, which gives who
 * it is and its address instead, until a place is accepted); {@code child} is the family's child
 * once known; {@code corrections} are staff's changes to the answers, oldest first.
 */
public record NurseryRequest(NurseryRequestId id, AccountId requester, FamilyId family, ChildId child, String firstName,
        String lastName, LocalDate birthDate, LocalDate expectedBirthDate, LocalDate wishedStart, WeeklySchedule schedule,
        Map<String, Boolean> answers, List<RequestDocument> documents, NurseryRequestStatus status, Instant submittedAt,
        Applicant applicant, List<AnswerCorrection> corrections) {

    public NurseryRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(requester, "requester");
        firstName = Text.required(firstName, "Le prénom de l'enfant", 100);
        lastName = Text.required(lastName, "Le nom de l'enfant", 100);
        Objects.requireNonNull(wishedStart, "La date d'entrée souhaitée est obligatoire");
        Objects.requireNonNull(schedule, "Le planning souhaité est obligatoire");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(submittedAt, "submittedAt");
        if (birthDate == null && expectedBirthDate == null) {
            throw new IllegalArgumentException("La date de naissance ou la date prévue de naissance est obligatoire");
        }
        if ((birthDate == null) != (status == NurseryRequestStatus.AWAITING_BIRTH)) {
            throw new IllegalArgumentException("Une demande attend la naissance exactement quand l'enfant n'est pas né");
        }
        if (family == null && applicant == null) {
            throw new IllegalArgumentException("Une demande sans foyer dit qui la dépose");
        }
        if (status == NurseryRequestStatus.ACCEPTED && (child == null || family == null)) {
            throw new IllegalArgumentException("Une demande acceptée désigne le foyer et son enfant");
        }
        answers = new TreeMap<>(answers);
        documents = List.copyOf(documents);
        corrections = List.copyOf(corrections);
    }

    /** Where the commission writes: the applicant's confirmed address (a family's guardians are written to instead). */
    public String contactEmail() {
        return applicant == null ? null : applicant.email();
    }

    /** The date the age group is counted from: the birth, or the expected birth while the child is not born. */
    public LocalDate birthOrExpected() {
        return birthDate != null ? birthDate : expectedBirthDate;
    }

    public AgeGroup ageGroup() {
        return AgeGroup.of(birthOrExpected(), wishedStart);
    }

    public String childName() {
        return firstName + " " + lastName;
    }

    /** Open or awaiting the birth: another request for the same child is then a duplicate. */
    public boolean isPending() {
        return status != NurseryRequestStatus.ACCEPTED;
    }

    public Optional<FamilyId> familyId() {
        return Optional.ofNullable(family);
    }

    public Optional<ChildId> childId() {
        return Optional.ofNullable(child);
    }

    /**
     * What makes two requests ask for the same child: the family's child, or the same names and
     * birth (or expected birth) date asked by the same family or account, whatever the case and accents.
     */
    public String childKey() {
        if (child != null) {
            return "child:" + child;
        }
        String asker = family != null ? "family:" + family : "account:" + requester;
        return asker + ":" + fold(firstName) + ":" + fold(lastName) + ":" + birthOrExpected();
    }

    private static String fold(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[\\s'’-]+", " ").strip();
    }

    /** The child was born on {@code date}; the birth certificate joins the documents and the request opens. */
    public NurseryRequest born(LocalDate date, DocumentId certificate) {
        if (status != NurseryRequestStatus.AWAITING_BIRTH) {
            throw new IllegalStateException("La naissance n'est attendue que pour une demande en attente de naissance");
        }
        List<RequestDocument> docs = new ArrayList<>(documents);
        docs.add(new RequestDocument(certificate, DocumentKind.BIRTH_CERTIFICATE));
        return new NurseryRequest(id, requester, family, child, firstName, lastName, date, expectedBirthDate, wishedStart,
                schedule, answers, docs, NurseryRequestStatus.OPEN, submittedAt, applicant, corrections);
    }

    /**
     * Staff corrected answers ({@code given}: criterion → answer; the others stay) for {@code reason};
     * the correction keeps only the answers that change, and there must be one.
     */
    public NurseryRequest corrected(Map<String, Boolean> given, String by, Instant at, String reason) {
        if (status == NurseryRequestStatus.ACCEPTED) {
            throw new IllegalStateException("Une demande acceptée n'est plus corrigée");
        }
        Map<String, Boolean> changes = new TreeMap<>();
        given.forEach((code, yes) -> {
            if (answers.getOrDefault(code, false) != yes.booleanValue()) {
                changes.put(code, yes);
            }
        });
        Map<String, Boolean> next = new TreeMap<>(answers);
        next.putAll(changes);
        List<AnswerCorrection> history = new ArrayList<>(corrections);
        history.add(new AnswerCorrection(at, by, reason, changes));
        return new NurseryRequest(id, requester, family, child, firstName, lastName, birthDate, expectedBirthDate, wishedStart,
                schedule, next, documents, status, submittedAt, applicant, history);
    }

    /** A place was accepted for {@code childId} of {@code familyId} (the request's own, or the ones just made for it). */
    public NurseryRequest accepted(FamilyId familyId, ChildId childId) {
        if (status != NurseryRequestStatus.OPEN) {
            throw new IllegalStateException("Seule une demande en attente d'une place peut être acceptée");
        }
        return new NurseryRequest(id, requester, familyId, childId, firstName, lastName, birthDate, expectedBirthDate, wishedStart,
                schedule, answers, documents, NurseryRequestStatus.ACCEPTED, submittedAt, applicant, corrections);
    }

    /** The applicant who filed it now has a family (one of its requests was accepted): the request is the family's. */
    public NurseryRequest inFamily(FamilyId familyId) {
        return new NurseryRequest(id, requester, familyId, child, firstName, lastName, birthDate, expectedBirthDate, wishedStart,
                schedule, answers, documents, status, submittedAt, applicant, corrections);
    }
}
