package fr.espacefamille.bootstrap;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hexagon's boundaries, checked on the compiled classes of every module. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar") && !location.contains("/test-classes/"))
                .importPackages("fr.espacefamille");
    }

    static final ArchRule ONION = onionArchitecture()
            .domainModels("fr.espacefamille.domain..")
            .applicationServices("fr.espacefamille.application..")
            .adapter("jdbc", "fr.espacefamille.adapter.jdbc..")
            .adapter("http", "fr.espacefamille.adapter.http..")
            .adapter("paybox", "fr.espacefamille.adapter.paybox..")
            .adapter("crypto", "fr.espacefamille.adapter.crypto..")
            .adapter("mail", "fr.espacefamille.adapter.mail..")
            .adapter("files", "fr.espacefamille.adapter.files..")
            .adapter("oidc", "fr.espacefamille.adapter.oidc..")
            .adapter("sepa", "fr.espacefamille.adapter.sepa..")
            .withOptionalLayers(true)
            .ignoreDependency(JavaClass.Predicates.resideInAPackage("fr.espacefamille.bootstrap.."), DescribedPredicate.alwaysTrue())
            .because("the domain and the use cases must not know the technologies around them, and adapters must not know each other");

    static final ArchRule DOMAIN_IS_PURE = classes().that().resideInAPackage("fr.espacefamille.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "fr.espacefamille.domain..")
            .because("the domain jar is embedded by other towns' applications: pure Java, no framework, no I/O library");

    static final ArchRule APPLICATION_DEPENDS_ON_JAVA_AND_DOMAIN = classes().that().resideInAPackage("fr.espacefamille.application..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..", "fr.espacefamille.domain..", "fr.espacefamille.application..")
            .because("use cases depend only on the ports they declare, so they run in memory in tests and in other applications");

    static final ArchRule NO_SYSTEM_TIME = noClasses().that().resideInAnyPackage("fr.espacefamille.domain..", "fr.espacefamille.application..")
            .should().callMethodWhere(describe("reads the system clock", (JavaCall<?> call) ->
                    (call.getName().equals("now") && call.getTarget().getRawParameterTypes().isEmpty())
                            || call.getName().equals("currentTimeMillis")
                            || call.getName().equals("systemDefaultZone") || call.getName().equals("systemUTC")))
            .because("time is an input: a frozen Clock makes demos, acceptance tests and deadlines reproducible");

    static final ArchRule NO_CYCLES = slices().matching("fr.espacefamille.(*).(*)..").should().beFreeOfCycles()
            .because("features must be understandable one at a time");

    /** An out-port is a use case's interface to the world: every one has an in-memory implementation. */
    static final DescribedPredicate<JavaClass> OUT_PORT = describe("an out-port of the application", (JavaClass type) ->
            type.isInterface() && type.getPackageName().startsWith("fr.espacefamille.application.")
                    && type.getAllSubclasses().stream().anyMatch(impl -> impl.getPackageName().endsWith(".inmemory")));

    /**
     * Out-ports that pages still read directly (reference data and the nursery pages' lookups): to be
     * moved behind use cases; no other out-port may join them.
     */
    static final DescribedPredicate<JavaClass> STILL_READ_BY_PAGES = JavaClass.Predicates.belongToAnyOf(
            fr.espacefamille.application.family.Schools.class, fr.espacefamille.application.calendar.SchoolYears.class,
            fr.espacefamille.application.canteen.Pupils.class, fr.espacefamille.application.family.Families.class,
            fr.espacefamille.application.family.Enrolments.class, fr.espacefamille.application.document.Documents.class);

    static final ArchRule HTTP_CALLS_USE_CASES = noClasses().that().resideInAPackage("fr.espacefamille.adapter.http..")
            .should().dependOnClassesThat(OUT_PORT.and(DescribedPredicate.not(STILL_READ_BY_PAGES)))
            .because("pages and the API call use cases, which check who may do what; a store reached from HTTP skips those checks");

    static final ArchRule NO_FAKES_IN_PRODUCTION = noClasses().that().resideOutsideOfPackage("..inmemory..")
            .should().dependOnClassesThat().resideInAPackage("..inmemory..")
            .because("the in-memory ports are for tests and embedders: a database store must not lean on a fake's code");

    static final ArchRule PAGES_DO_NOT_CALL_THE_API = noClasses().that().resideInAPackage("fr.espacefamille.adapter.http..")
            .and().haveSimpleNameContaining("Pages")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Api")
            .because("what a page and the API share (a file sent, a form read) lives in a class both call, not in one of them");

    @Test
    void pages_never_depend_on_api_classes() {
        PAGES_DO_NOT_CALL_THE_API.check(classes);
    }

    @Test
    void http_never_uses_out_ports() {
        HTTP_CALLS_USE_CASES.check(classes);
    }

    @Test
    void production_code_never_depends_on_in_memory_ports() {
        NO_FAKES_IN_PRODUCTION.check(classes);
    }

    @Test
    void onion_architecture_holds() {
        ONION.check(classes);
    }

    @Test
    void domain_depends_only_on_java() {
        DOMAIN_IS_PURE.check(classes);
    }

    @Test
    void application_depends_only_on_java_and_domain() {
        APPLICATION_DEPENDS_ON_JAVA_AND_DOMAIN.check(classes);
    }

    @Test
    void domain_and_application_never_read_the_system_clock() {
        NO_SYSTEM_TIME.check(classes);
    }

    @Test
    void no_package_cycles() {
        NO_CYCLES.check(classes);
    }

    @Test
    void general_coding_rules() {
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
                .because("logs go through SLF4J so that secrets can be kept out and levels chosen").check(classes);
        GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS
                .because("a failure's type says what went wrong").check(classes);
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING
                .because("one logging facade, SLF4J").check(classes);
    }
}
