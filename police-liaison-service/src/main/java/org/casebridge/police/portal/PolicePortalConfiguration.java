package org.casebridge.police.portal;

import static org.casebridge.platform.actor.Actor.Role.AUDITOR;
import static org.casebridge.platform.actor.Actor.Role.POLICE_LIAISON;
import static org.casebridge.platform.actor.Actor.Role.POLICE_SUPERVISOR;

import java.util.List;
import org.casebridge.platform.portal.DraftForm;
import org.casebridge.platform.portal.DraftForms;
import org.casebridge.platform.portal.OrganisationNames;
import org.casebridge.platform.portal.PortalNavigation;
import org.casebridge.platform.reference.PlaceNames;
import org.casebridge.police.reference.Force;
import org.casebridge.police.reference.ForceDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The police portal's navigation (the inbox is home; supervisors' sign-off queue, the force's actions, and the reviews
 * due, shown to supervisors and auditors alone) and the forms that keep drafts, all filled in by officers and
 * supervisors.
 */
@Configuration(proxyBeanMethods = false)
class PolicePortalConfiguration {

    @Bean
    PortalNavigation portalNavigation() {
        return new PortalNavigation(
                "/portal/escalations",
                List.of(
                        new PortalNavigation.Link("Escalations", "/portal/escalations"),
                        new PortalNavigation.Link("Outcomes to sign off", "/portal/sign-off"),
                        new PortalNavigation.Link("Strategy actions", "/portal/strategy-actions"),
                        PortalNavigation.Link.forRoles(
                                "Reviews due", "/portal/reviews", POLICE_SUPERVISOR.name(), AUDITOR.name())));
    }

    /** A force's name for its code, and a school's for its URN, in the header of the signed-in user's pages. */
    @Bean
    OrganisationNames organisationNames(ForceDirectory forces, PlaceNames schools) {
        return organisation -> forces.find(organisation).map(Force::name).or(() -> schools.knownSchool(organisation));
    }

    @Bean
    DraftForms policeDraftForms() {
        return DraftForms.of(
                DraftForm.of(
                        "(?:decline|transfer|crime|factors|outcome|decision|disclosure|convene|device)-"
                                + DraftForm.CASE,
                        POLICE_LIAISON,
                        POLICE_SUPERVISOR),
                DraftForm.of(
                        "device-" + DraftForm.UUID_PATTERN + "-(?:examination|caid|report-remove|disposal)",
                        POLICE_LIAISON,
                        POLICE_SUPERVISOR),
                DraftForm.of(
                        "meeting-" + DraftForm.UUID_PATTERN + "-(?:attendance|information|decision|action)",
                        POLICE_LIAISON,
                        POLICE_SUPERVISOR));
    }
}
