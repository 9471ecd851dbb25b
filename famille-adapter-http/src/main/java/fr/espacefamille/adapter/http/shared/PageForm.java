package fr.espacefamille.adapter.http.shared;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import fr.espacefamille.adapter.http.shared.PageContext.FieldError;
import fr.espacefamille.domain.shared.Refusal;
import fr.espacefamille.domain.shared.RefusedException;
import io.javalin.config.ValidationConfig;
import io.javalin.http.Context;
import io.javalin.validation.Validation;
import io.javalin.validation.ValidationError;
import io.javalin.validation.Validator;

/**
 * The one way a page handles a posted form: read typed fields, collect every field error at once,
 * run the use case only when the fields are all readable, then redirect (303) on success or show
 * the page again with status 422 and each error beside its field.
 *
 * <p>Fields are read by Javalin's {@link Validator}s (with the converters {@link #readTypes} registers):
 * {@link Field#check} adds a rule with its French message; a field that is missing or does not
 * convert gets the message given when it was declared.
 * A {@link Refusal} the use case throws goes beside its {@linkplain Refusal#field() field} (renamed
 * by {@link #field(String, String)} when the form calls it otherwise; a field the form does not have
 * counts as none), else beside the field
 * {@link #code(String, String)} gives for its code, else beside the {@link #fallback(String)} field
 * ({@code "form"} by default). Refusals that are not about the form (not found, forbidden, not signed
 * in) pass through to the central error handler, like anywhere else, unless the form placed their
 * code ({@code code("BAD_CREDENTIALS", "login")}). A domain value's {@code IllegalArgumentException}
 * goes beside the fallback field. The status of a failed form is 422, except for a refusal whose own
 * status says more (401 wrong credentials, 403, 413 too large, 415 wrong type, 429 too many tries).
 *
 * <pre>{@code
 * private void saveSettings(Context ctx) {
 *     Actor actor = agent(ctx);
 *     PageForm form = PageForm.of(ctx);
 *     PageForm.Field<Integer> places = form.required("places", Integer.class, "Indiquez un nombre de places.")
 *             .check(NurserySettings::placesAllowed, "Indiquez un nombre de places entre 0 et 500.");
 *     PageForm.Field<List<LocalDate>> closures = form.list("closures", LocalDate.class,
 *             typed -> "« " + typed + " » n'est pas une date (format AAAA-MM-JJ).");
 *     form.submit(() -> nursery.settings().update(actor, new UpdateNurserySettings.Command(places.get(), closures.get())))
 *             .redirect(HOME + "/parametres", "Paramètres enregistrés.")
 *             .orShow(errors -> settingsForm(ctx, Pages.context(ctx, "Paramètres").withErrors(errors), form.values()));
 * }
 * }</pre>
 *
 * Use {@code .then(result -> ...)} instead of {@code .redirect(...)} when success shows a page of its
 * own; read optional fields with {@link #optional} (blank is {@code null}) or {@link #text(String)}.
 */
public final class PageForm {

    /** Refusals that are not about what was typed: the central handler answers them (404, 403, sign-in). */
    private static final Set<Refusal.Kind> NOT_ABOUT_THE_FORM = EnumSet.of(Refusal.Kind.NOT_FOUND, Refusal.Kind.FORBIDDEN,
            Refusal.Kind.UNAUTHENTICATED);

    private final Context ctx;
    private final Validation validation;
    private final Map<String, String> values;
    private final List<Validator<?>> validators = new ArrayList<>();
    private final Map<String, String> whenUnreadable = new HashMap<>();
    private final List<FieldError> errors = new ArrayList<>();
    private final Map<String, String> formFields = new HashMap<>();
    private final Map<String, String> codeFields = new HashMap<>();
    private final Map<String, String> partFields = new LinkedHashMap<>();
    private String fallback = "form";
    private String invalidValueField;

    private final Map<String, List<String>> params;

    private PageForm(Context ctx, Map<String, List<String>> params) {
        this.ctx = ctx;
        this.validation = ctx.appData(Validation.ValidationKey);
        this.params = params;
        this.values = firstValues(params);
    }

    /** The posted form. */
    public static PageForm of(Context ctx) {
        return new PageForm(ctx, ctx.formParamMap());
    }

    /**
     * The query parameters, read like a form: the filters of a list page ({@code ?mois=2026-05}),
     * whose unreadable values are shown beside their fields with 422.
     */
    public static PageForm ofQuery(Context ctx) {
        return new PageForm(ctx, ctx.queryParamMap());
    }

    /** Teaches Javalin the types forms send as ISO text (HTML date, time and month inputs). */
    static void readTypes(ValidationConfig config) {
        config.register(LocalDate.class, LocalDate::parse);
        config.register(LocalTime.class, LocalTime::parse);
        config.register(YearMonth.class, YearMonth::parse);
    }

    /** The submitted form as field → first value ("" for an empty field), to fill the form in again. */
    public static Map<String, String> values(Context ctx) {
        return firstValues(ctx.formParamMap());
    }

    private static Map<String, String> firstValues(Map<String, List<String>> params) {
        Map<String, String> values = new LinkedHashMap<>();
        params.forEach((name, list) -> values.put(name, list.isEmpty() ? "" : list.get(0)));
        return values;
    }

    /** Every value of a field repeated in the form, one per line, to fill its rows in again. */
    public String lines(String name) {
        return String.join("\n", params.getOrDefault(name, List.of()));
    }

    /** What was submitted, to fill the form in again. */
    public Map<String, String> values() {
        return values;
    }

    /** A field that must be filled in, stripped of surrounding spaces. */
    public Field<String> required(String name, String whenMissing) {
        return required(name, String.class, whenMissing);
    }

    /** A field that must be filled in and read as {@code type} (dates, times, months, numbers, enums...). */
    public <T> Field<T> required(String name, Class<T> type, String whenUnreadable) {
        Validator<T> validator = validation.validator(name, type, filled(name));
        return declare(name, whenUnreadable, validator.check(value -> value != null, whenUnreadable));
    }

    /** A field that must be filled in and read by {@code parser} (ids: {@code ChildId::parse}). */
    public <T> Field<T> required(String name, Function<String, Optional<T>> parser, String whenUnreadable) {
        T value = Optional.ofNullable(filled(name)).flatMap(parser).orElse(null);
        return declare(name, whenUnreadable, validation.validator(name, value).check(read -> read != null, whenUnreadable));
    }

    /** A field that may be left empty: {@link Field#get()} is then {@code null}. */
    public <T> Field<T> optional(String name, Class<T> type, String whenUnreadable) {
        return declare(name, whenUnreadable, validation.validator(name, type, filled(name)));
    }

    /** A field that may be left empty, read by {@code parser} when filled in. */
    public <T> Field<T> optional(String name, Function<String, Optional<T>> parser, String whenUnreadable) {
        Optional<String> text = Optional.ofNullable(filled(name));
        T value = text.flatMap(parser).orElse(null);
        return declare(name, whenUnreadable, validation.validator(name, value).check(read -> read != null || text.isEmpty(), whenUnreadable));
    }

    /** A free text field that may be left empty ({@code null} then), stripped of surrounding spaces. */
    public String text(String name) {
        return filled(name);
    }

    /** Whether a checkbox (or any field) was sent at all. */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /**
     * Several values of a field: the field repeated in the form (rows of date inputs), each one holding
     * one value or several separated by spaces, commas, semicolons or lines (empty is an empty list);
     * the first unreadable one is named by {@code whenUnreadable}.
     */
    public <T> Field<List<T>> list(String name, Class<T> type, Function<String, String> whenUnreadable) {
        List<T> items = new ArrayList<>();
        String unreadable = null;
        for (String item : lines(name).split("[\\s,;]+")) {
            if (!item.isBlank()) {
                Validator<T> one = validation.validator(name, type, item.strip());
                if (one.errors().isEmpty()) {
                    items.add(one.get());
                } else if (unreadable == null) {
                    unreadable = whenUnreadable.apply(item.strip());
                }
            }
        }
        String message = unreadable;
        Validator<List<T>> validator = validation.validator(name, List.copyOf(items));
        return declare(name, message, validator.check(list -> message == null, String.valueOf(message)));
    }

    /** An error found by the handler itself (a rule across fields): reported with the others. */
    public PageForm error(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    /**
     * Errors about {@code apiField} (a refusal's field, or a field of this form) go beside the form's
     * field {@code formField}.
     */
    public PageForm field(String apiField, String formField) {
        formFields.put(apiField, formField);
        return this;
    }

    /** Several renames at once: API field → form field. */
    public PageForm fields(Map<String, String> apiToForm) {
        formFields.putAll(apiToForm);
        return this;
    }

    /**
     * Refusals about a part of one form field — their field starts with {@code prefix}, as the lines
     * of an uploaded file (« ligne 3 ») — go beside {@code formField}, their message naming the part
     * (« Ligne 3 : école inconnue »).
     */
    public PageForm fieldPrefix(String prefix, String formField) {
        partFields.put(prefix, formField);
        return this;
    }

    /** A refusal with no field and this code goes beside {@code formField}. */
    public PageForm code(String code, String formField) {
        codeFields.put(code, formField);
        return this;
    }

    /** Several at once: refusal code → form field. */
    public PageForm codes(Map<String, String> codeToForm) {
        codeFields.putAll(codeToForm);
        return this;
    }

    /** Where any other refusal goes ({@code "form"} unless told). */
    public PageForm fallback(String formField) {
        this.fallback = formField;
        return this;
    }

    /**
     * Where a domain value's {@code IllegalArgumentException} goes when it is not beside the same field
     * as the refusals (the {@link #fallback(String)} field unless told).
     */
    public PageForm invalidValue(String formField) {
        this.invalidValueField = formField;
        return this;
    }

    /**
     * Runs one step that must not stop the form when refused (each file of a several-file upload):
     * its refusal goes beside {@code formField}, reported with the other errors, and the step answers
     * empty. Refusals that are not about the form pass through, as in {@link #submit}.
     */
    public <T> Optional<T> attempt(String formField, Supplier<T> step) {
        try {
            return Optional.ofNullable(step.get());
        } catch (RefusedException refused) {
            Refusal refusal = refused.refusal();
            if (NOT_ABOUT_THE_FORM.contains(refusal.kind()) && !codeFields.containsKey(refusal.code())) {
                throw refused;
            }
            SecurityLog.refused(ctx, refusal);
            errors.add(new FieldError(formField, French.sentence(refusal.message())));
            return Optional.empty();
        }
    }

    /** Runs {@code action} when every field is readable; its refusals become errors beside their fields. */
    public <T> Submission<T> submit(Supplier<T> action) {
        List<FieldError> found = fieldErrors();
        if (!found.isEmpty()) {
            return new Submission<>(null, found, 422);
        }
        try {
            return new Submission<>(action.get(), List.of(), 200);
        } catch (RefusedException refused) {
            Refusal refusal = refused.refusal();
            if (NOT_ABOUT_THE_FORM.contains(refusal.kind()) && !codeFields.containsKey(refusal.code())) {
                throw refused;
            }
            SecurityLog.refused(ctx, refusal);
            return new Submission<>(null, List.of(beside(refusal)), status(refusal.kind()));
        } catch (IllegalArgumentException broken) {
            // a domain value refused what was typed (an address without a street...)
            String field = invalidValueField == null ? fallback : invalidValueField;
            return new Submission<>(null, List.of(new FieldError(field, French.sentence(French.orInvalid(broken.getMessage())))), 422);
        }
    }

    public Submission<Void> submit(Runnable action) {
        return submit(() -> {
            action.run();
            return null;
        });
    }

    /** Every error of the declared fields and of {@link #error}, in the order they were declared. */
    public List<FieldError> fieldErrors() {
        List<FieldError> found = new ArrayList<>();
        Validation.collectErrors(validators).forEach((field, list) -> {
            for (ValidationError<Object> error : list) {
                found.add(new FieldError(formFields.getOrDefault(field, field),
                        isJavalinKey(error.getMessage()) ? whenUnreadable.get(field) : error.getMessage()));
            }
        });
        found.addAll(errors);
        return found;
    }

    /**
     * The error a refusal makes on this form: beside its field (renamed, or as named when the form has
     * a field of that name), else beside the field of its code, else beside the fallback.
     */
    public FieldError beside(Refusal refusal) {
        Optional<String> part = refusal.field().flatMap(this::partField);
        if (part.isPresent()) {
            return new FieldError(part.get(), French.sentence(refusal.detail()));
        }
        String field = refusal.field().flatMap(this::formField)
                .orElseGet(() -> codeFields.getOrDefault(refusal.code(), fallback));
        return new FieldError(field, French.sentence(refusal.message()));
    }

    private Optional<String> partField(String apiField) {
        return partFields.entrySet().stream().filter(e -> apiField.startsWith(e.getKey())).map(Map.Entry::getValue).findFirst();
    }

    private Optional<String> formField(String apiField) {
        if (formFields.containsKey(apiField)) {
            return Optional.of(formFields.get(apiField));
        }
        return values.containsKey(apiField) || whenUnreadable.containsKey(apiField) ? Optional.of(apiField) : Optional.empty();
    }

    /** 422 for what was typed; any other refusal keeps its own status (401, 403, 404, 413, 415, 429). */
    private static int status(Refusal.Kind kind) {
        return switch (kind) {
            case INVALID, BUSINESS_RULE, CONFLICT -> 422;
            default -> Problems.status(kind);
        };
    }

    private <T> Field<T> declare(String name, String message, Validator<T> validator) {
        whenUnreadable.put(name, message);
        validators.add(validator);
        return new Field<>(validator);
    }

    private String filled(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Javalin names its own failures in capitals (TYPE_CONVERSION_FAILED, NULLCHECK_FAILED...). */
    private static boolean isJavalinKey(String message) {
        return message.matches("[A-Z_]+");
    }

    /** A typed field of the form: add rules with {@link #check}, read it with {@link #get} inside the use case's call. */
    public static final class Field<T> {

        private final Validator<T> validator;

        private Field(Validator<T> validator) {
            this.validator = validator;
        }

        /** A rule the value must follow, with its French message; an empty or unreadable value is not checked. */
        public Field<T> check(Predicate<T> rule, String message) {
            validator.check(value -> value == null || rule.test(value), message);
            return this;
        }

        /** The value ({@code null} for an optional field left empty). */
        public T get() {
            return validator.getOrNull();
        }
    }

    /** The result of {@link #submit}: say what success does, then what failure shows. */
    public final class Submission<T> {

        private final T result;
        private final List<FieldError> failures;
        private final int status;

        private Submission(T result, List<FieldError> failures, int status) {
            this.result = result;
            this.failures = failures;
            this.status = status;
        }

        /** On success, sends the browser to {@code location} (303) with a message shown once. */
        public Failure redirect(String location, String flash) {
            return then(ignored -> Pages.redirect(ctx, location, flash));
        }

        /** On success, does this with the use case's result (shows a page, redirects somewhere computed). */
        public Failure then(Consumer<T> onSuccess) {
            if (failures.isEmpty()) {
                onSuccess.accept(result);
            }
            return new Failure(failures, status);
        }
    }

    /** What a failed submission shows. */
    public final class Failure {

        private final List<FieldError> failures;
        private final int status;

        private Failure(List<FieldError> failures, int status) {
            this.failures = failures;
            this.status = status;
        }

        /**
         * On failure, sets the status (422, or the refusal's own 401, 413, 415 or 429) and lets
         * {@code page} render the form with these errors beside their fields.
         */
        public void orShow(Consumer<List<FieldError>> page) {
            if (!failures.isEmpty()) {
                ctx.status(status);
                page.accept(failures);
            }
        }

        /**
         * On failure, sends the browser back to {@code location} (303) with the first error as the
         * message shown once: for buttons on a list, which have no form to show again.
         */
        public void orRedirect(String location) {
            if (!failures.isEmpty()) {
                Pages.redirect(ctx, location, failures.get(0).message());
            }
        }

        /**
         * On failure, shows the page again ({@link #orShow}) when an error sits beside a field of
         * the form, else sends the browser back to {@code location} with the first error
         * ({@link #orRedirect}): a refusal about the whole request (someone else decided it first)
         * on a page of several small forms.
         */
        public void orShowOrRedirect(Consumer<List<FieldError>> page, String location) {
            if (failures.stream().allMatch(failure -> failure.field().equals(fallback))) {
                orRedirect(location);
            } else {
                orShow(page);
            }
        }
    }
}
