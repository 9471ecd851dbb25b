package fr.espacefamille.domain.enrolment;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import fr.espacefamille.domain.calendar.SchoolYearLabel;
import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.document.DocumentKind;
import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Emails;
import fr.espacefamille.domain.family.Grade;
import fr.espacefamille.domain.family.SchoolId;
import fr.espacefamille.domain.shared.Refusal;
import fr.espacefamille.domain.shared.Text;

/**
 * What the requester fills in (§8): the child, the school year, the grade, the home address,
 * the guardians, the canteen, an optional wished school with its derogation reason, and the
 * documents. Shape is checked here; the rules of the day (campaign, document age) in {@link #refusal}.
 */
public record SchoolRequestForm(SchoolYearLabel schoolYear, RequestedChild child, Grade grade, String gradeReason,
        Address address, List<RequestGuardian> guardians, boolean parentsSeparated, boolean canteen,
        SchoolId wishedSchool, DerogationReason derogationReason, String derogationText, List<RequestDocument> documents) {

    /** A proof of address older than this on the day of submission is refused {@code DOCUMENT_TOO_OLD}. */
    public static final int PROOF_MAX_AGE_MONTHS = 3;

    public static final Refusal MISSING_DOCUMENT = Refusal.rule("MISSING_DOCUMENT",
            "Il manque un document obligatoire : justificatif de domicile, livret de famille ou acte de naissance, "
                    + "et, pour des parents séparés, la décision sur l'autorité parentale.");
    public static final Refusal DOCUMENT_TOO_OLD = Refusal.rule("DOCUMENT_TOO_OLD",
            "Le justificatif de domicile doit dater de moins de trois mois.");
    public static final Refusal AGE_OUT_OF_RANGE = Refusal.rule("AGE_OUT_OF_RANGE",
            "L'âge de l'enfant ne correspond à aucune classe de l'école maternelle ou élémentaire (de 3 à 10 ans).");

    public record RequestedChild(String firstName, String lastName, LocalDate birthDate, ChildId childId) {
        public RequestedChild {
            firstName = Text.required(firstName, "Le prénom de l'enfant", 100);
            lastName = Text.required(lastName, "Le nom de l'enfant", 100);
            Objects.requireNonNull(birthDate, "La date de naissance de l'enfant est obligatoire");
        }

        /** Same names (case and accents aside) and birth date: the same child, for duplicates. */
        public String identity() {
            return StreetAddress.normalise(firstName) + "|" + StreetAddress.normalise(lastName) + "|" + birthDate;
        }

        public String fullName() {
            return firstName + " " + lastName;
        }
    }

    public record RequestGuardian(String firstName, String lastName, String email, String phone) {
        public RequestGuardian {
            firstName = Text.required(firstName, "Le prénom du responsable", 100);
            lastName = Text.required(lastName, "Le nom du responsable", 100);
            email = Text.optional(email, "L'adresse électronique", 254);
            phone = Text.optional(phone, "Le téléphone", 30);
            if (email != null && !Emails.looksValid(email)) {
                throw new IllegalArgumentException("Adresse électronique du responsable invalide");
            }
            email = email == null ? null : email.toLowerCase(Locale.ROOT);
        }

        public String fullName() {
            return firstName + " " + lastName;
        }
    }

    public record RequestDocument(DocumentId document, DocumentKind kind, LocalDate issuedOn) {
        public RequestDocument {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(kind, "kind");
            if (!List.of(DocumentKind.PROOF_OF_ADDRESS, DocumentKind.FAMILY_RECORD, DocumentKind.BIRTH_CERTIFICATE,
                    DocumentKind.PARENTAL_AUTHORITY).contains(kind)) {
                throw new IllegalArgumentException("Type de document non prévu pour une demande d'inscription");
            }
        }
    }

    public SchoolRequestForm {
        Objects.requireNonNull(schoolYear, "L'année scolaire est obligatoire");
        Objects.requireNonNull(child, "L'enfant est obligatoire");
        Objects.requireNonNull(address, "L'adresse est obligatoire");
        guardians = List.copyOf(guardians);
        documents = List.copyOf(documents);
        gradeReason = Text.optional(gradeReason, "Le motif du changement de classe", 1000);
        derogationText = Text.optional(derogationText, "Le motif de la dérogation", 2000);
        if (guardians.isEmpty() || guardians.size() > 2) {
            throw new IllegalArgumentException("Une demande nomme un ou deux responsables légaux");
        }
        if (documents.stream().map(RequestDocument::document).distinct().count() != documents.size()) {
            throw new IllegalArgumentException("Un même document est joint deux fois");
        }
    }

    /** The grade of the child's age, asked grade aside; empty when the age is out of range. */
    public Optional<Grade> gradeOfAge() {
        return GradeByAge.of(schoolYear, child.birthDate());
    }

    /** The grade asked: the grade of the age, or one above or below it given with a reason. */
    public Grade askedGrade() {
        Grade ofAge = gradeOfAge().orElseThrow();
        return grade == null ? ofAge : grade;
    }

    /** A wished school other than the sector school is a derogation (decided by staff). */
    public boolean derogation(SchoolId sectorSchool) {
        return wishedSchool != null && !wishedSchool.equals(sectorSchool);
    }

    /** What refuses this form on {@code today} (age, grade change, derogation, documents), or empty. */
    public Optional<Refusal> refusal(LocalDate today, SchoolId sectorSchool) {
        if (derogation(sectorSchool) && derogationReason == null) {
            return Optional.of(Refusal.invalid("derogationReason", "indiquez le motif de la demande de dérogation"));
        }
        Optional<Grade> ofAge = gradeOfAge();
        if (ofAge.isEmpty()) {
            return Optional.of(AGE_OUT_OF_RANGE);
        }
        if (grade != null && grade != ofAge.get()) {
            if (!GradeByAge.mayAsk(ofAge.get(), grade)) {
                return Optional.of(Refusal.invalid("grade", "une seule classe au-dessus ou au-dessous de celle de l'âge ("
                        + ofAge.get() + ") peut être demandée"));
            }
            if (gradeReason == null) {
                return Optional.of(Refusal.invalid("gradeReason", "indiquez pourquoi vous demandez une autre classe que "
                        + ofAge.get()));
            }
        }
        Optional<RequestDocument> proof = of(DocumentKind.PROOF_OF_ADDRESS);
        boolean identity = of(DocumentKind.FAMILY_RECORD).isPresent() || of(DocumentKind.BIRTH_CERTIFICATE).isPresent();
        if (proof.isEmpty() || !identity || (parentsSeparated && of(DocumentKind.PARENTAL_AUTHORITY).isEmpty())) {
            return Optional.of(MISSING_DOCUMENT);
        }
        LocalDate issuedOn = proof.get().issuedOn();
        if (issuedOn == null) {
            return Optional.of(Refusal.invalid("documents.issuedOn", "indiquez la date du justificatif de domicile"));
        }
        if (issuedOn.isAfter(today)) {
            return Optional.of(Refusal.invalid("documents.issuedOn", "la date du justificatif de domicile est dans le futur"));
        }
        if (issuedOn.isBefore(today.minusMonths(PROOF_MAX_AGE_MONTHS))) {
            return Optional.of(DOCUMENT_TOO_OLD);
        }
        return Optional.empty();
    }

    private Optional<RequestDocument> of(DocumentKind kind) {
        return documents.stream().filter(d -> d.kind() == kind).findFirst();
    }
}
