package org.casebridge.deploy;

/**
 * The Casebridge services the local stack runs, each from its Spring Boot jar: the three domain services, each
 * with its own database, and the demo identity provider whose tokens they require.
 */
public enum Service {
    CASE("case-service", 8081, "casebridge_case"),
    POLICE_LIAISON("police-liaison-service", 8082, "casebridge_police"),
    NOTIFICATION("notification-service", 8083, "casebridge_notification"),
    IDENTITY("identity-provider", 9000, null);

    private final String module;
    private final int defaultPort;
    private final String database;

    Service(String module, int defaultPort, String database) {
        this.module = module;
        this.defaultPort = defaultPort;
        this.database = database;
    }

    /** Maven module and artifact id; the jar is {@code <module>/target/<module>.jar}. */
    public String module() {
        return module;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** The service's database, or null for the identity provider, which keeps no data but its signing key. */
    public String database() {
        return database;
    }

    /** The domain services, each with a portal whose users sign in at the identity provider. */
    public static java.util.List<Service> portals() {
        return withDatabase();
    }

    /** The services with a database: the domain services. */
    public static java.util.List<Service> withDatabase() {
        return java.util.Arrays.stream(values())
                .filter(service -> service.database != null)
                .toList();
    }
}
