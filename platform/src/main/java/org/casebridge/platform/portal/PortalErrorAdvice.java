package org.casebridge.platform.portal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.casebridge.platform.problem.DomainRuleViolation;
import org.casebridge.platform.problem.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors on portal pages become GOV.UK error pages with the right status, never a stack trace and never a
 * problem-JSON body. A record outside the user's scope looks exactly like one that does not exist. Rule violations
 * that a page did not turn into a message on its form are shown with the rule's own words.
 */
@ControllerAdvice(annotations = PortalController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PortalErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(PortalErrorAdvice.class);

    private final PortalModelAdvice layout;

    public PortalErrorAdvice(PortalModelAdvice layout) {
        this.layout = layout;
    }

    @ExceptionHandler({NotFoundException.class, AggregateNotFoundException.class,
            MethodArgumentTypeMismatchException.class})
    public String notFound(HttpServletRequest request, HttpServletResponse response, Model model) {
        return page(request, response, model, 404, "Page not found",
                "If you typed the web address, check it is correct. If you followed a link to a case, you may not "
                        + "have access to it.");
    }

    @ExceptionHandler(DomainRuleViolation.class)
    public String ruleViolation(DomainRuleViolation violation, HttpServletRequest request, HttpServletResponse response, Model model) {
        if (violation.status() == 403) {
            return page(request, response, model, 403, "You cannot do this", violation.getMessage());
        }
        return page(request, response, model, violation.status(), "This could not be done", violation.getMessage());
    }

    @ExceptionHandler(ServletException.class)
    public String frameworkError(ServletException error, HttpServletRequest request, HttpServletResponse response, Model model) {
        int status = error instanceof ErrorResponse known ? known.getStatusCode().value() : 400;
        if (status == 404) {
            return notFound(request, response, model);
        }
        return page(request, response, model, status, "There is a problem with your request",
                "Go back and try again. If it happens again, contact your Casebridge administrator.");
    }

    @ExceptionHandler(Exception.class)
    public String unexpected(Exception e, HttpServletRequest request, HttpServletResponse response, Model model) {
        log.error("Portal page failed: {}", e.getClass().getName(), e);
        return page(request, response, model, 500, "Sorry, there is a problem with the service",
                "Try again later. Your answers were saved as you typed them.");
    }

    private String page(HttpServletRequest request, HttpServletResponse response, Model model, int status,
                        String title, String detail) {
        response.setStatus(status);
        model.addAttribute("portal", layout.portal(request));
        model.addAttribute("errorTitle", title);
        model.addAttribute("errorDetail", detail);
        return "portal/error";
    }
}
