package org.casebridge.police.it;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.test.PortalSignIn;
import org.casebridge.police.escalation.query.EscalationQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the police portal's page tests do again and again, written once: sign in as the identity provider signs an
 * officer in, and send a school's referral and wait until its escalation is on the query side. The tests carry the
 * Spring test annotations, so they share one application context.
 */
abstract class PolicePortalSteps {

    static final String FORCE = "WMP";
    static final Duration WAIT = Duration.ofSeconds(60);
    private static final Actor READER = new Actor("reader", Actor.Role.AUDITOR, "casebridge-audit");

    @Autowired
    MockMvc mvc;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    EscalationQueries queries;

    @Autowired
    JdbcTemplate jdbc;

    /** Signed in to the portal as the identity provider would sign this actor in. */
    static OidcLoginRequestPostProcessor as(Actor actor) {
        return PortalSignIn.as(actor.id(), actor.role().name(), actor.organisation(), actor.id());
    }

    /** Sends the school's referral and returns its case id once the escalation is on the query side. */
    String received(SchoolReferral referral) throws Exception {
        String caseId = referral.sendWith(kafka);
        await().atMost(WAIT).ignoreExceptions().until(() -> queries.detail(caseId, READER) != null);
        return caseId;
    }
}
