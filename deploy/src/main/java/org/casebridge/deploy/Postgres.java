package org.casebridge.deploy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server from the binaries zonky ships in Maven jars. Its data directory survives restarts
 * (initdb runs only when the directory is empty), so a restart of the local stack keeps every case.
 *
 * <p>Durable by default: {@code synchronous_commit=on} always, so a commit the services acknowledged is in the
 * write-ahead log before they answer, and survives a crash of PostgreSQL itself; {@code fsync=on} unless a test
 * asks for {@code durable=false} (fsync guards only against a crash of the machine, which no test simulates).
 */
final class Postgres implements StackPart {

    /** The services' role: it owns nothing, so it cannot drop the append-only logs' protections (ADR 0046). */
    static final String USER = "casebridge";

    static final String PASSWORD = "casebridge";
    /** The role that owns the databases and runs the migrations. */
    static final String OWNER = "casebridge_owner";

    static final String OWNER_PASSWORD = "casebridge_owner";

    private static final Logger log = LoggerFactory.getLogger(Postgres.class);
    /** What {@code pg_ctl start -w} prints when the postmaster exited before accepting connections. */
    private static final String PG_CTL_GAVE_UP = "pg_ctl: could not start server";

    private static final Duration FAILURE_CHECK_INTERVAL = Duration.ofMillis(100);
    private static final Duration ABANDONED_START_WAIT = Duration.ofSeconds(10);
    private static final int MAX_LOG_READ = 64 * 1024;

    private final EmbeddedPostgres server;
    private final int port;
    private final Path dataDir;
    private final Path logFile;
    private final long pid;

    private Postgres(EmbeddedPostgres server, int port, Path dataDir, Path logFile, long pid) {
        this.server = server;
        this.port = port;
        this.dataDir = dataDir;
        this.logFile = logFile;
        this.pid = pid;
    }

    static Postgres start(Path dataDir, int port, Path logFile, Collection<String> databases, boolean durable) {
        try {
            Files.createDirectories(dataDir);
            Files.createDirectories(logFile.getParent());
            removeStaleLockFile(dataDir);
            removeStaleSocketLockFile(port);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    // zonky turns both off (-F, synchronous_commit=off) for throw-away test databases; this one is kept
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", "on")
                    // per-statement counts and times for whoever asks where the database's time goes (the benchmark)
                    .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            EmbeddedPostgres server = startFailingFast(builder, logFile);
            Postgres postgres = new Postgres(
                    server, port, dataDir, logFile, postmasterPid(dataDir).orElse(-1));
            try {
                postgres.createUserAndDatabases(databases);
            } catch (RuntimeException e) {
                postgres.close();
                throw e;
            }
            return postgres;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(
                    "PostgreSQL did not start; see " + logFile + ": " + e.getMessage() + "\n" + tail(logFile), e);
        }
    }

    /**
     * Starts the server through zonky, but fails as soon as {@code pg_ctl} reports that the postmaster exited (a broken
     * setting, a corrupt data directory) instead of after zonky's whole start-up wait, which polls for a connection
     * and ignores pg_ctl's exit. The abandoned start is then interrupted, which ends zonky's wait, and its server
     * closed, which releases zonky's lock on the data directory: without that, every later start in this JVM would
     * fail on the lock, and a part the supervisor starts again could never come back.
     */
    private static EmbeddedPostgres startFailingFast(EmbeddedPostgres.Builder builder, Path logFile)
            throws IOException {
        long logStart = Files.exists(logFile) ? Files.size(logFile) : 0;
        CompletableFuture<EmbeddedPostgres> started = new CompletableFuture<>();
        Thread starting = Thread.ofPlatform().name("postgres-start").daemon().start(() -> {
            try {
                started.complete(builder.start());
            } catch (IOException | RuntimeException e) {
                started.completeExceptionally(e);
            }
        });
        try {
            while (true) {
                try {
                    return started.get(FAILURE_CHECK_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
                } catch (TimeoutException stillStarting) {
                    if (loggedSince(logFile, logStart, PG_CTL_GAVE_UP)) {
                        starting.interrupt();
                        closeAbandoned(started);
                        throw new IOException(PG_CTL_GAVE_UP);
                    }
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            starting.interrupt();
            closeAbandoned(started);
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while PostgreSQL was starting", e);
        }
    }

    private static void closeAbandoned(CompletableFuture<EmbeddedPostgres> started) {
        try {
            started.get(ABANDONED_START_WAIT.toMillis(), TimeUnit.MILLISECONDS).close();
        } catch (ExecutionException | TimeoutException | IOException e) {
            log.warn("An abandoned start of PostgreSQL did not end cleanly: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the log received this line after the given offset (its end only, should it have grown a lot). */
    private static boolean loggedSince(Path logFile, long offset, String line) throws IOException {
        if (!Files.exists(logFile)) {
            return false;
        }
        try (RandomAccessFile file = new RandomAccessFile(logFile.toFile(), "r")) {
            long from = Math.max(offset, file.length() - MAX_LOG_READ);
            if (file.length() <= from) {
                return false;
            }
            byte[] bytes = new byte[(int) (file.length() - from)];
            file.seek(from);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8).contains(line);
        }
    }

    /**
     * A postmaster killed with SIGKILL leaves its {@code postmaster.pid}. PostgreSQL removes it itself unless the
     * pid still answers: a killed postmaster is reparented to init, and where init does not reap (a container's
     * init) it stays a zombie that PostgreSQL takes for a running server. A dead or zombie pid's file is stale.
     */
    private static void removeStaleLockFile(Path dataDir) throws IOException {
        OptionalLong pid = postmasterPid(dataDir);
        if (pid.isPresent() && !isRunning(pid.getAsLong())) {
            Files.deleteIfExists(dataDir.resolve("postmaster.pid"));
            log.info("Removed the lock file of the PostgreSQL that ended as pid {}", pid.getAsLong());
        }
    }

    /**
     * The same for the lock file of the Unix socket ({@code /tmp/.s.PGSQL.<port>.lock}), which also names the killed
     * postmaster: while that pid is a zombie, a new PostgreSQL on the port refuses to start.
     */
    private static void removeStaleSocketLockFile(int port) throws IOException {
        Path lock = Path.of("/tmp", ".s.PGSQL." + port + ".lock");
        OptionalLong pid = firstLineAsPid(lock);
        if (pid.isPresent() && !isRunning(pid.getAsLong())) {
            Files.deleteIfExists(lock);
            Files.deleteIfExists(Path.of("/tmp", ".s.PGSQL." + port));
            log.info("Removed the socket lock file of the PostgreSQL that ended as pid {}", pid.getAsLong());
        }
    }

    static OptionalLong postmasterPid(Path dataDir) {
        return firstLineAsPid(dataDir.resolve("postmaster.pid"));
    }

    private static OptionalLong firstLineAsPid(Path pidFile) {
        try {
            if (Files.isRegularFile(pidFile)) {
                List<String> lines = Files.readAllLines(pidFile);
                if (!lines.isEmpty()) {
                    return OptionalLong.of(Long.parseLong(lines.getFirst().strip()));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    /** Alive and not a zombie (state Z in /proc): a zombie has exited and only waits to be reaped. */
    static boolean isRunning(long pid) {
        if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            int afterName = stat.lastIndexOf(')');
            return afterName < 0 || stat.length() < afterName + 3 || stat.charAt(afterName + 2) != 'Z';
        } catch (IOException e) {
            return true;
        }
    }

    /**
     * The services' role and the owner role, and a database per service owned by the owner. A data directory from
     * before ADR 0046, whose databases and tables the services' role owns, is handed over to the owner.
     */
    private void createUserAndDatabases(Collection<String> databases) {
        try (Connection connection = server.getPostgresDatabase().getConnection()) {
            for (String[] role : new String[][] {{USER, PASSWORD}, {OWNER, OWNER_PASSWORD}}) {
                if (!exists(connection, "select 1 from pg_roles where rolname = ?", role[0])) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("create role " + role[0] + " login password '" + role[1] + "'");
                    }
                    log.info("Created PostgreSQL role {}", role[0]);
                }
            }
            for (String database : databases) {
                try (Statement statement = connection.createStatement()) {
                    if (!exists(connection, "select 1 from pg_database where datname = ?", database)) {
                        statement.execute("create database " + database + " owner " + OWNER);
                        log.info("Created database {}", database);
                    } else {
                        statement.execute("alter database " + database + " owner to " + OWNER);
                    }
                }
                try (Connection inDatabase =
                                server.getDatabase("postgres", database).getConnection();
                        Statement statement = inDatabase.createStatement()) {
                    statement.execute("reassign owned by " + USER + " to " + OWNER);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Could not create the Casebridge roles and databases: " + e.getMessage(), e);
        }
    }

    private static boolean exists(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    int port() {
        return port;
    }

    Path dataDir() {
        return dataDir;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    @Override
    public boolean isAlive() {
        return pid > 0 && isRunning(pid);
    }

    @Override
    public String exitDescription() {
        return isAlive() ? "still running" : "postmaster pid " + pid + " is gone";
    }

    @Override
    public Path log() {
        return logFile;
    }

    @Override
    public String logTail() {
        return tail(logFile);
    }

    private static String tail(Path logFile) {
        try {
            List<String> lines = Files.readAllLines(logFile);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log not readable: " + e.getMessage() + ")";
        }
    }

    /** SIGKILL to the postmaster alone, as a crash: its backends notice and end by themselves. */
    @Override
    public void kill() {
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
    }

    /**
     * Stops the server ({@code pg_ctl stop}) and releases zonky's lock on the data directory; after a crash the stop
     * fails quietly and only the lock is released, so the same directory can be started again.
     */
    @Override
    public void close() {
        try {
            if (!isAlive()) {
                removeStaleLockFile(dataDir);
            }
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly: " + e.getMessage(), e);
        }
    }
}
