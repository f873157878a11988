package org.casebridge.cases.school;

/**
 * A school or college and the area it belongs to.
 *
 * @param urn                unique reference number (Get Information About Schools)
 * @param name               establishment name
 * @param localAuthorityCode ONS code of the local authority, for example {@code E08000025}
 * @param localAuthorityName for example {@code Birmingham}
 * @param forceCode          the police force for the school's area, for example {@code WMP}
 * @param forceName          for example {@code West Midlands Police}
 */
public record School(
        String urn,
        String name,
        String localAuthorityCode,
        String localAuthorityName,
        String forceCode,
        String forceName) {}
