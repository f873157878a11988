package org.casebridge.deploy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
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
 */
public record Options(
        Path repositoryDir,
        Path dataDir,
        boolean fresh,
        Ports ports,
        String kafkaClasspath,
        Set<Service> services,
        Duration serviceStartTimeout) {

    public static final String DATA_DIR_NAME = ".local-data";

    public Options {
        repositoryDir = repositoryDir.toAbsolutePath().normalize();
        dataDir = dataDir.toAbsolutePath().normalize();
        services = Collections.unmodifiableSet(
                services.isEmpty() ? EnumSet.noneOf(Service.class) : EnumSet.copyOf(services));
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
        return new Options(repositoryDir, dataDir, fresh, ports, kafkaClasspath, services, serviceStartTimeout);
    }

    public Options withFresh(boolean fresh) {
        return new Options(repositoryDir, dataDir, fresh, ports, kafkaClasspath, services, serviceStartTimeout);
    }

    public Options withPorts(Ports ports) {
        return new Options(repositoryDir, dataDir, fresh, ports, kafkaClasspath, services, serviceStartTimeout);
    }

    public Options withKafkaClasspath(String kafkaClasspath) {
        return new Options(repositoryDir, dataDir, fresh, ports, kafkaClasspath, services, serviceStartTimeout);
    }

    public Options withServices(Set<Service> services) {
        return new Options(repositoryDir, dataDir, fresh, ports, kafkaClasspath, services, serviceStartTimeout);
    }

    public Options withServiceStartTimeout(Duration serviceStartTimeout) {
        return new Options(repositoryDir, dataDir, fresh, ports, kafkaClasspath, services, serviceStartTimeout);
    }
}
