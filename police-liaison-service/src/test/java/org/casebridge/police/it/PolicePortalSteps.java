package org.casebridge.police.it;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.test.PortalSignIn;
import org.casebridge.police.escalation.command.ChildRole;
import org.casebridge.police.escalation.command.ChildRoleAssignment;
import org.casebridge.police.escalation.command.EscalationCommand.AcceptEscalationCommand;
import org.casebridge.police.escalation.command.EscalationCommand.RecordCrimeCommand;
import org.casebridge.police.escalation.query.EscalationQueries;
import org.casebridge.police.reference.HocrClassification;
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

    @Autowired
    CommandGateway commands;

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

    /**
     * A referral the officer accepted and recorded as a crime (child-1 the victim, child-2 involved), once the query
     * side shows the crime.
     */
    String withACrime(Actor officer) throws Exception {
        String caseId = received(
                SchoolReferral.to(FORCE).policeOnly().referredAt(Instant.now().minusSeconds(7200)));
        commands.sendAndWait(new AcceptEscalationCommand(caseId, officer.actedBy()));
        commands.sendAndWait(new RecordCrimeCommand(
                caseId,
                officer.actedBy(),
                HocrClassification.TAKE_MAKE_DISTRIBUTE,
                String.format("20/%06d/26", (int) (Math.random() * 1_000_000)),
                null,
                List.of(
                        new ChildRoleAssignment("child-1", ChildRole.VICTIM),
                        new ChildRoleAssignment("child-2", ChildRole.PERSON_INVOLVED))));
        await().atMost(WAIT).until(() -> queries.detail(caseId, officer).crime() != null);
        return caseId;
    }
}
