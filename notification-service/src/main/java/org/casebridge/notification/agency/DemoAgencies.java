package org.casebridge.notification.agency;

import java.util.List;

/**
 * The demo agencies, in this one place. Their areas are the local authorities of case-service's demo schools
 * ({@code case-service/src/main/resources/reference/schools.csv}): Hackney E09000012, Tower Hamlets E09000030,
 * Birmingham E08000025. Fictional teams; an agency user of the local stack signs in with a token whose role is
 * {@code AGENCY} and whose organisation is the agency id.
 */
public final class DemoAgencies {

    public static final List<DemoAgency> ALL = List.of(
            new DemoAgency("csc-hackney", "Hackney Children's Social Care (demo)", "CHILDRENS_SOCIAL_CARE",
                    List.of("E09000012")),
            new DemoAgency("mash-hackney", "Hackney Multi-Agency Safeguarding Hub (demo)", "MASH",
                    List.of("E09000012")),
            new DemoAgency("lado-east-london", "East London LADO service (demo)", "LADO",
                    List.of("E09000012", "E09000030")),
            new DemoAgency("csc-tower-hamlets", "Tower Hamlets Children's Social Care (demo)", "CHILDRENS_SOCIAL_CARE",
                    List.of("E09000030")),
            new DemoAgency("csc-birmingham", "Birmingham Children's Trust (demo)", "CHILDRENS_SOCIAL_CARE",
                    List.of("E08000025")));

    private DemoAgencies() {
    }
}
