package org.casebridge.identity;

import java.util.List;
import java.util.Map;

/**
 * Which Casebridge services an access token is for ({@code aud}), by the role of the user or machine client it
 * speaks for: each service accepts only tokens naming its own resource id (ADR 0014). A role not listed here gets
 * no Casebridge audience, so its tokens open nothing.
 */
final class ServiceAudiences {

    static final String CASE_SERVICE = "casebridge-case-service";
    static final String POLICE_LIAISON_SERVICE = "casebridge-police-liaison-service";
    static final String NOTIFICATION_SERVICE = "casebridge-notification-service";
    static final List<String> EVERY_SERVICE = List.of(CASE_SERVICE, POLICE_LIAISON_SERVICE, NOTIFICATION_SERVICE);

    private static final Map<String, List<String>> BY_ROLE = Map.of(
            "SCHOOL_DSL", List.of(CASE_SERVICE),
            "POLICE_LIAISON", List.of(POLICE_LIAISON_SERVICE),
            "POLICE_SUPERVISOR", List.of(POLICE_LIAISON_SERVICE),
            "AGENCY", List.of(NOTIFICATION_SERVICE),
            "AUDITOR", EVERY_SERVICE,
            "OPERATOR", EVERY_SERVICE,
            "PARTNERSHIP", List.of(NOTIFICATION_SERVICE));

    private ServiceAudiences() {}

    static List<String> forRole(String role) {
        return BY_ROLE.getOrDefault(role, List.of());
    }
}
