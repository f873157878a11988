package org.casebridge.platform.access;

/**
 * Which cases belong to an organisation, in a service that knows (a school's cases in case-service, a force's in
 * police-liaison-service): lets an auditor see reads of their organisation's cases by others, and a school see who
 * outside it read its cases. Without one, an auditor sees the reads made by their own organisation's people only.
 */
@FunctionalInterface
public interface OrganisationCases {

    /**
     * A SQL query over this service's read model selecting the ids (as text, as the access log keeps them) of the
     * cases of the organisation given as its one {@code ?} parameter.
     */
    String caseIdsSql();
}
