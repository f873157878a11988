package org.casebridge.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole Casebridge stack on one machine with only a JDK: a real PostgreSQL (one database per service), a
 * real KRaft Kafka broker, and the three service jars, each a child process. {@link #close()} stops the
 * services, then Kafka, then PostgreSQL, and leaves no process behind.
 *
 * <p>Used by {@code deploy/local/run} through {@link #main(String[])} and by the cross-service integration test
 * through {@link #launch(Options)}.
 */
public final class LocalStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);
    private static final Duration KAFKA_START_TIMEOUT = Duration.ofSeconds(90);
    /** Where every service and the identity provider listen. */
    static final String LOOPBACK = "127.0.0.1";

    private static final String POSTGRES = "PostgreSQL";
    private static final String KAFKA = "Kafka";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** Changes only when instances are added to the running stack ({@link #addInstances(int)}). */
    private volatile Options options;

    private final Deque<Supervisor.Supervised> running = new ArrayDeque<>();
    private final Map<String, Supervisor.Supervised> supervised =
            java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, Duration> timings = new LinkedHashMap<>();
    private final CompletableFuture<String> stopped = new CompletableFuture<>();
    private Supervisor supervisor;
    private Duration startupTime;
    private boolean closed;
    /** Parts being started right now, outside the lock: {@link #close()} waits for them. */
    private int starting;

    private volatile boolean stopping;
    /** Why the supervisor gave up, once it has; {@link #stopped()} completes with it. */
    private volatile String gaveUp;

    public LocalStack(Options options) {
        this.options = options;
    }

    /** Starts a stack and returns it running; on failure everything already started is stopped again. */
    public static LocalStack launch(Options options) {
        LocalStack stack = new LocalStack(options);
        try {
            stack.start();
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
        return stack;
    }

    /**
     * Starts PostgreSQL, Kafka and the identity provider together (none needs another), then the domain services, all
     * instances at once, as soon as PostgreSQL and Kafka are up; waits until every service reports UP, then supervises.
     * The first part that fails fails the start, with its own message.
     */
    public void start() {
        long started = System.nanoTime();
        requireFreePorts();
        requireServiceJars();
        if (options.fresh()) {
            deleteRecursively(options.dataDir());
        }
        Path logs = logsDir();
        truncate(logs.resolve("kafka.log"));
        List<Instance> instances = instances();
        instances.forEach(instance -> truncate(logFile(instance)));

        Map<String, Duration> took = new java.util.concurrent.ConcurrentHashMap<>();
        CompletableFuture<Void> postgres = inParallel(POSTGRES, () -> {
            step(POSTGRES, false, this::startPostgres, part -> {});
            took.put(POSTGRES, since(started));
            log.info("PostgreSQL is up on port {}", options.ports().postgres());
        });
        CompletableFuture<Void> kafka = inParallel(KAFKA, () -> {
            awaitKafka(step(KAFKA, false, this::startKafka, this::awaitKafka).current());
            took.put(KAFKA, since(started));
            log.info("Kafka is up on {}", kafkaBootstrapServers());
        });
        List<CompletableFuture<Void>> services = new ArrayList<>();
        for (Instance instance : instances) {
            if (instance.service() == Service.IDENTITY) {
                services.add(inParallel(instance.name(), () -> startAndAwait(instance, started, took)));
            }
        }
        awaitAll(List.of(postgres, kafka));
        for (Instance instance : instances) {
            if (instance.service() != Service.IDENTITY) {
                services.add(inParallel(instance.name(), () -> startAndAwait(instance, started, took)));
            }
        }
        awaitAll(services);
        timings.put("PostgreSQL", took.get(POSTGRES));
        timings.put("Kafka", took.get(KAFKA));
        if (!instances.isEmpty()) {
            timings.put(
                    "services",
                    instances.stream()
                            .map(i -> took.get(i.name()))
                            .max(Comparator.naturalOrder())
                            .orElseThrow());
        }
        startSupervising();
        startupTime = since(started);
    }

    /**
     * Starts more instances of each domain service on the running stack, up to {@code instances} of each, and waits
     * until they are UP; they are supervised as the others. For a test of two instances on a stack that other tests
     * share with one: the identity provider keeps the portal addresses it started with, so a user signs in through a
     * first instance (the session is in the database, and the other instances find it there).
     */
    public void addInstances(int instances) {
        Supervisor watching;
        synchronized (this) {
            watching = supervisor;
            if (closed || watching == null) {
                throw new IllegalStateException("Instances can be added to a running stack only");
            }
        }
        Options before = options;
        if (instances <= before.instances()) {
            return;
        }
        options = before.withInstances(instances);
        List<Instance> added = instances().stream()
                .filter(instance -> instance.number() > before.instances())
                .toList();
        for (Instance instance : added) {
            int port = options.ports().of(instance.service(), instance.number());
            if (!isFree(port)) {
                throw new PortInUseException(
                        "Cannot add " + instance.name() + ": port " + port + " is already in use.");
            }
            truncate(logFile(instance));
        }
        long started = System.nanoTime();
        Map<String, Duration> took = new java.util.concurrent.ConcurrentHashMap<>();
        awaitAll(added.stream()
                .map(instance -> inParallel(instance.name(), () -> {
                    startAndAwait(instance, started, took);
                    watching.supervise(supervised.get(instance.name()));
                }))
                .toList());
    }

    private void startAndAwait(Instance instance, long stackStarted, Map<String, Duration> took) {
        Supervisor.Supervised part = step(instance.name(), true, () -> startService(instance), this::awaitHealthy);
        awaitHealthy(part.current());
        took.put(instance.name(), since(stackStarted));
        log.info("{} is UP at {}", instance.name(), baseUri(instance.service(), instance.number()));
    }

    /** Runs one part's start on a thread of its own (the common pool may have a single thread on two cores). */
    private static CompletableFuture<Void> inParallel(String part, Runnable start) {
        return CompletableFuture.runAsync(
                start,
                task -> Thread.ofPlatform().name("start-" + part).daemon().start(task));
    }

    /** Waits for every start, failing as soon as one fails, with that part's own exception. */
    private static void awaitAll(List<CompletableFuture<Void>> starts) {
        CompletableFuture<Void> firstFailure = new CompletableFuture<>();
        starts.forEach(start -> start.whenComplete((done, failure) -> {
            if (failure != null) {
                firstFailure.completeExceptionally(failure);
            }
        }));
        try {
            CompletableFuture.anyOf(CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)), firstFailure)
                    .join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private synchronized void startSupervising() {
        if (closed) {
            throw new IllegalStateException("The local stack is stopping");
        }
        // in the order of the summary, whichever part came up first: PostgreSQL, Kafka, then each instance
        List<Supervisor.Supervised> parts = Stream.concat(
                        Stream.of(POSTGRES, KAFKA), instances().stream().map(Instance::name))
                .map(supervised::get)
                .filter(java.util.Objects::nonNull)
                .toList();
        supervisor = new Supervisor(options.supervision(), parts, this::giveUp);
        supervisor.start();
    }

    /** A part failed too often: the stack stops, and whoever waits on {@link #stopped()} learns why. */
    private void giveUp(String message) {
        gaveUp = message;
        close();
    }

    private Postgres startPostgres() {
        return Postgres.start(
                options.dataDir().resolve("postgres"),
                options.ports().postgres(),
                logsDir().resolve("postgres.log"),
                Service.withDatabase().stream().map(Service::database).toList(),
                options.durable());
    }

    private KafkaBroker startKafka() {
        return KafkaBroker.start(
                options.dataDir().resolve("kafka"),
                options.ports().kafka(),
                options.ports().kafkaController(),
                options.kafkaClasspath(),
                logsDir().resolve("kafka.log"));
    }

    private void awaitKafka(StackPart kafka) {
        ((KafkaBroker) kafka).awaitReady(KAFKA_START_TIMEOUT);
    }

    private ServiceProcess startService(Instance instance) {
        int port = options.ports().of(instance.service(), instance.number());
        return ServiceProcess.start(
                instance.service(),
                ServiceProcess.jar(options.repositoryDir(), instance.service()),
                port,
                environment(instance.service(), port),
                logFile(instance));
    }

    private void awaitHealthy(StackPart service) {
        ((ServiceProcess) service).awaitHealthy(HTTP, options.serviceStartTimeout());
    }

    private Path logFile(Instance instance) {
        return logsDir().resolve(instance.name() + ".log");
    }

    /** Every instance of every service to start: the identity provider once, each domain service once or twice. */
    List<Instance> instances() {
        List<Instance> instances = new ArrayList<>();
        for (int number = 1; number <= options.instances(); number++) {
            for (Service service : options.services()) {
                if (number == 1 || service != Service.IDENTITY) {
                    instances.add(new Instance(service, number));
                }
            }
        }
        return instances;
    }

    /**
     * One running copy of a service. The first is named after its module and listens on the service's port; the
     * second is {@code <module>#2} on that port plus {@value Ports#INSTANCE_PORT_STEP}.
     */
    public record Instance(Service service, int number) {

        public String name() {
            return number == 1 ? service.module() : service.module() + "#" + number;
        }
    }

    /**
     * The settings every service reads (see the README): its database, Kafka, its port on loopback, and the identity
     * provider whose tokens it requires; the provider itself gets its issuer and where to keep its signing key. Every
     * process listens on 127.0.0.1 only: the demo provider's passwords and the local profile's development keys are
     * published, and the services refuse them on any other address (ADR 0014).
     */
    private Map<String, String> environment(Service service, int port) {
        String issuer = "http://localhost:" + options.ports().of(Service.IDENTITY);
        List<String> portals = new ArrayList<>();
        for (int number = 1; number <= options.instances(); number++) {
            for (Service portal : Service.portals()) {
                portals.add("http://localhost:" + options.ports().of(portal, number));
            }
        }
        if (service == Service.IDENTITY) {
            return Map.of(
                    "SERVER_PORT", Integer.toString(port),
                    "SERVER_ADDRESS", LOOPBACK,
                    "CASEBRIDGE_JWT_ISSUER", issuer,
                    "CASEBRIDGE_PORTAL_BASE_URLS", String.join(",", portals),
                    "CASEBRIDGE_IDENTITY_KEY_FILE",
                            options.dataDir()
                                    .resolve("identity")
                                    .resolve("signing-key.json")
                                    .toString());
        }
        Map<String, String> environment = new HashMap<>(options.serviceEnvironment());
        environment.putAll(Map.of(
                "CASEBRIDGE_DB_URL",
                jdbcUrl(service),
                "CASEBRIDGE_DB_USER",
                Postgres.USER,
                "CASEBRIDGE_DB_PASSWORD",
                Postgres.PASSWORD,
                "KAFKA_BOOTSTRAP_SERVERS",
                kafkaBootstrapServers(),
                "SERVER_PORT",
                Integer.toString(port),
                "SERVER_ADDRESS",
                LOOPBACK,
                "SPRING_PROFILES_ACTIVE",
                "local",
                "CASEBRIDGE_JWT_ISSUER",
                issuer,
                "CASEBRIDGE_JWK_SET_URI",
                issuer + "/oauth2/jwks"));
        // migrations run as the owner; the services connect as a role that owns nothing (ADR 0046)
        environment.put("CASEBRIDGE_DB_OWNER", Postgres.OWNER);
        environment.put("CASEBRIDGE_DB_OWNER_PASSWORD", Postgres.OWNER_PASSWORD);
        // the audit checkpoints' development key, kept so that checkpoints verify across restarts (ADR 0045)
        environment.put(
                "CASEBRIDGE_AUDIT_DEV_KEY_FILE",
                options.dataDir()
                        .resolve("audit")
                        .resolve(service.database() + ".key")
                        .toString());
        if (!environment.containsKey(ServiceProcess.CONSUMER_THREADS_VARIABLE)) {
            ServiceProcess.consumerThreads(
                            Runtime.getRuntime().availableProcessors(),
                            System.getenv(ServiceProcess.CONSUMER_THREADS_VARIABLE))
                    .ifPresent(threads -> environment.put(ServiceProcess.CONSUMER_THREADS_VARIABLE, threads));
        }
        if (service == Service.CASE) {
            // a subject access disclosure reads the case's shares from notification-service (ADR 0057)
            environment.put(
                    "CASEBRIDGE_NOTIFICATION_URL",
                    "http://localhost:" + options.ports().of(Service.NOTIFICATION));
        }
        return environment;
    }

    /**
     * Starts one part unless the stack is already stopping, and keeps it with how to start it again, for the
     * supervisor. Parts start in parallel, so the lock is not held while one starts; {@link #close()} (Ctrl-C during
     * start-up) waits for every start under way, and a part that comes up after the stack began stopping is stopped
     * again at once, so nothing is left running.
     */
    private Supervisor.Supervised step(
            String name, boolean service, Supplier<StackPart> start, Consumer<StackPart> awaitReady) {
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("The local stack is stopping");
            }
            starting++;
        }
        StackPart first = null;
        RuntimeException failure = null;
        try {
            first = start.get();
        } catch (RuntimeException e) {
            failure = e;
        }
        synchronized (this) {
            starting--;
            notifyAll();
            if (failure != null) {
                throw failure;
            }
            if (closed) {
                stopQuietly(first, name);
                throw new IllegalStateException("The local stack is stopping");
            }
            Supervisor.Supervised part = new Supervisor.Supervised(name, service, first, start, awaitReady);
            running.push(part);
            supervised.put(name, part);
            return part;
        }
    }

    private static void truncate(Path log) {
        try {
            Files.deleteIfExists(log);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove the old " + log, e);
        }
    }

    private Path logsDir() {
        Path logs = options.dataDir().resolve("logs");
        try {
            Files.createDirectories(logs);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + logs, e);
        }
        return logs;
    }

    private void requireFreePorts() {
        Map<String, Integer> wanted = new LinkedHashMap<>();
        wanted.put("PostgreSQL", options.ports().postgres());
        wanted.put("Kafka", options.ports().kafka());
        wanted.put("the Kafka controller", options.ports().kafkaController());
        for (Instance instance : instances()) {
            wanted.put(instance.name(), options.ports().of(instance.service(), instance.number()));
        }
        List<String> taken = new ArrayList<>();
        wanted.forEach((what, port) -> {
            if (!isFree(port)) {
                taken.add("port " + port + " (" + what + ")");
            }
        });
        if (!taken.isEmpty()) {
            throw new PortInUseException(leftoverPostgresHint() + "Cannot start the local stack: "
                    + String.join(", ", taken) + (taken.size() == 1 ? " is" : " are") + " already in use. Stop "
                    + "whatever listens there (another local stack?) or move every port with --port-offset N.");
        }
    }

    private void requireServiceJars() {
        List<String> missing = options.services().stream()
                .map(service -> ServiceProcess.jar(options.repositoryDir(), service))
                .filter(jar -> !Files.isRegularFile(jar))
                .map(Path::toString)
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Missing service jars: " + String.join(", ", missing) + ". Build them "
                    + "first: deploy/local/run --build (or ./mvnw -B -DskipTests install from the repository root).");
        }
    }

    /** A PostgreSQL left running on our data directory by a launcher that was killed (kill -9) says so. */
    private String leftoverPostgresHint() {
        Path pidFile = options.dataDir().resolve("postgres").resolve("postmaster.pid");
        try {
            if (Files.isRegularFile(pidFile)) {
                long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    return "A PostgreSQL from an earlier run is still running on " + pidFile.getParent() + " (pid "
                            + pid + "); stop it with: kill " + pid + "\n";
                }
            }
        } catch (IOException | RuntimeException e) {
            return "";
        }
        return "";
    }

    static boolean isFree(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            return false;
        } catch (IOException expected) {
            try (ServerSocket server = new ServerSocket()) {
                // as the servers themselves do: connections of a previous run in TIME_WAIT do not block the port
                server.setReuseAddress(true);
                server.bind(new InetSocketAddress(port));
                return true;
            } catch (IOException e) {
                return false;
            }
        }
    }

    private static Duration since(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos);
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not wipe " + dir, e);
        }
        log.info("Wiped {}", dir);
    }

    /**
     * Stops supervising, waits for any part still starting, then stops the services (together), then Kafka, then
     * PostgreSQL. Safe to call more than once.
     */
    @Override
    public void close() {
        stopping = true;
        Supervisor watching;
        synchronized (this) {
            watching = supervisor;
        }
        if (watching != null) {
            watching.close();
        }
        synchronized (this) {
            closed = true;
            awaitStartsUnderWay();
            List<Supervisor.Supervised> parts = new ArrayList<>(running);
            running.clear();
            List<CompletableFuture<Void>> serviceStops = new ArrayList<>();
            for (Supervisor.Supervised service : parts) {
                if (service.isService()) {
                    serviceStops.add(CompletableFuture.runAsync(
                            () -> stopQuietly(service, service.name()),
                            runnable -> Thread.ofPlatform()
                                    .name("stop-" + service.name())
                                    .start(runnable)));
                }
            }
            serviceStops.forEach(CompletableFuture::join);
            // Kafka before PostgreSQL, whichever came up first
            for (String name : List.of(KAFKA, POSTGRES)) {
                parts.stream().filter(part -> part.name().equals(name)).forEach(part -> stopQuietly(part, part.name()));
            }
        }
        stopped.complete(gaveUp);
    }

    private void awaitStartsUnderWay() {
        while (starting > 0) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Completes when the stack has stopped: with null after {@link #close()}, or with the message naming the part
     * that failed too often, and the end of its log, when the supervisor gave up.
     */
    public CompletableFuture<String> stopped() {
        return stopped;
    }

    /** The names of the supervised parts: PostgreSQL, Kafka, and each service instance ({@link Instance#name()}). */
    public List<String> parts() {
        synchronized (supervised) {
            return List.copyOf(supervised.keySet());
        }
    }

    /** Ends a part with SIGKILL through the launcher's own handle on it; the supervisor starts it again. */
    public void kill(String part) {
        part(part).current().kill();
    }

    /**
     * Ends a part with SIGKILL and keeps it down until {@link #release(String)}: an outage of a chosen length. The
     * supervisor then starts it again as any part that exited.
     */
    public void killAndHold(String part) {
        part(part).killAndHold();
    }

    /** Lets the supervisor start again a part ended by {@link #killAndHold(String)}. */
    public void release(String part) {
        part(part).release();
    }

    /** True when the part runs and the supervisor is not starting it again. */
    public boolean isRunning(String part) {
        return part(part).isRunning();
    }

    /** How often the supervisor started each part again, by part name. */
    public Map<String, Integer> restarts() {
        Supervisor watching = supervisor;
        return watching == null ? Map.of() : watching.restartCounts();
    }

    private Supervisor.Supervised part(String name) {
        Supervisor.Supervised part = supervised.get(name);
        if (part == null) {
            throw new IllegalArgumentException(name + " is not part of this stack; its parts are " + parts());
        }
        return part;
    }

    private synchronized boolean isRunningAnything() {
        return !running.isEmpty();
    }

    /** Which parts the supervisor started again, and how often, e.g. "2 restarts: Kafka 1, PostgreSQL 1". */
    public String restartSummary() {
        Supervisor watching = supervisor;
        return watching == null ? "no part restarted" : watching.restartSummary();
    }

    /** True once {@link #close()} was called, e.g. by Ctrl-C while the stack was still starting. */
    public boolean isStopping() {
        return stopping;
    }

    private static void stopQuietly(AutoCloseable part, String name) {
        try {
            part.close();
            log.info("Stopped {}", name);
        } catch (Exception e) {
            log.warn("Could not stop {} cleanly: {}", name, e.getMessage());
        }
    }

    public Options options() {
        return options;
    }

    public String jdbcUrl(Service service) {
        return "jdbc:postgresql://localhost:" + options.ports().postgres() + "/" + service.database();
    }

    public String databaseUser() {
        return Postgres.USER;
    }

    public String databasePassword() {
        return Postgres.PASSWORD;
    }

    /** The role that owns the databases (ADR 0046): only it may create tables, as an operator's tool would. */
    public String databaseOwner() {
        return Postgres.OWNER;
    }

    public String databaseOwnerPassword() {
        return Postgres.OWNER_PASSWORD;
    }

    public String kafkaBootstrapServers() {
        return "localhost:" + options.ports().kafka();
    }

    /** The first instance of a service. */
    public URI baseUri(Service service) {
        return baseUri(service, 1);
    }

    public URI baseUri(Service service, int number) {
        Instance instance = new Instance(service, number);
        if (!supervised.containsKey(instance.name())) {
            throw new IllegalArgumentException(instance.name() + " is not part of this stack");
        }
        return URI.create("http://localhost:" + options.ports().of(service, number));
    }

    /** From the call to {@link #start()} until every service reported UP. */
    public Duration startupTime() {
        return startupTime;
    }

    /** What runs where, for a person at a terminal. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        text.append("\nCasebridge local stack is up in ")
                .append(seconds(startupTime))
                .append(" (up after ");
        List<String> parts = new ArrayList<>();
        timings.forEach((what, took) -> parts.add(what + " " + seconds(took)));
        text.append(String.join(", ", parts)).append(").\n\n");
        text.append("  PostgreSQL  ")
                .append("jdbc:postgresql://localhost:" + options.ports().postgres() + "/<database>")
                .append("  user ")
                .append(Postgres.USER)
                .append(" / ")
                .append(Postgres.PASSWORD)
                .append("\n              databases ")
                .append(String.join(
                        ", ",
                        Service.withDatabase().stream().map(Service::database).toList()))
                .append('\n');
        text.append("  Kafka       ").append(kafkaBootstrapServers()).append('\n');
        for (Instance instance : instances()) {
            URI base = baseUri(instance.service(), instance.number());
            text.append('\n')
                    .append("  ")
                    .append(instance.name())
                    .append("  ")
                    .append(base)
                    .append('\n');
            if (instance.service() != Service.IDENTITY) {
                text.append("      portal      ")
                        .append(base.resolve("/portal"))
                        .append("  (sign in as ")
                        .append(PORTAL_USERS.get(instance.service()))
                        .append(", password casebridge)\n");
            }
            text.append("      health      ")
                    .append(base.resolve("/actuator/health"))
                    .append('\n');
            if (instance.service() == Service.IDENTITY) {
                text.append(
                                "      tokens      curl -u school-100001:school-100001-secret -d grant_type=client_credentials ")
                        .append(base.resolve("/oauth2/token"))
                        .append('\n');
                continue;
            }
            text.append("      metrics     ")
                    .append(base.resolve("/actuator/prometheus"))
                    .append('\n');
            text.append("      OpenAPI     ")
                    .append(base.resolve("/v3/api-docs"))
                    .append('\n');
            text.append("      Swagger UI  ")
                    .append(base.resolve("/swagger-ui.html"))
                    .append('\n');
        }
        text.append("\n  Data and logs in ")
                .append(options.dataDir())
                .append(" (kept across restarts; --fresh starts " + "empty).\n")
                .append("  Supervised: a part that exits is started again (same ports, same data); ")
                .append(restartSummary())
                .append(" so far.\n  Ctrl-C stops everything.\n");
        return text.toString();
    }

    /** The demo people of the identity provider who use each portal. */
    private static final Map<Service, String> PORTAL_USERS = Map.of(
            Service.CASE, "dsl.clapton or dsl.hollybank",
            Service.POLICE_LIAISON, "officer.mps or supervisor.mps",
            Service.NOTIFICATION, "csc.hackney");

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    public static void main(String[] args) throws InterruptedException {
        Options options;
        try {
            options = CommandLine.parse(args, Path.of("").toAbsolutePath());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(CommandLine.USAGE);
            System.exit(2);
            return;
        }
        if (options == null) {
            System.out.println(CommandLine.USAGE);
            return;
        }
        LocalStack stack = new LocalStack(options);
        Runtime.getRuntime()
                .addShutdownHook(Thread.ofPlatform().name("local-stack-stop").unstarted(() -> {
                    if (stack.isRunningAnything()) {
                        System.out.println("Stopping the Casebridge local stack...");
                        stack.close();
                        System.out.println("Stopped (" + stack.restartSummary() + ").");
                    }
                }));
        try {
            stack.start();
        } catch (RuntimeException e) {
            if (stack.isStopping()) {
                return;
            }
            System.err.println("\n" + e.getMessage());
            System.exit(1);
        }
        System.out.println(stack.summary());
        String gaveUp = stack.stopped().join();
        if (gaveUp != null) {
            System.err.println("\n" + gaveUp);
            System.err.println("\nStopped the Casebridge local stack: " + stack.restartSummary() + ".");
            System.exit(1);
        }
    }

    /** Thrown when a port the stack needs is taken, before anything is started. */
    public static final class PortInUseException extends IllegalStateException {
        PortInUseException(String message) {
            super(message);
        }
    }

    static final class CommandLine {

        static final String USAGE = """
                Usage: deploy/local/run [--build] [--fresh] [--infrastructure-only] [--instances N] [--port-offset N]
                                        [--data-dir DIR]
                  --build                rebuild the service jars and the launcher first
                  --fresh                wipe the data directory first (every case, event and Kafka record)
                  --infrastructure-only  start PostgreSQL and Kafka only (to run a service from an IDE)
                  --instances N          run N instances (1 or 2) of each domain service; the second on port + 100
                                         (8181, 8182, 8183)
                  --port-offset N        add N to every port (PostgreSQL 5432, Kafka 9092/9093, services 8081-8083,
                                         identity provider 9000)
                  --data-dir DIR         keep data and logs in DIR instead of <repository>/.local-data""";

        private CommandLine() {}

        /** The options for these arguments, or null when only the usage was asked for. */
        static Options parse(String[] args, Path repositoryDir) {
            if (!Files.isRegularFile(repositoryDir.resolve("pom.xml"))
                    || !Files.isDirectory(repositoryDir.resolve("deploy"))) {
                throw new IllegalArgumentException(
                        "Run the launcher from the repository root (deploy/local/run does).");
            }
            Options options = Options.local(repositoryDir);
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--help", "-h" -> {
                        return null;
                    }
                    case "--fresh" -> options = options.withFresh(true);
                    case "--infrastructure-only" -> options = options.withServices(EnumSet.noneOf(Service.class));
                    case "--port-offset" ->
                        options = options.withPorts(
                                Ports.defaults().shiftedBy(parsePortOffset(value(args, ++i, "--port-offset"))));
                    case "--instances" ->
                        options = options.withInstances(parseInstances(value(args, ++i, "--instances")));
                    case "--data-dir" -> options = options.withDataDir(Path.of(value(args, ++i, "--data-dir")));
                    default -> throw new IllegalArgumentException("Unknown option: " + args[i]);
                }
            }
            return options;
        }

        private static String value(String[] args, int index, String option) {
            if (index >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[index];
        }

        private static int parseInstances(String value) {
            try {
                int instances = Integer.parseInt(value);
                if (instances < 1 || instances > Options.MAX_INSTANCES) {
                    throw new IllegalArgumentException("--instances must be 1 or " + Options.MAX_INSTANCES);
                }
                return instances;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--instances needs a number, not " + value);
            }
        }

        private static int parsePortOffset(String value) {
            try {
                int offset = Integer.parseInt(value);
                if (offset < 0 || offset > 50_000) {
                    throw new IllegalArgumentException("--port-offset must be between 0 and 50000");
                }
                return offset;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--port-offset needs a number, not " + value);
            }
        }
    }
}
