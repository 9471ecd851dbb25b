package fr.espacefamille.adapter.http.enrolment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import fr.espacefamille.adapter.http.shared.PageContext;
import fr.espacefamille.adapter.http.shared.PageForm;
import fr.espacefamille.adapter.http.shared.Pages;
import fr.espacefamille.application.document.UploadDocument;
import fr.espacefamille.application.enrolment.ReadSchoolRequests;
import fr.espacefamille.application.enrolment.SubmitSchoolRequest;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.calendar.SchoolYearLabel;
import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.document.DocumentKind;
import fr.espacefamille.domain.enrolment.DerogationReason;
import fr.espacefamille.domain.enrolment.SchoolRequest;
import fr.espacefamille.domain.enrolment.SchoolRequestForm;
import fr.espacefamille.domain.enrolment.SchoolRequestForm.RequestDocument;
import fr.espacefamille.domain.enrolment.SchoolRequestForm.RequestGuardian;
import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.family.Emails;
import fr.espacefamille.domain.family.Grade;
import fr.espacefamille.domain.family.SchoolId;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;

/**
 * The enrolment request form (§8) a requester fills in, and staff at the counter: one page with a
 * section per step (child, address, guardians, canteen, wished school, documents) that works without
 * JavaScript on a phone, then a summary with the grade and the sector school before sending.
 * Files are stored as soon as they are posted, so a form shown again with errors, or the summary,
 * keeps them (as hidden document ids) instead of asking for them a second time.
 */
final class SchoolRequestFormPage {

    /** The hidden field saying what the posted form asks: check and show the summary, go back to the form, or send. */
    static final String STEP = "etape";

    /** A document section of the form: its file field, the hidden field of the stored document, its kind. */
    record Piece(String field, DocumentKind kind) {
        String idField() {
            return field + "Id";
        }
    }

    static final Piece PROOF = new Piece("justificatif", DocumentKind.PROOF_OF_ADDRESS);
    static final Piece IDENTITY = new Piece("identite", null);
    static final Piece AUTHORITY = new Piece("autorite", DocumentKind.PARENTAL_AUTHORITY);

    private static final Map<String, String> API_FIELDS = Map.ofEntries(Map.entry("schoolYear", "annee"),
            Map.entry("child.firstName", "prenom"), Map.entry("child.lastName", "nom"), Map.entry("child.birthDate", "naissance"),
            Map.entry("grade", "classe"), Map.entry("gradeReason", "motifClasse"), Map.entry("wishedSchoolId", "ecole"),
            Map.entry("derogationReason", "motifDerogation"), Map.entry("derogationText", "texteDerogation"),
            Map.entry("documents.issuedOn", "justificatifDate"), Map.entry("documents.documentId", "pieces"));
    private static final Map<String, String> CODE_FIELDS = Map.of("MISSING_DOCUMENT", "pieces", "DOCUMENT_TOO_OLD", "justificatifDate",
            "AGE_OUT_OF_RANGE", "naissance", "DUPLICATE_REQUEST", "prenom", "ALREADY_ENROLLED", "prenom");

    /** What the page does with a checked form: the summary to show, or the request to file. */
    interface Target {
        SchoolRequest preview(Actor actor, SchoolRequestForm form);

        SchoolRequest send(Actor actor, SchoolRequestForm form);

        /** A new request, by its requester or by staff at the counter. */
        static Target newRequest(SubmitSchoolRequest submit) {
            return new Target() {
                @Override
                public SchoolRequest preview(Actor actor, SchoolRequestForm form) {
                    return submit.preview(actor, form);
                }

                @Override
                public SchoolRequest send(Actor actor, SchoolRequestForm form) {
                    return submit.submit(actor, form);
                }
            };
        }
    }

    private final ReadSchoolRequests read;
    private final UploadDocument upload;
    private final Clock clock;

    SchoolRequestFormPage(ReadSchoolRequests read, UploadDocument upload, Clock clock) {
        this.read = read;
        this.upload = upload;
        this.clock = clock;
    }

    /** The years a request may be for: the current school year and the next (the campaign's, in spring). */
    List<SchoolYearLabel> years() {
        SchoolYearLabel current = SchoolYearLabel.containing(LocalDate.now(clock));
        return List.of(new SchoolYearLabel(current.firstYear() + 1), current);
    }

    /** An empty form: next school year, no canteen answer yet. */
    Map<String, String> blank() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("annee", years().get(0).toString());
        values.put("identiteType", DocumentKind.FAMILY_RECORD.name());
        return values;
    }

    /** The fields of a request, to edit it. */
    static Map<String, String> valuesOf(SchoolRequestForm f) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("annee", f.schoolYear().toString());
        values.put("prenom", f.child().firstName());
        values.put("nom", f.child().lastName());
        values.put("naissance", f.child().birthDate().toString());
        put(values, "classe", f.grade());
        put(values, "motifClasse", f.gradeReason());
        values.put("adresse", f.address().line1());
        put(values, "complement", f.address().line2());
        values.put("codePostal", f.address().postcode());
        values.put("ville", f.address().city());
        for (int i = 0; i < f.guardians().size(); i++) {
            RequestGuardian g = f.guardians().get(i);
            String r = "r" + (i + 1);
            values.put(r + "Prenom", g.firstName());
            values.put(r + "Nom", g.lastName());
            put(values, r + "Courriel", g.email());
            put(values, r + "Telephone", g.phone());
        }
        if (f.parentsSeparated()) {
            values.put("separes", "oui");
        }
        values.put("cantine", f.canteen() ? "oui" : "non");
        put(values, "ecole", f.wishedSchool());
        put(values, "motifDerogation", f.derogationReason());
        put(values, "texteDerogation", f.derogationText());
        values.put("identiteType", DocumentKind.FAMILY_RECORD.name());
        for (RequestDocument d : f.documents()) {
            switch (d.kind()) {
                case PROOF_OF_ADDRESS -> {
                    values.put(PROOF.idField(), d.document().toString());
                    put(values, "justificatifDate", d.issuedOn());
                }
                case FAMILY_RECORD, BIRTH_CERTIFICATE -> {
                    values.put(IDENTITY.idField(), d.document().toString());
                    values.put("identiteType", d.kind().name());
                }
                case PARENTAL_AUTHORITY -> values.put(AUTHORITY.idField(), d.document().toString());
                default -> {
                    // the form's constructor admits no other kind
                }
            }
        }
        return values;
    }

    private static void put(Map<String, String> values, String field, Object value) {
        if (value != null) {
            values.put(field, value.toString());
        }
    }

    /** Shows the form, filled in with {@code values}, posting to {@code action}. */
    void showForm(Context ctx, PageContext page, String heading, String action, Map<String, String> values) {
        Pages.render(ctx, "enrolment/form.jte", page, Map.of("heading", heading, "action", action, "values", values,
                "years", years(), "schools", read.schools(), "grades", Grade.values(), "reasons", DerogationReason.values()));
    }

    /**
     * Handles a posted form: stores its new files, then goes back to the form, shows the summary,
     * or sends the request and lets {@code sent} answer (a redirect); errors show the form again (422).
     */
    void post(Context ctx, Actor actor, String title, String heading, String action, Target target,
            Consumer<SchoolRequest> sent) {
        PageForm form = PageForm.of(ctx).fields(API_FIELDS).codes(CODE_FIELDS).fallback("form");
        Map<String, String> values = form.values();
        storeFiles(ctx, actor, form, values);
        String step = values.getOrDefault(STEP, "verifier");
        values.remove(STEP);
        if (step.equals("modifier")) {
            showForm(ctx, Pages.context(ctx, title), heading, action, values);
            return;
        }
        Supplier<SchoolRequestForm> filledIn = fields(form);
        form.submit(() -> {
            SchoolRequestForm filled = filledIn.get();
            return step.equals("envoyer") ? target.send(actor, filled) : target.preview(actor, filled);
        }).then(request -> {
            if (step.equals("envoyer")) {
                sent.accept(request);
            } else {
                Pages.render(ctx, "enrolment/summary.jte", Pages.context(ctx, "Vérifier la demande"), Map.of("heading", heading,
                        "action", action, "values", values, "request", request, "read", this.read,
                        "documents", documentNames(values)));
            }
        }).orShow(errors -> showForm(ctx, Pages.context(ctx, title).withErrors(errors), heading, action, values));
    }

    /** Each new file is stored at once (checked by content); its id replaces any earlier one of the section. */
    private void storeFiles(Context ctx, Actor actor, PageForm form, Map<String, String> values) {
        if (!ctx.isMultipartFormData()) {
            return;
        }
        for (Piece piece : List.of(PROOF, IDENTITY, AUTHORITY)) {
            UploadedFile file = ctx.uploadedFile(piece.field());
            if (file == null || file.size() == 0) {
                continue;
            }
            DocumentKind kind = piece.kind() != null ? piece.kind()
                    : DocumentKind.BIRTH_CERTIFICATE.name().equals(values.get("identiteType")) ? DocumentKind.BIRTH_CERTIFICATE
                            : DocumentKind.FAMILY_RECORD;
            form.attempt(piece.field(), () -> {
                try (InputStream content = file.content()) {
                    return upload.upload(actor, new UploadDocument.Command(kind, file.filename(), content));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).ifPresent(document -> {
                values.put(piece.idField(), document.id().toString());
                values.put(piece.field() + "Nom", document.filename());
            });
        }
    }

    /** The file names shown beside the documents already attached. */
    private static Map<String, String> documentNames(Map<String, String> values) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Piece piece : List.of(PROOF, IDENTITY, AUTHORITY)) {
            if (values.containsKey(piece.idField())) {
                names.put(piece.field(), values.getOrDefault(piece.field() + "Nom", "document joint"));
            }
        }
        return names;
    }

    /** Declares every field (so that all errors show at once) and answers how to build the form from them. */
    private static Supplier<SchoolRequestForm> fields(PageForm form) {
        var year = form.required("annee", SchoolYearLabel::parse, "Choisissez l'année scolaire.");
        var firstName = form.required("prenom", "Indiquez le prénom de l'enfant.");
        var lastName = form.required("nom", "Indiquez le nom de l'enfant.");
        var birth = form.required("naissance", LocalDate.class, "Indiquez la date de naissance de l'enfant (format AAAA-MM-JJ).");
        var grade = form.optional("classe", Grade.class, "Choisissez une classe de la liste.");
        String gradeReason = form.text("motifClasse");
        var line1 = form.required("adresse", "Indiquez le numéro et la rue.");
        String line2 = form.text("complement");
        var postcode = form.required("codePostal", "Indiquez le code postal.")
                .check(p -> p.matches("\\d{5}"), "Le code postal s'écrit avec 5 chiffres.");
        var city = form.required("ville", "Indiquez la commune.");
        List<Supplier<RequestGuardian>> guardians = new ArrayList<>();
        guardians.add(guardian(form, "r1"));
        boolean second = List.of("r2Prenom", "r2Nom", "r2Courriel", "r2Telephone").stream().anyMatch(f -> form.text(f) != null);
        if (second) {
            guardians.add(guardian(form, "r2"));
        }
        boolean separated = form.has("separes");
        var canteen = form.required("cantine", "Indiquez si l'enfant déjeunera à la cantine.")
                .check(c -> c.equals("oui") || c.equals("non"), "Indiquez si l'enfant déjeunera à la cantine.");
        var wished = form.optional("ecole", SchoolId::parse, "Choisissez une école de la liste.");
        var reason = form.optional("motifDerogation", DerogationReason.class, "Choisissez un motif de la liste.");
        String derogationText = form.text("texteDerogation");
        var proof = form.optional(PROOF.idField(), DocumentId::parse, "Déposez à nouveau le justificatif de domicile.");
        var proofDate = form.optional("justificatifDate", LocalDate.class, "Indiquez la date du justificatif (format AAAA-MM-JJ).");
        var identity = form.optional(IDENTITY.idField(), DocumentId::parse, "Déposez à nouveau le livret de famille ou l'acte de naissance.");
        var identityKind = form.optional("identiteType", DocumentKind.class, "Choisissez livret de famille ou acte de naissance.")
                .check(k -> k == DocumentKind.FAMILY_RECORD || k == DocumentKind.BIRTH_CERTIFICATE,
                        "Choisissez livret de famille ou acte de naissance.");
        var authority = form.optional(AUTHORITY.idField(), DocumentId::parse, "Déposez à nouveau la décision sur l'autorité parentale.");
        if (proof.get() != null && form.text("justificatifDate") == null) {
            form.error("justificatifDate", "Indiquez la date imprimée sur le justificatif de domicile.");
        }
        return () -> {
            List<RequestDocument> documents = new ArrayList<>();
            if (proof.get() != null) {
                documents.add(new RequestDocument(proof.get(), DocumentKind.PROOF_OF_ADDRESS, proofDate.get()));
            }
            if (identity.get() != null) {
                documents.add(new RequestDocument(identity.get(),
                        identityKind.get() == null ? DocumentKind.FAMILY_RECORD : identityKind.get(), null));
            }
            if (authority.get() != null) {
                documents.add(new RequestDocument(authority.get(), DocumentKind.PARENTAL_AUTHORITY, null));
            }
            return new SchoolRequestForm(year.get(), new SchoolRequestForm.RequestedChild(firstName.get(), lastName.get(), birth.get(), null),
                    grade.get(), gradeReason, new Address(line1.get(), line2, postcode.get(), city.get()),
                    guardians.stream().map(Supplier::get).toList(), separated, "oui".equals(canteen.get()), wished.get(),
                    reason.get(), derogationText, documents);
        };
    }

    private static Supplier<RequestGuardian> guardian(PageForm form, String prefix) {
        String which = prefix.equals("r1") ? "du premier responsable" : "du second responsable";
        var firstName = form.required(prefix + "Prenom", "Indiquez le prénom " + which + ".");
        var lastName = form.required(prefix + "Nom", "Indiquez le nom " + which + ".");
        String email = form.text(prefix + "Courriel");
        if (email != null && !Emails.looksValid(email)) {
            form.error(prefix + "Courriel", "Adresse électronique " + which + " invalide (exemple : prenom.nom@exemple.fr).");
        }
        String phone = form.text(prefix + "Telephone");
        return () -> new RequestGuardian(firstName.get(), lastName.get(), email, phone);
    }
}
