package org.casebridge.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Options for stacks started by tests: the build's repository and the launcher classpath Maven wrote. */
final class TestStacks {

    private TestStacks() {}

    /**
     * PostgreSQL without fsync, which guards only against a crash of the machine: no test simulates one, and every
     * test keeps synchronous commit, so a crash of PostgreSQL itself loses nothing acknowledged.
     */
    static Options options(Path dataDir, Ports ports) {
        return Options.local(repositoryDir())
                .withDataDir(dataDir)
                .withPorts(ports)
                .withKafkaClasspath(launcherClasspath())
                .withDurable(false);
    }

    static Path repositoryDir() {
        return Path.of(required("casebridge.repository.dir"));
    }

    private static String launcherClasspath() {
        Path file = Path.of(required("casebridge.launcher.classpath.file"));
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("The launcher classpath " + file + " is missing; run the Maven build", e);
        }
    }

    static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(
                    "System property " + property + " is not set; run through Maven " + "(failsafe sets it)");
        }
        return value;
    }
}
