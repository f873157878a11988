package org.casebridge.police.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebridge.events.police.StrategyActionType;
import org.casebridge.events.school.ChildSummary;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.test.EndpointInventory;
import org.casebridge.police.device.command.DeviceCommand;
import org.casebridge.police.escalation.command.ChildRole;
import org.casebridge.police.escalation.command.ChildRoleAssignment;
import org.casebridge.police.escalation.command.EscalationCommand.AcceptEscalationCommand;
import org.casebridge.police.escalation.command.EscalationCommand.AssessAggravatingFactorsCommand;
import org.casebridge.police.escalation.command.EscalationCommand.ProposeOutcomeCommand;
import org.casebridge.police.escalation.command.EscalationCommand.RecordCrimeCommand;
import org.casebridge.police.escalation.query.EscalationQueries;
import org.casebridge.police.reference.HocrClassification;
import org.casebridge.police.reference.OutcomeCode;
import org.casebridge.police.sar.disclosure.SubjectAccessRequests;
import org.casebridge.police.strategy.command.OrganisationType;
import org.casebridge.police.strategy.command.Participant;
import org.casebridge.police.strategy.command.StrategyMeetingCommand.AssignActionCommand;
import org.casebridge.police.strategy.command.StrategyMeetingCommand.ConveneStrategyMeetingCommand;
import org.casebridge.police.strategy.command.StrategyMeetingCommand.RecordAttendanceCommand;
import org.casebridge.police.strategy.query.StrategyQueries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every portal page and form against every kind of signed-in user, generated from the portal's endpoints so that a
 * page added without a row fails. Forms are sent empty: a refusal comes before the answers are read, and an
 * allowed user meets the form's own error messages, never a refusal.
 */
@PoliceIntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalAuthorisationMatrixIT {

    static final String FORCE = "WMP";

    enum Caller {
        OWN_LIAISON(new Actor("portal-pc-own", Actor.Role.POLICE_LIAISON, FORCE)),
        OTHER_LIAISON(new Actor("portal-pc-mps", Actor.Role.POLICE_LIAISON, "MPS")),
        OWN_SUPERVISOR(new Actor("portal-ps-own", Actor.Role.POLICE_SUPERVISOR, FORCE)),
        OTHER_SUPERVISOR(new Actor("portal-ps-mps", Actor.Role.POLICE_SUPERVISOR, "MPS")),
        SCHOOL_DSL(new Actor("portal-dsl", Actor.Role.SCHOOL_DSL, "137001")),
        AGENCY(new Actor("portal-csc", Actor.Role.AGENCY, "csc-sandwell")),
        AUDITOR(new Actor("portal-auditor", Actor.Role.AUDITOR, "casebridge-audit"));

        final Actor actor;

        Caller(Actor actor) {
            this.actor = actor;
        }
    }

    enum Expect {
        OK,
        ALLOWED,
        /** Past every access check: 200, or 409 for a file not released yet. */
        REACHED,
        FORBIDDEN,
        NOT_FOUND
    }

    enum Kind {
        /** The platform's own pages (home redirect, hidden page, signed out): anyone signed in. */
        PLATFORM(
                Expect.ALLOWED,
                Expect.ALLOWED,
                Expect.ALLOWED,
                Expect.ALLOWED,
                Expect.ALLOWED,
                Expect.ALLOWED,
                Expect.ALLOWED),
        /** A draft of a police form: officers and supervisors keep their own, whatever the case; nobody else. */
        DRAFT(
                Expect.ALLOWED,
                Expect.ALLOWED,
                Expect.ALLOWED,
                Expect.ALLOWED,
                Expect.FORBIDDEN,
                Expect.FORBIDDEN,
                Expect.FORBIDDEN),
        FORCE_LIST(Expect.OK, Expect.OK, Expect.OK, Expect.OK, Expect.FORBIDDEN, Expect.FORBIDDEN, Expect.OK),
        /** The force's MoPI reviews (ADR 0083): supervisors and auditors. */
        REVIEW_LIST(
                Expect.FORBIDDEN,
                Expect.FORBIDDEN,
                Expect.OK,
                Expect.OK,
                Expect.FORBIDDEN,
                Expect.FORBIDDEN,
                Expect.OK),
        CASE_READ(
                Expect.OK,
                Expect.NOT_FOUND,
                Expect.OK,
                Expect.NOT_FOUND,
                Expect.NOT_FOUND,
                Expect.NOT_FOUND,
                Expect.OK),
        CASE_FORM(
                Expect.OK,
                Expect.NOT_FOUND,
                Expect.OK,
                Expect.NOT_FOUND,
                Expect.FORBIDDEN,
                Expect.FORBIDDEN,
                Expect.FORBIDDEN),
        CASE_ACT(
                Expect.ALLOWED,
                Expect.NOT_FOUND,
                Expect.ALLOWED,
                Expect.NOT_FOUND,
                Expect.FORBIDDEN,
                Expect.FORBIDDEN,
                Expect.FORBIDDEN),
        DECISION_FORM(
                Expect.FORBIDDEN,
                Expect.FORBIDDEN,
                Expect.OK,
                Expect.NOT_FOUND,
                Expect.FORBIDDEN,
                Expect.FORBIDDEN,
                Expect.FORBIDDEN),
        DECISION(
                Expect.FORBIDDEN,
                Expect.FORBIDDEN,
                Expect.ALLOWED,
                Expect.NOT_FOUND,
                Expect.FORBIDDEN,
                Expect.FORBIDDEN,
                Expect.FORBIDDEN),
        /**
         * A released file of a subject access request (ADR 0066): the force's supervisor reaches it (409 before the
         * release); everyone else as for a decision.
         */
        SUBJECT_ACCESS_FILE(
                Expect.FORBIDDEN,
                Expect.FORBIDDEN,
                Expect.REACHED,
                Expect.NOT_FOUND,
                Expect.FORBIDDEN,
                Expect.FORBIDDEN,
                Expect.FORBIDDEN);

        final Map<Caller, Expect> expected = new EnumMap<>(Caller.class);

        Kind(Expect... inCallerOrder) {
            for (Caller caller : Caller.values()) {
                expected.put(caller, inCallerOrder[caller.ordinal()]);
            }
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    CommandGateway commands;

    @Autowired
    EscalationQueries escalations;

    @Autowired
    StrategyQueries strategy;

    @Autowired
    SubjectAccessRequests subjectAccess;

    String caseId;
    String meetingId;
    String actionId;
    String deviceId;
    String requestId;

    @BeforeAll
    void anEscalationWithAMeetingAnActionADeviceAndAProposal() throws Exception {
        caseId = SchoolReferral.to(FORCE)
                .area("E08000028")
                .policeOnly()
                .children(new ChildSummary("child-1", 14, "Year 9", List.of("PICTURED")))
                .sendWith(kafka);
        Actor officer = Caller.OWN_LIAISON.actor;
        await().atMost(Duration.ofSeconds(60))
                .ignoreExceptions()
                .until(() -> escalations.detail(caseId, officer) != null);
        commands.sendAndWait(new AcceptEscalationCommand(caseId, officer.actedBy()));
        commands.sendAndWait(new RecordCrimeCommand(
                caseId,
                officer.actedBy(),
                HocrClassification.fromCode("86/02").orElseThrow(),
                String.format("20/%06d/26", (int) (Math.random() * 1_000_000)),
                null,
                List.of(new ChildRoleAssignment("child-1", ChildRole.VICTIM))));
        commands.sendAndWait(new AssessAggravatingFactorsCommand(caseId, officer.actedBy(), List.of()));
        meetingId = UUID.randomUUID().toString();
        List<Participant> invitees = List.of(
                new Participant(OrganisationType.CHILDRENS_SOCIAL_CARE, "csc-sandwell", null),
                new Participant(OrganisationType.SCHOOL, "137001", null));
        commands.sendAndWait(new ConveneStrategyMeetingCommand(
                meetingId,
                caseId,
                FORCE,
                officer.actedBy(),
                Instant.now().plus(1, ChronoUnit.HOURS),
                "Video call",
                invitees));
        commands.sendAndWait(new RecordAttendanceCommand(meetingId, caseId, officer.actedBy(), null, invitees));
        actionId = UUID.randomUUID().toString();
        commands.sendAndWait(new AssignActionCommand(
                meetingId,
                caseId,
                officer.actedBy(),
                actionId,
                StrategyActionType.SAFETY_PLAN,
                "Safety plan",
                invitees.get(1),
                Instant.now().plus(3, ChronoUnit.DAYS)));
        deviceId = UUID.randomUUID().toString();
        commands.sendAndWait(DeviceCommand.firstDecision(
                deviceId,
                caseId,
                FORCE,
                officer.actedBy(),
                "Mobile phone",
                "child-1",
                null,
                true,
                "EXH/WMP/1",
                null,
                false));
        commands.sendAndWait(new ProposeOutcomeCommand(
                caseId, officer.actedBy(), OutcomeCode.OUTCOME_21, "Not in the public interest", null));
        Actor supervisor = Caller.OWN_SUPERVISOR.actor;
        requestId = subjectAccess.start(
                supervisor, caseId, "child-1", "The child's mother", "Subject access request, identity checked");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> !subjectAccess.ofCase(supervisor, caseId).isEmpty()
                        && escalations.detail(caseId, officer).outcome() != null
                        && strategy.meetingsOfCase(caseId).stream()
                                .anyMatch(m -> !m.actions().isEmpty()));
    }

    Map<String, Kind> table() {
        Map<String, Kind> rows = new TreeMap<>();
        String inCase = "/portal/escalations/{caseId}";
        String meeting = inCase + "/strategy-meetings/{meetingId}";
        String device = inCase + "/devices/{deviceId}";
        rows.put("GET /portal", Kind.PLATFORM);
        rows.put("GET /portal/hidden", Kind.PLATFORM);
        rows.put("GET /portal/signed-out", Kind.PLATFORM);
        rows.put("POST /portal/drafts/{key}", Kind.DRAFT);
        rows.put("GET /portal/escalations", Kind.FORCE_LIST);
        rows.put("GET /portal/escalations/table", Kind.FORCE_LIST);
        rows.put("GET /portal/sign-off", Kind.FORCE_LIST);
        rows.put("GET /portal/sign-off/table", Kind.FORCE_LIST);
        rows.put("GET /portal/strategy-actions", Kind.FORCE_LIST);
        rows.put("GET /portal/reviews", Kind.REVIEW_LIST);
        rows.put("GET " + inCase, Kind.CASE_READ);
        rows.put("GET " + inCase + "/as-at", Kind.CASE_READ);
        rows.put("GET " + inCase + "/strategy-meetings", Kind.CASE_READ);
        rows.put("GET " + meeting, Kind.CASE_READ);
        rows.put("GET " + inCase + "/devices", Kind.CASE_READ);
        rows.put("GET " + device, Kind.CASE_READ);
        for (String form : List.of(
                "decline", "transfer", "crime", "aggravating-factors", "outcome-proposal", "disclosure-statement")) {
            rows.put("GET " + inCase + "/" + form, Kind.CASE_FORM);
            rows.put("POST " + inCase + "/" + form, Kind.CASE_ACT);
        }
        rows.put("POST " + inCase + "/acceptance", Kind.CASE_ACT);
        rows.put("GET " + inCase + "/crime-amendments", Kind.CASE_FORM);
        for (String form : List.of("reclassification", "child-role", "victim-crime")) {
            rows.put("POST " + inCase + "/crime-amendments/" + form, Kind.CASE_ACT);
        }
        rows.put("GET " + inCase + "/personal-details/erasure", Kind.DECISION_FORM);
        rows.put("POST " + inCase + "/personal-details/erasure", Kind.DECISION);
        rows.put("GET " + inCase + "/legal-hold", Kind.DECISION_FORM);
        rows.put("POST " + inCase + "/legal-hold", Kind.DECISION);
        rows.put("GET " + inCase + "/outcome-decision", Kind.DECISION_FORM);
        rows.put("POST " + inCase + "/outcome-decision", Kind.DECISION);
        rows.put("POST " + inCase + "/strategy-meetings", Kind.CASE_ACT);
        for (String form :
                List.of("attendance", "information-shared", "decisions", "actions", "actions/{actionId}/completion")) {
            rows.put("POST " + meeting + "/" + form, Kind.CASE_ACT);
        }
        String sar = inCase + "/subject-access/{requestId}";
        rows.put("GET " + inCase + "/subject-access", Kind.DECISION_FORM);
        rows.put("POST " + inCase + "/subject-access", Kind.DECISION);
        rows.put("GET " + sar, Kind.DECISION_FORM);
        rows.put("POST " + sar + "/redactions", Kind.DECISION);
        rows.put("POST " + sar + "/release", Kind.DECISION);
        rows.put("GET " + sar + "/disclosure.pdf", Kind.SUBJECT_ACCESS_FILE);
        rows.put("GET " + sar + "/disclosure.json", Kind.SUBJECT_ACCESS_FILE);
        rows.put("POST " + inCase + "/devices", Kind.CASE_ACT);
        for (String form : List.of("examination", "caid", "report-remove", "disposal")) {
            rows.put("POST " + device + "/" + form, Kind.CASE_ACT);
        }
        return rows;
    }

    @Test
    void theTableHasARowForEveryPortalEndpointAndNoOther() {
        assertThat(table().keySet()).containsExactlyInAnyOrderElementsOf(EndpointInventory.of(context, "/portal"));
    }

    @Test
    void everySignedInUserGetsWhatTheTableSays() throws Exception {
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, Kind> row : table().entrySet()) {
            String method = row.getKey().substring(0, row.getKey().indexOf(' '));
            String path = row.getKey()
                    .substring(row.getKey().indexOf(' ') + 1)
                    .replace("{caseId}", caseId)
                    .replace("{meetingId}", meetingId)
                    .replace("{actionId}", actionId)
                    .replace("{deviceId}", deviceId)
                    .replace("{requestId}", requestId)
                    .replace("{key}", "decline-" + caseId);
            for (Caller caller : Caller.values()) {
                Actor actor = caller.actor;
                MockHttpServletRequestBuilder request = (method.equals("POST")
                                ? post(path).with(csrf())
                                : get(path))
                        .with(oidcLogin()
                                .idToken(token -> token.subject(actor.id())
                                        .claim("role", actor.role().name())
                                        .claim("org", actor.organisation())));
                MockHttpServletResponse response =
                        mvc.perform(request).andReturn().getResponse();
                Expect expected = row.getValue().expected.get(caller);
                int status = response.getStatus();
                boolean matches = switch (expected) {
                    case OK -> status == 200;
                    case ALLOWED -> status < 400;
                    case REACHED -> status == 200 || status == 409;
                    case FORBIDDEN ->
                        status == 403
                                && (response.getContentAsString().contains("You cannot do this")
                                        || response.getContentAsString().contains("problems/draft-form-not-yours"));
                    case NOT_FOUND ->
                        status == 404 && response.getContentAsString().contains("Page not found");
                };
                if (!matches) {
                    mismatches.add(row.getKey() + " as " + caller + ": expected " + expected + ", got " + status);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }
}
