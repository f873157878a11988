package org.casebridge.platform.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

/**
 * Settings that are safe only on one developer's machine (the {@code local} profile, the published development
 * keys) are accepted only while every HTTP listener of the service is bound to a loopback address
 * ({@code server.address}, and {@code management.server.address} when management has a port of its own). A service
 * that listens on every interface, the default, refuses to start with them and says why (ADR 0014); one that is
 * allowed to use them logs an ERROR banner at every start.
 */
public final class ListenOnlyOnLoopback {

    private static final Logger log = LoggerFactory.getLogger(ListenOnlyOnLoopback.class);

    private ListenOnlyOnLoopback() {}

    /**
     * Refuses {@code what} unless the service listens only on loopback; otherwise logs the banner.
     *
     * @param what   the development setting, for example "the published development master key"
     * @param remedy what to do instead in a real deployment
     * @throws UnsafeConfigurationException when a listener is open beyond this machine
     */
    public static void require(Environment environment, String what, String remedy) {
        Optional<String> open = openListener(environment);
        if (open.isPresent()) {
            throw new UnsafeConfigurationException(what + " is only for a developer's machine, but this service "
                    + open.get() + ". " + remedy + " For the local stack, bind to loopback: SERVER_ADDRESS=127.0.0.1"
                    + " (ADR 0014).");
        }
        log.error("""

                ************************************************************************************************
                DEVELOPMENT SETTING IN USE: {}.
                Accepted only because this service listens on loopback. Never use it with real data: {}
                ************************************************************************************************""", what, remedy);
    }

    /** Which listener is reachable from beyond this machine, described for a person; empty when none is. */
    static Optional<String> openListener(Environment environment) {
        String server = environment.getProperty("server.address");
        if (!isLoopback(server)) {
            return Optional.of(describe("listens", server));
        }
        Integer managementPort = environment.getProperty("management.server.port", Integer.class);
        Integer serverPort = environment.getProperty("server.port", Integer.class);
        if (managementPort != null && managementPort >= 0 && !managementPort.equals(serverPort)) {
            String management = environment.getProperty("management.server.address");
            if (!isLoopback(management)) {
                return Optional.of(describe("serves management", management));
            }
        }
        return Optional.empty();
    }

    static boolean isLoopback(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        try {
            return InetAddress.getByName(address.strip()).isLoopbackAddress();
        } catch (UnknownHostException | SecurityException e) {
            return false;
        }
    }

    private static String describe(String verb, String address) {
        return address == null || address.isBlank()
                ? verb + " on every network interface (no server address is set)"
                : verb + " on " + address.strip() + ", which is not a loopback address";
    }
}
