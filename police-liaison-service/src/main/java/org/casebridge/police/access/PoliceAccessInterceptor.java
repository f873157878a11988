package org.casebridge.police.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.actor.ActorResolver;
import org.casebridge.police.escalation.command.EscalationRuleViolations.LegalHoldKeeperRequiredException;
import org.casebridge.police.escalation.command.EscalationRuleViolations.SupervisorRequiredException;
import org.casebridge.police.escalation.query.EscalationQueries;
import org.casebridge.police.escalation.query.ReviewQueries;
import org.casebridge.police.sar.command.SubjectAccessViolations.SubjectAccessSupervisorRequiredException;
import org.casebridge.police.shared.ForceAccess;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Applies a handler's {@link PoliceAccess} rule before Spring reads the request's body or parameters. Role refusals
 * (403) come first and look at no record; then a case outside the caller's force answers 404, the same answer as a
 * case that does not exist.
 */
public class PoliceAccessInterceptor implements HandlerInterceptor {

    private final ActorResolver actors;
    private final EscalationQueries escalations;

    public PoliceAccessInterceptor(ActorResolver actors, EscalationQueries escalations) {
        this.actors = actors;
        this.escalations = escalations;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        PoliceAccess access = method.getMethodAnnotation(PoliceAccess.class);
        if (access == null) {
            return true;
        }
        Actor actor = actors.resolve();
        switch (access.value()) {
            case ANY_ROLE -> {}
            case FORCE_LISTS -> ForceAccess.requireListReader(actor.actedBy());
            case REVIEW_LIST -> ReviewQueries.requireReviewReader(actor);
            case READ_CASE -> escalations.readableForce(caseId(request, access), actor);
            case ACT_ON_CASE -> escalations.actingForce(caseId(request, access), actor);
            case DECIDE_OUTCOME -> {
                if (actor.role() != Actor.Role.POLICE_SUPERVISOR) {
                    throw new SupervisorRequiredException();
                }
                escalations.actingForce(caseId(request, access), actor);
            }
            case KEEP_LEGAL_HOLD -> {
                if (actor.role() == Actor.Role.POLICE_SUPERVISOR) {
                    escalations.actingForce(caseId(request, access), actor);
                } else if (actor.role() != Actor.Role.AUDITOR
                        || !escalations
                                .readableForce(caseId(request, access), actor)
                                .equals(actor.organisation())) {
                    throw new LegalHoldKeeperRequiredException();
                }
            }
            case SUBJECT_ACCESS -> {
                if (actor.role() != Actor.Role.POLICE_SUPERVISOR) {
                    throw new SubjectAccessSupervisorRequiredException();
                }
                escalations.actingForce(caseId(request, access), actor);
            }
        }
        return true;
    }

    private static String caseId(HttpServletRequest request, PoliceAccess access) {
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
                && variables.get(access.caseIdVariable()) instanceof String caseId) {
            return caseId;
        }
        throw new IllegalStateException("The handler's path has no {" + access.caseIdVariable() + "} variable");
    }
}
