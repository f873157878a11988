package org.casebridge.deploy;

/** The Casebridge services the local stack runs, each from its Spring Boot jar, with its own database. */
public enum Service {
    CASE("case-service", 8081, "casebridge_case"),
    POLICE_LIAISON("police-liaison-service", 8082, "casebridge_police"),
    NOTIFICATION("notification-service", 8083, "casebridge_notification");

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

    public String database() {
        return database;
    }
}
