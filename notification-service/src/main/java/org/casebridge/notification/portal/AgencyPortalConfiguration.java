package org.casebridge.notification.portal;

import static org.casebridge.platform.actor.Actor.Role.AGENCY;

import java.util.List;
import org.casebridge.notification.agency.AgencyDirectory;
import org.casebridge.notification.agency.DirectoryAgency;
import org.casebridge.notification.report.PartnershipDirectory;
import org.casebridge.platform.portal.DraftForm;
import org.casebridge.platform.portal.DraftForms;
import org.casebridge.platform.portal.OrganisationNames;
import org.casebridge.platform.portal.PortalNavigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The agency portal's navigation (subscriptions are home; then the delivery log and the cases shared) and the forms
 * that keep drafts: a new subscription, a subscription's filters and a replay, which only agencies fill in.
 */
@Configuration(proxyBeanMethods = false)
class AgencyPortalConfiguration {

    /** An agency's or a partnership's name for its id, in the header of the signed-in user's pages. */
    @Bean
    OrganisationNames organisationNames(AgencyDirectory agencies, PartnershipDirectory partnerships) {
        return organisation ->
                agencies.find(organisation).map(DirectoryAgency::name).or(() -> partnerships.nameOf(organisation));
    }

    @Bean
    PortalNavigation portalNavigation() {
        return new PortalNavigation(
                "/portal/subscriptions",
                List.of(
                        new PortalNavigation.Link("Subscriptions", "/portal/subscriptions"),
                        new PortalNavigation.Link("Delivery log", "/portal/deliveries"),
                        new PortalNavigation.Link("Cases", "/portal/cases"),
                        new PortalNavigation.Link("Referrals and actions", "/portal/referrals"),
                        new PortalNavigation.Link("Partnership report", "/portal/reports/partnership")));
    }

    @Bean
    DraftForms agencyDraftForms() {
        return DraftForms.of(
                DraftForm.of("new-subscription", AGENCY),
                DraftForm.of("(?:filters|replay)(?:-[a-z0-9]+)*", AGENCY),
                // The LADO's drafts name their case, so the retention job deletes them with its free text (ADR 0075).
                DraftForm.of("allegation-(?:meeting|outcome)-" + DraftForm.CASE, AGENCY));
    }
}
