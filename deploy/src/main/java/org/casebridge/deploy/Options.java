package org.casebridge.deploy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What a {@link LocalStack} starts and where it keeps its data.
 *
 * @param repositoryDir the clone's root; service jars are read from {@code <module>/target/<module>.jar}
 * @param dataDir PostgreSQL data, Kafka logs and process logs; kept across restarts
 * @param fresh wipe {@code dataDir} before starting
 * @param ports every port the stack listens on
 * @param kafkaClasspath the classpath of the Kafka broker's JVM (the Kafka jars and a logging backend)
 * @param services the services to start (all of them unless only the infrastructure is wanted)
 * @param serviceStartTimeout how long each service may take to report UP
 * @param instances instances of each domain service (1 or 2); the second listens on the first one's port plus 100
 * @param durable PostgreSQL with {@code fsync=on} (the local stack); tests may turn it off, never synchronous commit
 * @param supervision when the launcher restarts a part that exited, and when it gives up
 * @param serviceEnvironment more environment variables for every domain service (a test's OTLP receiver, say)
 */
public record Options(
        Path repositoryDir,
        Path dataDir,
        boolean fresh,
        Ports ports,
        String kafkaClasspath,
        Set<Service> services,
        Duration serviceStartTimeout,
        int instances,
        boolean durable,
        Supervisor.Policy supervision,
        Map<String, String> serviceEnvironment) {

    public static final String DATA_DIR_NAME = ".local-data";

    /** Instances of a service run at most this many; their ports step by {@link Ports#INSTANCE_PORT_STEP}. */
    public static final int MAX_INSTANCES = 2;

    public Options {
        repositoryDir = repositoryDir.toAbsolutePath().normalize();
        dataDir = dataDir.toAbsolutePath().normalize();
        services = Collections.unmodifiableSet(
                services.isEmpty() ? EnumSet.noneOf(Service.class) : EnumSet.copyOf(services));
        if (instances < 1 || instances > MAX_INSTANCES) {
            throw new IllegalArgumentException("--instances must be 1 or 2");
        }
        serviceEnvironment = Map.copyOf(serviceEnvironment);
    }

    public Options(
            Path repositoryDir,
            Path dataDir,
            boolean fresh,
            Ports ports,
            String kafkaClasspath,
            Set<Service> services,
            Duration serviceStartTimeout) {
        this(
                repositoryDir,
                dataDir,
                fresh,
                ports,
                kafkaClasspath,
                services,
                serviceStartTimeout,
                1,
                true,
                Supervisor.Policy.defaults(),
                Map.of());
    }

    /** The documented local stack: default ports, data under {@code <repository>/.local-data}, every service. */
    public static Options local(Path repositoryDir) {
        return new Options(
                repositoryDir,
                repositoryDir.resolve(DATA_DIR_NAME),
                false,
                Ports.defaults(),
                System.getProperty("java.class.path"),
                EnumSet.allOf(Service.class),
                Duration.ofMinutes(3));
    }

    public Options withDataDir(Path dataDir) {
        return new Options(
                repositoryDir,
                dataDir,
                fresh,
                ports,
                kafkaClasspath,
                services,
                serviceStartTimeout,
                instances,
                durable,
                supervision,
                serviceEnvironment);
    }

    public Options withFresh(boolean fresh) {
        return new Options(
                repositoryDir,
                dataDir,
                fresh,
                ports,
                kafkaClasspath,
                services,
                serviceStartTimeout,
                instances,
                durable,
                supervision,
                serviceEnvironment);
    }

    public Options withPorts(Ports ports) {
        return new Options(
                repositoryDir,
                dataDir,
                fresh,
                ports,
                kafkaClasspath,
                services,
                serviceStartTimeout,
                instances,
                durable,
                supervision,
                serviceEnvironment);
    }

    public Options withKafkaClasspath(String kafkaClasspath) {
        return new Options(
                repositoryDir,
                dataDir,
                fresh,
                ports,
                kafkaClasspath,
                services,
                serviceStartTimeout,
                instances,
                durable,
                supervision,
                serviceEnvironment);
    }

    public Options withServices(Set<Service> services) {
        return new Options(
                repositoryDir,
                dataDir,
                fresh,
                ports,
                kafkaClasspath,
                services,
                serviceStartTimeout,
                instances,
                durable,
                supervision,
                serviceEnvironment);
    }

    public Options withServiceStartTimeout(Duration serviceStartTimeout) {
        return new Options(
                repositoryDir,
                dataDir,
                fresh,
                ports,
                kafkaClasspath,
                services,
                serviceStartTimeout,
                instances,
                durable,
                supervision,
                serviceEnvironment);
    }

    public Options withInstances(int instances) {
        return new Options(
                repositoryDir,
                dataDir,
                fresh,
                ports,
                kafkaClasspath,
                services,
                serviceStartTimeout,
                instances,
                durable,
                supervision,
                serviceEnvironment);
    }

    public Options withDurable(boolean durable) {
        return new Options(
                repositoryDir,
                dataDir,
                fresh,
                ports,
                kafkaClasspath,
                services,
                serviceStartTimeout,
                instances,
                durable,
                supervision,
                serviceEnvironment);
    }

    public Options withSupervision(Supervisor.Policy supervision) {
        return new Options(
                repositoryDir,
                dataDir,
                fresh,
                ports,
                kafkaClasspath,
                services,
                serviceStartTimeout,
                instances,
                durable,
                supervision,
                serviceEnvironment);
    }

    public Options withServiceEnvironment(Map<String, String> serviceEnvironment) {
        return new Options(
                repositoryDir,
                dataDir,
                fresh,
                ports,
                kafkaClasspath,
                services,
                serviceStartTimeout,
                instances,
                durable,
                supervision,
                serviceEnvironment);
    }
}
