import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The 8:00 herd: PARENTS parents, each signed in beforehand with their own activated account, ask in
 * the same second for the same nursery slot of PLACES places. Everything is set up through the
 * portal's API: families created by a nursery agent, accounts activated with the returned keys,
 * parents signed in. Prints the outcome as "name: value" lines and fails (exit 1) on overbooking,
 * a gap in the waiting list or any error.
 *
 * <p>Usage (Java 17, no dependency):
 * {@code java bench/Herd.java BASE_URL ADMIN_PASSWORD SLOT_DATE [PARENTS] [PLACES] [TOKEN_FILE CHILDREN_FILE]}:
 * with the last two (bench/setup.py's token and children), {@value #READERS} other users read canteen month views,
 * each on its own kept-alive connection, every {@code READ_EVERY}, from the first warm-up volley until the herd is answered,
 * and the latency of their reads during the herd is reported, counted from when each read was due.
 */
public final class Herd {

    private static final String PASSWORD = "Bout-dchou-Donges-2026";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newFixedThreadPool(8)).build();

    private static final int CURLS = 4;
    private static final int READERS = 8;
    /**
     * Each reader reads a month view this often, whatever the portal's pace (500 reads a second for the 8): a reader
     * that read again as soon as answered would load the portal more the faster it answers, so the herd's figures
     * would depend on the readers' speed, and a reader held up would stop sending, hiding the wait from its figures.
     */
    private static final Duration READ_EVERY = Duration.ofMillis(16);
    /** The portal is settled when it uses less than this CPU in a span (the readers alone take some 40 ms in 500). */
    private static final int QUIET_CPU_MS = 100;
    private static final int QUIET_SPAN_MS = 500;
    /**
     * Volleys of bookings before the herd (default 16); WARM_UP=0 sends the herd to a portal that has not served one since
     * it started. HotSpot's optimising compiler takes a method once it has run 5,000 to 15,000 times
     * (Tier4InvocationThreshold, Tier4CompileThreshold): after one volley, a fifth to a quarter of the machine's CPU
     * during the herd went to the portal's JIT compilers (perf), a cost a portal that has served for days no longer pays.
     * The code run once per connection (Jetty's accept, its selector's registration) is the last to get there, one call
     * per parent and volley, and HotSpot raises the thresholds while its queue is long: after 12 volleys,
     * {@code ServerConnector.accept} was compiled in the herd, at 14,700 calls (200 ms of CPU); after 16,
     * {@code ManagedSelector$Accept.run} was compiled in the yardstick sent just before the herd, at 19,000 (380 ms)
     * (LogCompilation). Some such compilation is left for the last volleys whatever their number: the herd and its
     * yardstick are therefore sent to the same portal, one after the other.
     */
    private static final int WARM_UP = Integer.parseInt(System.getenv().getOrDefault("WARM_UP", "16"));
    /**
     * The warm-up volleys come in rushes of this many, the portal settling after each. While the compiler's queue is
     * long, HotSpot raises its thresholds (Tier4LoadFeedback); a method found over them once the queue has drained is
     * queued when it next runs. Volleys sent back to back therefore left some 30 compilations for the herd itself;
     * with rushes and quiet spells between them, as a portal meets them over its days, about 10.
     */
    private static final int RUSH = 3;

    /**
     * Where curl writes the answers and its files: in memory ({@code /dev/shm}) when the machine has it. On this
     * machine's disk (ext4), four curls creating their 1,000 answer files at once in one folder, after the warm-up's
     * volleys had created and deleted some 30,000, kept both cores busy in the kernel (the folder's lock, the inode
     * allocator scanning recently deleted inodes: 61 % of the machine's samples in curl, perf): the yardstick sent just
     * before the herd took 350–490 ms p99 for it, 66–99 ms with the files in memory, and the herd 508–615 ms against
     * 197–250 ms. A parent's phone pays no such cost.
     */
    private static final Path ANSWERS = Files.isDirectory(Path.of("/dev/shm")) && Files.isWritable(Path.of("/dev/shm"))
            ? Path.of("/dev/shm") : Path.of(System.getProperty("java.io.tmpdir"));

    /** A parent's child and two sessions of their own: one for the warm-up volleys, one for the herd. */
    private record Parent(String childId, String warmUpToken, String token) {
    }

    /** One answer, with the times from its start to the connection accepted, to its first byte and to its whole response. */
    private record Answer(int status, String body, long connectNanos, long firstByteNanos, long nanos) {
    }

    private static String base;

    public static void main(String[] args) throws Exception {
        base = args[0];
        String adminPassword = args[1];
        String date = args[2];
        int parents = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
        int places = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        MonthReaders readers = args.length > 6 ? new MonthReaders(Files.readAllLines(Path.of(args[5])).get(0).strip(),
                Files.readAllLines(Path.of(args[6])).stream().filter(l -> !l.isBlank()).toList()) : null;

        String admin = field(expect(200, call("POST", "/session", null, "{\"login\":\"admin\",\"password\":\"" + adminPassword + "\"}")), "token");
        expect(201, call("POST", "/admin/agents", admin, "{\"username\":\"herd-agent\",\"password\":\"" + PASSWORD
                + "\",\"email\":\"herd-agent@mairie.example.fr\",\"role\":\"NURSERY_AGENT\"}"));
        String agent = field(expect(200, call("POST", "/session", null, "{\"login\":\"herd-agent\",\"password\":\"" + PASSWORD + "\"}")), "token");
        expect(200, call("PUT", "/admin/nursery/settings", agent, "{\"placesPerSlot\":" + places + ",\"closures\":[]}"));

        long setupStart = System.nanoTime();
        // Setting up is dominated by two Argon2 hashes per parent (activation, sign-in): a few threads keep both cores busy.
        ExecutorService setup = Executors.newFixedThreadPool(4);
        List<Future<Parent>> pending = new ArrayList<>();
        for (int i = 0; i < parents; i++) {
            int n = i;
            pending.add(setup.submit(() -> parent(agent, n)));
        }
        List<Parent> herd = new ArrayList<>();
        for (Future<Parent> parent : pending) {
            herd.add(parent.get());
        }
        setup.shutdown();
        System.out.printf("setup: %d families, activated accounts and signed-in parents in %.1f s%n", parents,
                (System.nanoTime() - setupStart) / 1e9);

        // the same yardstick on the portal as set up, before the warm-up: the only one until 3 December 2026, kept to
        // compare with, though the herd meets another portal (its threads grown, its readers reading, its code compiled)
        Yardstick asSetUp = yardstick(base, parents);
        Thread.sleep(2000);

        // A portal at 8:00 has served bookings for days: before the herd, the same parents ask WARM_UP times, each
        // time for another slot of the following days, with another session of theirs (fresh in the first volley,
        // reported as the cold figure), so that the herd meets code the JVM has compiled as it would be in service.
        // the other users read month views from the warm-up on, as they would have read them all morning; only
        // their reads during the herd are counted
        if (readers != null) {
            readers.start();
        }
        List<Answer> firstVolley = List.of();
        long warmUpErrors = 0;
        LocalDate day = LocalDate.parse(date);
        for (int volley = 0; volley < WARM_UP; volley++) {
            day = volley % 2 == 1 ? nextOpenDay(day) : day;
            List<Answer> answered = fire(bookings(herd, day.toString(), volley % 2 == 0 ? "AFTERNOON" : "MORNING", Parent::warmUpToken));
            firstVolley = volley == 0 ? answered : firstVolley;
            warmUpErrors += answered.stream().filter(a -> a.status() != 201).count();
            if (volley % RUSH == RUSH - 1 && volley < WARM_UP - 1) {
                settle();
            }
        }
        long[] cold = sorted(firstVolley, Answer::nanos);
        // the JIT compiles what the warm-up made hot for seconds after it: at 7:59 a portal in service has long done so
        double yardstickSettled = settle();

        // The yardstick: as many requests at once to the plain /health endpoint, each on a new connection as the
        // herd's are, from the same client, to the portal the herd meets (warmed, settled, its readers reading): the
        // floor that accepting and answering them costs here.
        Yardstick floor = yardstick(base, parents);
        double settled = settle();

        List<Shot> bookings = bookings(herd, date, "MORNING", Parent::token);
        if (readers != null) {
            readers.countFromNow();
        }
        long herdStart = System.nanoTime();
        long cpuBefore = appCpuMillis();
        record("JFR.start", "settings=profile", "filename=" + System.getenv("HERD_JFR"));
        List<Answer> answers = fire(bookings);
        record("JFR.stop");
        long herdCpu = appCpuMillis() - cpuBefore;
        String threadsAfter = appThreads();
        double wallSeconds = (System.nanoTime() - herdStart) / 1e9;
        long[] reads = readers == null ? null : readers.stop();

        int confirmed = 0;
        int errors = 0;
        List<Integer> positions = new ArrayList<>();
        long[] latencies = sorted(answers, Answer::nanos);
        for (Answer answer : answers) {
            if (answer.status() != 201) {
                errors++;
                if (errors <= 3) {
                    System.out.println("error: " + answer.status() + " " + answer.body());
                }
            } else if ("CONFIRMED".equals(field(answer.body(), "status"))) {
                confirmed++;
            } else {
                positions.add(Integer.parseInt(number(answer.body(), "waitlistPosition")));
            }
        }
        positions.sort(null);
        // the waiting list must read 1, 2, 3, ... n: no position lost, none given twice
        boolean noGap = IntStream.range(0, positions.size()).allMatch(i -> positions.get(i) == i + 1);
        String slots = expect(200, call("GET", "/nursery/slots?from=" + date + "&to=" + date, agent, null));
        System.out.printf("requests: %d sent at once (curl, %d processes), all answered in %.2f s%n", parents, CURLS, wallSeconds);
        System.out.printf("confirmed: %d (places: %d)%n", confirmed, places);
        System.out.printf("waitlisted: %d (expected %d), positions %s%n", positions.size(), parents - places, positions.isEmpty() ? "none"
                : positions.get(0) + ".." + positions.get(positions.size() - 1) + (noGap ? " without gap or duplicate" : " WITH GAPS OR DUPLICATES"));
        System.out.printf("latency: p50 %d ms, p99 %d ms, max %d ms%n", millis(latencies, 0.50), millis(latencies, 0.99),
                latencies[latencies.length - 1] / 1_000_000);
        System.out.printf("errors: %d%n", errors);
        long[] connected = sorted(answers, Answer::connectNanos);
        long[] firstBytes = sorted(answers, Answer::firstByteNanos);
        System.out.printf("of which: connection accepted p50 %d ms, p99 %d ms; first byte p50 %d ms, p99 %d ms%n",
                millis(connected, 0.50), millis(connected, 0.99), millis(firstBytes, 0.50), millis(firstBytes, 0.99));
        if (WARM_UP > 0) {
            System.out.printf("the same parents' first volley of %d (in rushes of %d; another slot, another fresh session each), the portal's code still cold: p50 %d ms, p99 %d ms, max %d ms; errors in the %d volleys: %d%n",
                    WARM_UP, RUSH, millis(cold, 0.50), millis(cold, 0.99), cold[cold.length - 1] / 1_000_000, WARM_UP, warmUpErrors);
        }
        System.out.printf("before the yardstick, then before the herd, the portal settled for %.1f s, then %.1f s (its CPU under %d ms in each of two %d ms spans, readers included)%n",
                yardstickSettled, settled, QUIET_CPU_MS, QUIET_SPAN_MS);
        System.out.printf("yardstick, %d simultaneous GET /health sent the same way just before the herd: %s%n", parents, floor);
        System.out.printf("the same yardstick on the portal as set up, before the warm-up: %s%n", asSetUp);
        if (cpuBefore >= 0) {
            // what the portal's process spent, whatever else the machine ran: comparable between runs on a busy machine
            System.out.printf("portal CPU time%s: herd %d ms (%.0f µs a request), yardstick %d ms (%.0f µs a request)%n",
                    readers == null ? "" : ", month readers included", herdCpu, herdCpu * 1000.0 / parents, floor.cpuMillis(),
                    floor.cpuMillis() * 1000.0 / parents);
            // idle server threads live on for a minute: right after the herd, this is about the most it started
            System.out.printf("portal threads right after the herd: %s%n", threadsAfter);
        }
        if (readers != null) {
            System.out.printf("month views read by %d other users during the herd: %d, p50 %d ms, p99 %d ms, max %d ms, errors %d%n",
                    READERS, reads.length, millis(reads, 0.50), millis(reads, 0.99), reads.length == 0 ? 0 : reads[reads.length - 1] / 1_000_000,
                    readers.errors.get());
        }
        System.out.printf("slot afterwards: %s%n", slots.replaceAll("\\s", ""));
        boolean ok = warmUpErrors == 0 && floor.errors() == 0 && asSetUp.errors() == 0 && confirmed == places && positions.size() == parents - places && noGap && errors == 0 && slots.contains("\"available\":0")
                && (readers == null || readers.errors.get() == 0 && reads.length > 0);
        System.out.println(ok ? "herd: OK" : "herd: FAILED");
        HTTP.executor().ifPresent(executor -> ((ExecutorService) executor).shutdown());
        System.exit(ok ? 0 : 1);
    }

    /** A family with one child registered for occasional care, its guardian's account activated and signed in. */
    private static Parent parent(String agent, int n) throws Exception {
        String name = String.format("Famille Herd %04d", n);
        String email = String.format("herd%04d@example.fr", n);
        String family = expect(201, call("POST", "/admin/families", agent, "{\"name\":\"" + name + "\",\"resident\":true,"
                + "\"address\":{\"line1\":\"" + n + " rue de la Loire\",\"postcode\":\"44480\",\"city\":\"Donges\"},"
                + "\"guardians\":[{\"firstName\":\"Claire\",\"lastName\":\"" + name + "\",\"email\":\"" + email + "\"}],"
                + "\"children\":[{\"firstName\":\"Tom\",\"lastName\":\"" + name + "\",\"birthDate\":\"2024-06-02\"}]}"));
        String childId = matcher(family, "\"children\":\\[\\{\"id\":\"([^\"]+)\"");
        expect(201, call("POST", "/admin/children/" + childId + "/enrolments", agent,
                "{\"service\":\"NURSERY_OCCASIONAL\",\"from\":\"2026-09-01\",\"to\":\"2027-06-30\"}"));
        String username = String.format("herd-%04d", n);
        expect(201, call("POST", "/accounts/activate", null, "{\"key\":\"" + field(family, "activationKey") + "\",\"username\":\""
                + username + "\",\"password\":\"" + PASSWORD + "\",\"email\":\"" + email + "\"}"));
        String signIn = "{\"login\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}";
        String warmUpToken = WARM_UP > 0 ? field(expect(200, call("POST", "/session", null, signIn)), "token") : null;
        return new Parent(childId, warmUpToken, field(expect(200, call("POST", "/session", null, signIn)), "token"));
    }

    /**
     * Users outside the herd reading canteen month views (a random child and month each time) one after
     * another on kept-alive connections, from the herd's first request to its last answer.
     */
    private static final class MonthReaders {
        private static final String[][] MONTHS = {{"2026-09-01", "2026-09-30"}, {"2026-10-01", "2026-10-31"},
                {"2026-11-01", "2026-11-30"}, {"2026-12-01", "2026-12-31"}, {"2027-01-01", "2027-01-31"}, {"2027-03-01", "2027-03-31"}};
        private final String token;
        private final List<String> children;
        private final java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
        private final java.util.concurrent.atomic.AtomicInteger errors = new java.util.concurrent.atomic.AtomicInteger();
        private final List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        private final List<Thread> threads = new ArrayList<>();

        MonthReaders(String token, List<String> children) {
            this.token = token;
            this.children = children;
        }

        void start() {
            long start = System.nanoTime();
            for (int i = 0; i < READERS; i++) {
                // each reader its own client, so that each keeps its own connection; their reads spread evenly
                HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
                long first = start + i * READ_EVERY.toNanos() / READERS;
                Thread thread = new Thread(() -> read(client, first));
                threads.add(thread);
                thread.start();
            }
        }

        private void read(HttpClient client, long first) {
            var random = java.util.concurrent.ThreadLocalRandom.current();
            for (long due = first; running.get(); due += READ_EVERY.toNanos()) {
                java.util.concurrent.locks.LockSupport.parkNanos(due - System.nanoTime());
                String[] month = MONTHS[random.nextInt(MONTHS.length)];
                HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/children/" + children.get(random.nextInt(children.size()))
                        + "/canteen?from=" + month[0] + "&to=" + month[1])).header("Authorization", "Bearer " + token)
                        .timeout(Duration.ofSeconds(30)).build();
                try {
                    int status = client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
                    if (status != 200) {
                        errors.incrementAndGet();
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                }
                // from when the read was due, not from when it could be sent: a read kept waiting by the one before counts its wait
                latencies.add(System.nanoTime() - due);
            }
        }

        /** Forgets the reads so far: from now on they count. */
        void countFromNow() {
            latencies.clear();
            errors.set(0);
        }

        /** Stops reading and answers the latencies, sorted. */
        long[] stop() throws InterruptedException {
            running.set(false);
            for (Thread thread : threads) {
                thread.join();
            }
            return latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        }
    }

    /** The weekday after {@code day}: the multi-accueil is closed at weekends. */
    private static LocalDate nextOpenDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        return next.getDayOfWeek().getValue() > 5 ? nextOpenDay(next) : next;
    }

    /** Each parent asking for {@code period} of {@code date} with the session {@code token} gives. */
    private static List<Shot> bookings(List<Parent> herd, String date, String period, java.util.function.Function<Parent, String> token) {
        String body = "{\"date\":\"" + date + "\",\"period\":\"" + period + "\"}";
        return herd.stream().map(p -> new Shot("POST", base + "/api/v1/children/" + p.childId() + "/nursery/bookings", token.apply(p), body)).toList();
    }

    /** One request of a volley: absolute URL, bearer token and JSON body when not null. */
    private record Shot(String method, String url, String token, String body) {
    }

    /**
     * Sends every shot at once, each on a new connection, and answers in the same order with the time
     * from its start to its whole response. curl does the sending: the JDK's HttpClient opens its
     * connections from one selector thread and took the shared cores longer than the portal did
     * (1,000 GET /health: p99 0.87 s with it). One curl runs at most 300 transfers at once, hence
     * several, started together.
     */
    private static List<Answer> fire(List<Shot> shots) throws Exception {
        Path dir = Files.createTempDirectory(ANSWERS, "herd");
        try {
            return fire(shots, dir);
        } finally {
            // its files hold the parents' tokens, and a session sends some twenty volleys of 2,000 files
            try (var files = Files.walk(dir)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static List<Answer> fire(List<Shot> shots, Path dir) throws Exception {
        List<Process> curls = new ArrayList<>();
        int share = (shots.size() + CURLS - 1) / CURLS;
        for (int from = 0; from < shots.size(); from += share) {
            StringBuilder config = new StringBuilder();
            for (int i = from; i < Math.min(shots.size(), from + share); i++) {
                Shot shot = shots.get(i);
                config.append(i > from ? "next\n" : "").append("url = \"").append(shot.url()).append("\"\n")
                        .append("request = \"").append(shot.method()).append("\"\n")
                        .append("output = \"").append(dir.resolve(i + ".body")).append("\"\n")
                        .append("write-out = \"").append(i).append(" %{http_code} %{time_connect} %{time_starttransfer} %{time_total}\\n\"\n")
                        .append("max-time = 30\n");
                if (shot.token() != null) {
                    config.append("header = \"Authorization: Bearer ").append(shot.token()).append("\"\n");
                }
                if (shot.body() != null) {
                    config.append("header = \"Content-Type: application/json\"\n")
                            .append("data = \"").append(shot.body().replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n");
                }
            }
            Path file = dir.resolve("curl-" + from + ".conf");
            Files.writeString(file, config);
            curls.add(new ProcessBuilder("curl", "--silent", "--parallel", "--parallel-immediate", "--parallel-max", "300",
                    "--config", file.toString()).redirectOutput(dir.resolve("curl-" + from + ".out").toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start());
        }
        for (Process curl : curls) {
            curl.waitFor();
        }
        Answer[] answers = new Answer[shots.size()];
        try (var outs = Files.list(dir)) {
            for (Path out : outs.filter(p -> p.getFileName().toString().endsWith(".out")).toList()) {
                for (String line : Files.readAllLines(out)) {
                    String[] fields = line.trim().split(" ");
                    int i = Integer.parseInt(fields[0]);
                    Path bodyFile = dir.resolve(i + ".body");
                    answers[i] = new Answer(Integer.parseInt(fields[1]), Files.exists(bodyFile) ? Files.readString(bodyFile) : "",
                            (long) (Double.parseDouble(fields[2]) * 1e9), (long) (Double.parseDouble(fields[3]) * 1e9),
                            (long) (Double.parseDouble(fields[4]) * 1e9));
                }
            }
        }
        for (int i = 0; i < answers.length; i++) {
            if (answers[i] == null) {
                answers[i] = new Answer(-1, "no answer", 0, 0, 0);
            }
        }
        return List.of(answers);
    }

    /** HERD_JFR=file records the portal (APP_PID) with JFR's profile settings while the herd is answered. */
    private static void record(String... command) throws Exception {
        if (System.getenv("HERD_JFR") != null && System.getenv("APP_PID") != null) {
            List<String> jcmd = new ArrayList<>(List.of("jcmd", System.getenv("APP_PID")));
            jcmd.addAll(List.of(command));
            new ProcessBuilder(jcmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        }
    }

    /**
     * A volley of GET /health: its latencies and connection times (sorted), the portal's CPU for it (-1 unknown), its
     * errors, and the portal's threads right after it.
     */
    private record Yardstick(long[] latencies, long[] connected, long cpuMillis, long errors, String threadsAfter) {
        @Override
        public String toString() {
            return String.format("p50 %d ms, p99 %d ms, max %d ms, errors %d; connection accepted p50 %d ms, p99 %d ms; "
                    + "portal CPU %d ms; portal threads after it %s", millis(latencies, 0.50), millis(latencies, 0.99),
                    latencies[latencies.length - 1] / 1_000_000, errors, millis(connected, 0.50), millis(connected, 0.99), cpuMillis,
                    threadsAfter);
        }
    }

    /** Sends {@code parents} GET /health at once, each on a new connection, as the herd is sent. */
    private static Yardstick yardstick(String base, int parents) throws Exception {
        List<Shot> health = new ArrayList<>();
        for (int i = 0; i < parents; i++) {
            health.add(new Shot("GET", base + "/health", null, null));
        }
        long cpuBefore = appCpuMillis();
        List<Answer> answers = fire(health);
        long cpu = cpuBefore < 0 ? -1 : appCpuMillis() - cpuBefore;
        return new Yardstick(sorted(answers, Answer::nanos), sorted(answers, Answer::connectNanos), cpu,
                answers.stream().filter(a -> a.status() != 200).count(), appThreads());
    }

    /**
     * Waits, at least 2 s and at most 20 s, until the portal has used less than {@link #QUIET_CPU_MS} of CPU in each
     * of two spans of {@link #QUIET_SPAN_MS} (its month readers go on meanwhile), or the 2 s alone when its CPU cannot
     * be read (no APP_PID); answers the seconds waited.
     */
    private static double settle() throws Exception {
        long start = System.nanoTime();
        Thread.sleep(2000);
        int quiet = 0;
        while (quiet < 2 && System.nanoTime() - start < 20_000_000_000L) {
            long before = appCpuMillis();
            Thread.sleep(QUIET_SPAN_MS);
            quiet = before < 0 ? 2 : appCpuMillis() - before < QUIET_CPU_MS ? quiet + 1 : 0;
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** CPU time (user and system) the portal's process has used so far, when APP_PID names it (Linux); else -1. */
    private static long appCpuMillis() throws java.io.IOException {
        String pid = System.getenv("APP_PID");
        if (pid == null || !Files.exists(Path.of("/proc", pid, "stat"))) {
            return -1;
        }
        String stat = Files.readString(Path.of("/proc", pid, "stat"));
        // fields after the command's closing parenthesis: utime and stime are the 12th and 13th, in ticks of 10 ms
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }

    private static long[] sorted(List<Answer> answers, java.util.function.ToLongFunction<Answer> time) {
        return answers.stream().mapToLong(time).sorted().toArray();
    }

    /** The portal's thread count (APP_PID, Linux), or "?" when unknown. */
    private static String appThreads() throws java.io.IOException {
        String pid = System.getenv("APP_PID");
        if (pid == null || !Files.exists(Path.of("/proc", pid, "status"))) {
            return "?";
        }
        return Files.readAllLines(Path.of("/proc", pid, "status")).stream().filter(l -> l.startsWith("Threads:"))
                .map(l -> l.substring(8).strip()).findFirst().orElse("?");
    }

    private static long millis(long[] sorted, double quantile) {
        return sorted.length == 0 ? 0 :  sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1_000_000;
    }

    private static HttpRequest.Builder request(String method, String path, String token, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + "/api/v1" + path)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private static HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
        return HTTP.send(request(method, path, token, body).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " answered "
                    + response.statusCode() + " instead of " + status + ": " + response.body());
        }
        return response.body();
    }

    private static String field(String json, String name) {
        return matcher(json, "\"" + name + "\"\\s*:\\s*\"([^\"]*)\"");
    }

    private static String number(String json, String name) {
        return matcher(json, "\"" + name + "\"\\s*:\\s*(\\d+)");
    }

    private static String matcher(String json, String regex) {
        Matcher m = Pattern.compile(regex).matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + regex + " in " + json);
        }
        return m.group(1);
    }
}
