package org.casebridge.identity;

import java.util.List;
import java.util.Optional;

/**
 * Every demo identity in one place: people who sign in to the portals, and one machine client per demo
 * organisation and role so that {@code curl} can get a token with the client-credentials grant. The
 * organisations match the services' demo reference data (schools.csv, the police forces, the demo agencies).
 */
public final class DemoDirectory {

    /** A demo identity: who, in which role, for which organisation. */
    public record Identity(String id, String displayName, String role, String organisation) {}

    /** People: username = id, password {@link #USER_PASSWORD}. */
    public static final List<Identity> USERS = List.of(
            new Identity("dsl.clapton", "Sam Okafor", "SCHOOL_DSL", "100001"),
            new Identity("dsl.hollybank", "Priya Shah", "SCHOOL_DSL", "103456"),
            new Identity("officer.mps", "PC Alex Morgan", "POLICE_LIAISON", "MPS"),
            new Identity("supervisor.mps", "Sgt Jo Evans", "POLICE_SUPERVISOR", "MPS"),
            // an auditor of one force (ADR 0081, ADR 0089): reads escalations, sets and lifts the force's legal holds
            new Identity("auditor.mps", "Kim Adeyemi", "AUDITOR", "MPS"),
            new Identity("csc.hackney", "Hackney Children's Social Care", "AGENCY", "csc-hackney"),
            new Identity("lado.eastlondon", "Dee Osei", "AGENCY", "lado-east-london"),
            new Identity("auditor", "Information governance", "AUDITOR", "casebridge-audit"),
            new Identity("operator", "Service operations", "OPERATOR", "casebridge-ops"),
            new Identity(
                    "lscp.hackney",
                    "City and Hackney Safeguarding Children Partnership",
                    "PARTNERSHIP",
                    "lscp-hackney"));

    /** Machine clients: client id = id, secret = id + {@link #CLIENT_SECRET_SUFFIX}. */
    public static final List<Identity> CLIENTS = List.of(
            new Identity("school-100001", "Clapton Park Academy", "SCHOOL_DSL", "100001"),
            new Identity("school-103456", "Hollybank Academy", "SCHOOL_DSL", "103456"),
            new Identity("mps-liaison", "Metropolitan Police liaison", "POLICE_LIAISON", "MPS"),
            new Identity("mps-supervisor", "Metropolitan Police supervisor", "POLICE_SUPERVISOR", "MPS"),
            new Identity("wmp-liaison", "West Midlands Police liaison", "POLICE_LIAISON", "WMP"),
            new Identity("wmp-supervisor", "West Midlands Police supervisor", "POLICE_SUPERVISOR", "WMP"),
            new Identity("mps-auditor", "Metropolitan Police information governance", "AUDITOR", "MPS"),
            new Identity("wmp-auditor", "West Midlands Police information governance", "AUDITOR", "WMP"),
            new Identity("agency-csc-hackney", "Hackney Children's Social Care", "AGENCY", "csc-hackney"),
            new Identity("agency-csc-birmingham", "Birmingham Children's Trust", "AGENCY", "csc-birmingham"),
            new Identity("agency-lado-east-london", "East London LADO service", "AGENCY", "lado-east-london"),
            new Identity("auditor-client", "Information governance", "AUDITOR", "casebridge-audit"),
            // case-service itself, reading notification-service's share records of a case for a subject access
            // disclosure (ADR 0057): an auditor's reach there, each read in notification-service's access log
            new Identity("case-service-sar", "case-service subject access", "AUDITOR", "casebridge-audit"),
            new Identity("operator-client", "Service operations", "OPERATOR", "casebridge-ops"),
            new Identity(
                    "partnership-lscp-hackney",
                    "City and Hackney Safeguarding Children Partnership",
                    "PARTNERSHIP",
                    "lscp-hackney"));

    /** Demo only: documented in the README, never for a real deployment. */
    public static final String USER_PASSWORD = "casebridge";

    public static final String CLIENT_SECRET_SUFFIX = "-secret";

    private DemoDirectory() {}

    public static Optional<Identity> user(String id) {
        return USERS.stream().filter(user -> user.id().equals(id)).findFirst();
    }

    public static Optional<Identity> client(String id) {
        return CLIENTS.stream().filter(client -> client.id().equals(id)).findFirst();
    }
}
