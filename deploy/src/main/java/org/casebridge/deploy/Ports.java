package org.casebridge.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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

    /** Ports the operating system reports free right now; for tests that must not collide with anything. */
    public static Ports random() {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[3 + Service.values().length];
            for (int i = 0; i < ports.length; i++) {
                ServerSocket socket = new ServerSocket(0);
                sockets.add(socket);
                ports[i] = socket.getLocalPort();
            }
            Map<Service, Integer> services = new EnumMap<>(Service.class);
            for (Service service : Service.values()) {
                services.put(service, ports[3 + service.ordinal()]);
            }
            return new Ports(ports[0], ports[1], ports[2], services);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not find free ports", e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // the port is released either way once this process no longer holds the socket
                }
            }
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
