package org.casebridge.cases.incident.portal;

import static org.casebridge.platform.actor.Actor.Role.AUDITOR;
import static org.casebridge.platform.actor.Actor.Role.SCHOOL_DSL;

import java.util.List;
import org.casebridge.cases.incident.api.CaseLimits;
import org.casebridge.platform.portal.DraftForm;
import org.casebridge.platform.portal.DraftForms;
import org.casebridge.platform.portal.PortalNavigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The DSL portal's navigation (the school's cases, and reporting a new incident) and the forms that keep drafts, all
 * filled in by the DSL: the report, and each form about a case, whose drafts go with the case's personal details.
 */
@Configuration(proxyBeanMethods = false)
public class CasePortalConfiguration {

    @Bean
    public PortalNavigation portalNavigation() {
        return new PortalNavigation(
                "/portal/cases",
                List.of(
                        new PortalNavigation.Link("Cases", "/portal/cases"),
                        new PortalNavigation.Link("Report an incident", "/portal/report"),
                        new PortalNavigation.Link("Records transferred to us", "/portal/transfers"),
                        new PortalNavigation.Link("Who else read our cases", "/portal/outside-reads")));
    }

    @Bean
    public DraftForms caseDraftForms() {
        return DraftForms.of(
                DraftForm.of(ReportPortalController.DRAFT, SCHOOL_DSL),
                DraftForm.of("(?:" + CasePortalController.ACTIONS + "|erasure)-" + DraftForm.CASE, SCHOOL_DSL),
                DraftForm.of("device-" + CaseLimits.DEVICE_REF_PATTERN + "-" + DraftForm.CASE, SCHOOL_DSL),
                DraftForm.of("add-child-" + DraftForm.CASE, SCHOOL_DSL),
                DraftForm.of(
                        "(?:" + LadoPortalController.ADULT_DRAFT + "|" + LadoPortalController.REFERRAL_DRAFT + ")-"
                                + DraftForm.CASE,
                        SCHOOL_DSL),
                DraftForm.of("legal-hold-" + DraftForm.CASE, SCHOOL_DSL, AUDITOR),
                DraftForm.of("correction-" + CaseLimits.CHILD_REF_PATTERN + "-" + DraftForm.CASE, SCHOOL_DSL));
    }
}
