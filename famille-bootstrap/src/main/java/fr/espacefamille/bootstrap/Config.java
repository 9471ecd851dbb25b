package fr.espacefamille.bootstrap;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import fr.espacefamille.domain.billing.Creditor;
import fr.espacefamille.domain.billing.CreditorId;
import fr.espacefamille.domain.billing.Iban;
import fr.espacefamille.domain.billing.Regie;

import fr.espacefamille.adapter.http.shared.AddressRanges;
import fr.espacefamille.adapter.jdbc.shared.Database;
import fr.espacefamille.domain.shared.PhoneNumber;
import fr.espacefamille.domain.shared.Town;

/**
 * The configuration of API.md's environment variables, typed and checked once at start-up; a
 * wrong value stops the start with a message naming the variable.
 */
public record Config(
        int port,
        Path dataDir,
        String dbUrl,
        String dbUser,
        String dbPassword,
        Optional<String> adminPassword,
        Optional<OffsetDateTime> frozenClock,
        URI baseUrl,
        Optional<Smtp> smtp,
        Paybox paybox,
        boolean demo,
        Creditor creditor,
        Town town,
        Optional<FranceConnect> franceConnect,
        Optional<String> metricsToken,
        AddressRanges trustedProxies) {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    public record Smtp(String host, int port, String user, String password, String from) {
        @Override
        public String toString() {
            return "Smtp[" + host + ":" + port + ", user=" + user + ", from=" + from + "]";
        }
    }

    /** {@code ipnAllowed}: the provider's addresses notifications must come from (none: any, the signature alone decides). */
    public record Paybox(String mode, Optional<String> site, Optional<String> rang, Optional<String> identifiant,
            Optional<String> hmacKey, Optional<Path> publicKeys, AddressRanges ipnAllowed) {
        public boolean simulator() {
            return mode.equals("simulator");
        }

        @Override
        public String toString() {
            return "Paybox[" + mode + ", site=" + site.orElse("test") + ", ipn=" + ipnAllowed + "]";
        }
    }

    /** The FranceConnect provider (its issuer URL) and our client's credentials there. */
    public record FranceConnect(URI issuer, String clientId, String clientSecret) {
        @Override
        public String toString() {
            return "FranceConnect[" + issuer + ", client=" + clientId + "]";
        }
    }
    /** The demo town's SEPA creditor identifier and régie account, used in demo and simulator modes only. */
    static final String DEMO_CREDITOR_ID = "FR72ZZZ123456";
    static final String DEMO_CREDITOR_IBAN = "FR7630001007941234567890185";

    private static Town town(Map<String, String> env) {
        Town town = Town.DONGES.named(get(env, "FAMILLE_TOWN_NAME").orElse(Town.DONGES.name()),
                get(env, "FAMILLE_DPO_EMAIL").orElse(Town.DONGES.dpoEmail()));
        town = get(env, "FAMILLE_TOWN_ADDRESS").map(town::at).orElse(town);
        town = town.withPhones(phone(env, "FAMILLE_TOWN_PHONE", town.townHallPhone()),
                phone(env, "FAMILLE_NURSERY_PHONE", town.nurseryPhone()), phone(env, "FAMILLE_RELAIS_PHONE", town.relaisPhone()));
        try {
            return get(env, "FAMILLE_NURSERY_NAME").map(town::withNursery).orElse(town);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("FAMILLE_NURSERY_NAME : " + e.getMessage(), e);
        }
    }

    /** A phone number as parents read it on pages and mails, stored as its digits. */
    private static String phone(Map<String, String> env, String name, String otherwise) {
        return get(env, name).map(typed -> PhoneNumber.parse(typed).map(PhoneNumber::value)
                .orElseThrow(() -> new IllegalArgumentException(name + " n'est pas un numéro de téléphone : " + typed)))
                .orElse(otherwise);
    }

    public static Config fromEnvironment(Map<String, String> env) {
        Path dataDir = Path.of(env.getOrDefault("FAMILLE_DATA_DIR", "./data")).toAbsolutePath().normalize();
        String dbUrl = get(env, "FAMILLE_DB_URL").orElse(Database.h2FileUrl(dataDir));
        Optional<Smtp> smtp = get(env, "FAMILLE_SMTP_HOST").map(host -> new Smtp(host,
                integer(env, "FAMILLE_SMTP_PORT", 25), get(env, "FAMILLE_SMTP_USER").orElse(null),
                get(env, "FAMILLE_SMTP_PASSWORD").orElse(null),
                get(env, "FAMILLE_SMTP_FROM").orElse("espace-famille@localhost")));
        String mode = get(env, "FAMILLE_PAYBOX_MODE").orElse("simulator");
        if (!mode.matches("simulator|preprod|production")) {
            throw new IllegalArgumentException("FAMILLE_PAYBOX_MODE doit valoir simulator, preprod ou production");
        }
        Paybox paybox = new Paybox(mode, get(env, "FAMILLE_PAYBOX_SITE"), get(env, "FAMILLE_PAYBOX_RANG"),
                get(env, "FAMILLE_PAYBOX_IDENTIFIANT"), get(env, "FAMILLE_PAYBOX_HMAC_KEY"),
                get(env, "FAMILLE_PAYBOX_PUBKEY").map(Path::of), ranges(env, "FAMILLE_PAYBOX_IPN_ALLOWED"));
        URI baseUrl;
        try {
            baseUrl = URI.create(get(env, "FAMILLE_BASE_URL").orElse("http://localhost:" + integer(env, "FAMILLE_PORT", 7070))
                    .replaceAll("/+$", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("FAMILLE_BASE_URL n'est pas une URL valide", e);
        }
        boolean demo = get(env, "FAMILLE_DEMO").map(Boolean::parseBoolean).orElse(false);
        refuseUnsafe(env, paybox, baseUrl, demo);
        Town town = town(env);
        return new Config(integer(env, "FAMILLE_PORT", 7070), dataDir, dbUrl,
                get(env, "FAMILLE_DB_USER").orElse(dbUrl.startsWith("jdbc:h2:") ? "sa" : null),
                get(env, "FAMILLE_DB_PASSWORD").orElse(dbUrl.startsWith("jdbc:h2:") ? "" : null),
                get(env, "FAMILLE_ADMIN_PASSWORD"), get(env, "FAMILLE_CLOCK").map(Config::instant), baseUrl, smtp,
                paybox, demo, creditor(env, demo || paybox.simulator(), town),
                town, franceConnect(env),
                get(env, "FAMILLE_METRICS_TOKEN"),
                ranges(env, "FAMILLE_TRUSTED_PROXIES"));
    }

    /**
     * Settings that would work but are unsafe with real payers, all named in one message: real
     * payments on the provider's public test credentials, cookies and payment pages over http, mail
     * that would pile up unseen in the outbox folder, or a simulator anyone can sign for on a public
     * https site.
     */
    private static void refuseUnsafe(Map<String, String> env, Paybox paybox, URI baseUrl, boolean demo) {
        List<String> problems = new ArrayList<>();
        if (!paybox.simulator()) {
            List<String> missing = Stream.of("FAMILLE_PAYBOX_SITE", "FAMILLE_PAYBOX_RANG", "FAMILLE_PAYBOX_IDENTIFIANT", "FAMILLE_PAYBOX_HMAC_KEY")
                    .filter(name -> get(env, name).isEmpty()).toList();
            if (!missing.isEmpty()) {
                problems.add("FAMILLE_PAYBOX_MODE=" + paybox.mode() + " exige " + String.join(", ", missing)
                        + " (jamais les identifiants de test publics du prestataire)");
            }
        }
        if (paybox.mode().equals("production")) {
            if (!"https".equalsIgnoreCase(baseUrl.getScheme())) {
                problems.add("en production, FAMILLE_BASE_URL doit commencer par https:// (valeur actuelle : " + baseUrl + ")");
            }
            if (get(env, "FAMILLE_SMTP_HOST").isEmpty()) {
                problems.add("en production, FAMILLE_SMTP_HOST est obligatoire (sinon les courriels resteraient dans le dossier outbox)");
            }
        }
        if (paybox.simulator() && "https".equalsIgnoreCase(baseUrl.getScheme()) && !demo) {
            problems.add("FAMILLE_PAYBOX_MODE=simulator sur une adresse https exige FAMILLE_DEMO=true : n'importe qui peut signer "
                    + "le formulaire du simulateur avec la clé de test publique");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ; ", problems));
        }
    }

    /**
     * The town (its town hall) as SEPA creditor: its identifier (ICS, checked with its own key) and each régie's
     * account. Demo values stand in when absent in demo or simulator mode; otherwise they are required.
     */
    private static Creditor creditor(Map<String, String> env, boolean demoValuesAllowed, Town town) {
        CreditorId id = sepa(env, "FAMILLE_SEPA_CREDITOR_ID", DEMO_CREDITOR_ID, demoValuesAllowed, CreditorId::new);
        Map<Regie, Iban> accounts = new EnumMap<>(Regie.class);
        for (Regie regie : Regie.values()) {
            accounts.put(regie, sepa(env, "FAMILLE_SEPA_IBAN_" + regie.name(), DEMO_CREDITOR_IBAN, demoValuesAllowed, Iban::new));
        }
        return new Creditor(town.townHall(), id, accounts);
    }

    private static <T> T sepa(Map<String, String> env, String name, String demoValue, boolean demoValuesAllowed,
            java.util.function.Function<String, T> parse) {
        Optional<String> value = get(env, name);
        if (value.isEmpty() && !demoValuesAllowed) {
            throw new IllegalArgumentException(name + " est obligatoire hors mode démonstration (prélèvements SEPA)");
        }
        try {
            return parse.apply(value.orElse(demoValue));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " : " + e.getMessage(), e);
        }
    }

    private static Optional<FranceConnect> franceConnect(Map<String, String> env) {
        Optional<String> issuer = get(env, "FAMILLE_FRANCECONNECT_ISSUER");
        Optional<String> client = get(env, "FAMILLE_FRANCECONNECT_CLIENT_ID");
        Optional<String> secret = get(env, "FAMILLE_FRANCECONNECT_CLIENT_SECRET");
        if (issuer.isEmpty() && client.isEmpty() && secret.isEmpty()) {
            return Optional.empty();
        }
        if (issuer.isEmpty() || client.isEmpty() || secret.isEmpty()) {
            throw new IllegalArgumentException("FranceConnect exige FAMILLE_FRANCECONNECT_ISSUER, _CLIENT_ID et _CLIENT_SECRET ensemble");
        }
        try {
            URI uri = URI.create(issuer.get().replaceAll("/+$", ""));
            if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
                throw new IllegalArgumentException("not an http(s) URL");
            }
            return Optional.of(new FranceConnect(uri, client.get(), secret.get()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("FAMILLE_FRANCECONNECT_ISSUER n'est pas une URL valide", e);
        }
    }

    /** The application's clock: frozen at FAMILLE_CLOCK, else the real one, in Europe/Paris. */
    public Clock clock() {
        return frozenClock.map(t -> Clock.fixed(t.toInstant(), PARIS)).orElse(Clock.system(PARIS));
    }

    private static Optional<String> get(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static AddressRanges ranges(Map<String, String> env, String name) {
        try {
            return get(env, name).map(AddressRanges::parse).orElse(AddressRanges.NONE);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " : " + e.getMessage(), e);
        }
    }

    private static int integer(Map<String, String> env, String name, int defaultValue) {
        try {
            return get(env, name).map(Integer::parseInt).orElse(defaultValue);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " doit être un nombre entier", e);
        }
    }

    private static OffsetDateTime instant(String text) {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("FAMILLE_CLOCK doit être un instant ISO-8601 avec décalage, ex. 2026-09-07T08:00:00+02:00", e);
        }
    }

    @Override
    public String toString() {
        return "Config[port=" + port + ", dataDir=" + dataDir + ", db=" + dbUrl.replaceAll("password=[^;&]*", "password=***")
                + ", baseUrl=" + baseUrl + ", clock=" + frozenClock.map(Object::toString).orElse("réelle")
                + ", smtp=" + smtp + ", " + paybox + ", demo=" + demo + ", ics=" + creditor.id()
                + ", franceConnect=" + franceConnect.map(Object::toString).orElse("non") + ", proxies=" + trustedProxies + "]";
    }
}
