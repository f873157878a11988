package org.casebridge.deploy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Every TCP port the local stack listens on. */
public record Ports(int postgres, int kafka, int kafkaController, Map<Service, Integer> services) {

    public Ports {
        services = Map.copyOf(services);
    }

    /** The documented ports: PostgreSQL 5432, Kafka 9092 (controller 9093), services 8081-8083. */
    public static Ports defaults() {
        Map<Service, Integer> services = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            services.put(service, service.defaultPort());
        }
        return new Ports(5432, 9092, 9093, services);
    }

    /** The documented ports shifted by {@code offset}, e.g. 10000 gives 15432, 19092, 18081... */
    public Ports shiftedBy(int offset) {
        Map<Service, Integer> shifted = new EnumMap<>(Service.class);
        services.forEach((service, port) -> shifted.put(service, port + offset));
        return new Ports(postgres + offset, kafka + offset, kafkaController + offset, shifted);
    }

    /**
     * Free ports for a stack that must not collide with anything, each with its second instance's port ({@link
     * #INSTANCE_PORT_STEP} above) free too. They are drawn below the kernel's ephemeral range, which every outgoing
     * connection and every {@code bind(0)} (a browser's debugging port, a client's socket) takes its port from: a port
     * drawn there and free now could be taken by a connection before a second instance is added minutes later.
     */
    public static Ports random() {
        int[] ports = new int[3 + Service.values().length];
        Set<Integer> taken = new HashSet<>();
        Random random = new Random();
        int below = ephemeralRangeStart() - 2 * INSTANCE_PORT_STEP;
        for (int i = 0; i < ports.length; i++) {
            ports[i] = freePair(random, below, taken);
        }
        Map<Service, Integer> services = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            services.put(service, ports[3 + service.ordinal()]);
        }
        return new Ports(ports[0], ports[1], ports[2], services);
    }

    private static final int LOWEST_RANDOM_PORT = 10_000;

    private static int freePair(Random random, int below, Set<Integer> taken) {
        for (int attempt = 0; attempt < 1_000; attempt++) {
            int port = LOWEST_RANDOM_PORT + random.nextInt(below - LOWEST_RANDOM_PORT);
            int second = port + INSTANCE_PORT_STEP;
            if (!taken.contains(port) && !taken.contains(second) && bindable(port) && bindable(second)) {
                taken.add(port);
                taken.add(second);
                return port;
            }
        }
        throw new IllegalStateException("No free port pair found between " + LOWEST_RANDOM_PORT + " and " + below);
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return socket.getLocalPort() == port;
        } catch (IOException e) {
            return false;
        }
    }

    /** The first port of the kernel's ephemeral range (Linux's default 32768 where it cannot be read). */
    static int ephemeralRangeStart() {
        try {
            String range = Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range"));
            int start = Integer.parseInt(range.strip().split("\\s+")[0]);
            return Math.max(start, LOWEST_RANDOM_PORT + 5_000);
        } catch (IOException | RuntimeException e) {
            return 32_768;
        }
    }

    /** The second instance of a service listens on the first one's port plus this (8181, 8182, 8183). */
    public static final int INSTANCE_PORT_STEP = 100;

    public int of(Service service) {
        return services.get(service);
    }

    /** The port of instance {@code number} (1 or 2) of a service. */
    public int of(Service service, int number) {
        return of(service) + (number - 1) * INSTANCE_PORT_STEP;
    }
}
