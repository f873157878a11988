package org.casebridge.platform.probe;

import static org.casebridge.platform.actor.Actor.Role.POLICE_LIAISON;
import static org.casebridge.platform.actor.Actor.Role.SCHOOL_DSL;

import org.casebridge.platform.portal.DraftForm;
import org.casebridge.platform.portal.DraftForms;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The probe portal's forms that keep drafts: the probe page's note, and a form about a case. */
@Configuration(proxyBeanMethods = false)
class ProbeDraftForms {

    @Bean
    DraftForms probeDrafts() {
        return DraftForms.of(
                DraftForm.of(ProbePortalController.DRAFT, SCHOOL_DSL),
                DraftForm.of("probe-case-" + DraftForm.CASE, SCHOOL_DSL, POLICE_LIAISON));
    }
}
