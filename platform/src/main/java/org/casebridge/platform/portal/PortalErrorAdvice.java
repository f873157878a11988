package org.casebridge.platform.portal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.casebridge.platform.problem.DomainRuleViolation;
import org.casebridge.platform.problem.NotFoundException;
import org.casebridge.platform.problem.Outages;
import org.casebridge.platform.problem.Problems;
import org.casebridge.platform.problem.UnreadableRequestException;
import org.casebridge.platform.text.RefusedTextException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

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

    @ExceptionHandler({
        NotFoundException.class,
        AggregateNotFoundException.class,
        MethodArgumentTypeMismatchException.class
    })
    public String notFound(HttpServletRequest request, HttpServletResponse response, Model model) {
        return page(
                request,
                response,
                model,
                404,
                "Page not found",
                "If you typed the web address, check it is correct. If you followed a link to a case, you may not "
                        + "have access to it.");
    }

    @ExceptionHandler(DomainRuleViolation.class)
    public String ruleViolation(
            DomainRuleViolation violation, HttpServletRequest request, HttpServletResponse response, Model model) {
        if (violation.status() == 403) {
            return page(request, response, model, 403, "You cannot do this", violation.getMessage());
        }
        return page(request, response, model, violation.status(), "This could not be done", violation.getMessage());
    }

    /**
     * A form field (or query parameter) the text guard refused before the page's controller ran, so nothing was
     * saved, not even a draft. The draft endpoint, which the portal's script calls, gets a problem it shows next to
     * the form; a page gets an error page that names the field.
     */
    @ExceptionHandler({RefusedTextException.class, UnreadableRequestException.class})
    public @Nullable ModelAndView refusedInput(
            RuntimeException refusal,
            HandlerMethod handler,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model)
            throws IOException {
        ProblemDetail problem = refusal instanceof RefusedTextException text
                ? Problems.refusedText(text)
                : ((UnreadableRequestException) refusal).problem();
        if (handler.hasMethodAnnotation(ResponseBody.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)) {
            response.setStatus(problem.getStatus());
            new MappingJackson2HttpMessageConverter()
                    .write(problem, MediaType.APPLICATION_PROBLEM_JSON, new ServletServerHttpResponse(response));
            return null;
        }
        String title = problem.getStatus() == 422
                ? "Images and files cannot be entered as text"
                : "There is a problem with your answers";
        String detail = refusal instanceof RefusedTextException text && problem.getStatus() == 422
                ? "The answer in \"" + text.field() + "\" looks like an image or file written as text (for example "
                        + "a pasted picture or a data: link). Casebridge never stores imagery: go back, remove it and "
                        + "describe what it shows in words. Nothing was saved."
                : refusal instanceof RefusedTextException text
                        ? "The answer in \"" + text.field() + "\" "
                                + text.reason().message() + ". Nothing was saved."
                        : ((UnreadableRequestException) refusal).getMessage();
        return new ModelAndView(page(request, response, model, problem.getStatus(), title, detail));
    }

    @ExceptionHandler(ServletException.class)
    public String frameworkError(
            ServletException error, HttpServletRequest request, HttpServletResponse response, Model model) {
        int status =
                error instanceof ErrorResponse known ? known.getStatusCode().value() : 400;
        if (status == 404) {
            return notFound(request, response, model);
        }
        return page(
                request,
                response,
                model,
                status,
                "There is a problem with your request",
                "Go back and try again. If it happens again, contact your Casebridge administrator.");
    }

    @ExceptionHandler(Exception.class)
    public String unexpected(Exception e, HttpServletRequest request, HttpServletResponse response, Model model) {
        var partDown = Outages.partDown(e);
        if (partDown.isPresent()) {
            log.warn(
                    "Portal page refused with 503, the {} is unavailable: {}",
                    partDown.get(),
                    e.getClass().getName());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Outages.RETRY_AFTER.toSeconds()));
            return page(
                    request,
                    response,
                    model,
                    503,
                    "Sorry, the service is unavailable",
                    "Try again in a few seconds. Nothing on this page was lost: your answers were saved as you typed "
                            + "them.");
        }
        log.error("Portal page failed: {}", e.getClass().getName(), e);
        return page(
                request,
                response,
                model,
                500,
                "Sorry, there is a problem with the service",
                "Try again later. Your answers were saved as you typed them.");
    }

    private String page(
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            int status,
            String title,
            String detail) {
        response.setStatus(status);
        model.addAttribute("portal", layout.portal(request));
        model.addAttribute("errorTitle", title);
        model.addAttribute("errorDetail", detail);
        return "portal/error";
    }
}
