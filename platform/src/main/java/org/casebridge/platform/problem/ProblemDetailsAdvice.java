package org.casebridge.platform.problem;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.casebridge.platform.actor.UnauthenticatedException;
import org.casebridge.platform.text.RefusedTextException;
import org.casebridge.platform.text.TextJson.RefusedJsonTextException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error a Casebridge API returns is an RFC 9457 problem: field errors name the field, rule violations name
 * the rule, and nothing unexpected leaks a stack trace. Details never carry personal data, nor the value sent. A query
 * or path parameter of the wrong type (a UUID, an instant, a number, one of an enum's values) or a missing one answers
 * 400 {@code invalid-request} naming it, as {@link InvalidParameterException} does; whatever else Spring MVC refuses
 * before a controller runs (a method, a media type, an unknown path) answers a Casebridge problem type too, never
 * {@code about:blank} (ADR 0090).
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 10)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(DomainRuleViolation.class)
    ProblemDetail ruleViolation(DomainRuleViolation e) {
        ProblemDetail problem = Problems.of(e.status(), e.rule(), title(e.rule()), e.getMessage());
        e.properties().forEach(problem::setProperty);
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return Problems.of(404, "not-found", "Not found", e.getMessage());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail aggregateNotFound(AggregateNotFoundException e) {
        return Problems.of(404, "not-found", "Not found", "No record with that id was found.");
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentChange(ConcurrencyException e) {
        return Problems.of(
                409,
                "concurrent-change",
                "Changed by someone else",
                "The record was changed or created by another request at the same time; reload it and try again.");
    }

    @ExceptionHandler(UnauthenticatedException.class)
    ProblemDetail unauthenticated(UnauthenticatedException e) {
        return Problems.of(401, "unauthenticated", "Who is acting is not known", e.getMessage());
    }

    /** A query or form parameter that breaks the text rule or holds an image or file (the JSON case is below). */
    @ExceptionHandler(RefusedTextException.class)
    ResponseEntity<ProblemDetail> refusedText(RefusedTextException e) {
        return ResponseEntity.status(e.reason().status()).body(Problems.refusedText(e));
    }

    @ExceptionHandler(UnreadableRequestException.class)
    ResponseEntity<ProblemDetail> unreadable(UnreadableRequestException e) {
        return ResponseEntity.status(e.status()).body(e.problem());
    }

    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> invalidParameter(InvalidParameterException e) {
        return ResponseEntity.badRequest().body(e.problem());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e) {
        ProblemDetail problem = Problems.of(
                400, "invalid-request", "The request is not valid", "One or more parameters are not valid.");
        List<Map<String, String>> errors = e.getConstraintViolations().stream()
                .map(v -> Map.of("field", lastNode(v.getPropertyPath().toString()), "message", v.getMessage()))
                .toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    /**
     * A failure of the database or of Kafka is an outage, 503 with {@code Retry-After}, logged without a stack trace
     * (the services recover by themselves); anything else is a fault of ours, 500, logged in full.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        var partDown = Outages.partDown(e);
        if (partDown.isPresent()) {
            log.warn(
                    "Request refused with 503, the {} is unavailable: {}",
                    partDown.get(),
                    e.getClass().getName());
            return ResponseEntity.status(503)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(Outages.RETRY_AFTER.toSeconds()))
                    .body(Outages.problem(partDown.get()));
        }
        log.error("Unexpected error handling a request: {}", e.getClass().getName(), e);
        return ResponseEntity.status(500)
                .body(
                        Problems.of(
                                500,
                                "internal-error",
                                "Something went wrong",
                                "The request could not be completed. Nothing was recorded; try again, and report it if it repeats."));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String parameter = ex instanceof MethodArgumentTypeMismatchException argument
                ? argument.getName()
                : String.valueOf(ex.getPropertyName());
        return ResponseEntity.badRequest()
                .body(new InvalidParameterException(parameter, parameter + " " + expected(ex.getRequiredType()))
                        .problem());
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        String parameter = ex.getParameterName();
        return ResponseEntity.badRequest()
                .body(new InvalidParameterException(parameter, parameter + " is required").problem());
    }

    /**
     * Whatever Spring MVC refused with its own {@code about:blank} problem, or with none yet (a method not allowed, a
     * media type, a path with no endpoint), answers the same status with a Casebridge problem type, keeping Spring's headers (such as
     * {@code Allow}) but not its detail, which may echo what was sent.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, @Nullable Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        Object house = body == null || body instanceof ProblemDetail problem && !houseType(problem)
                ? houseProblem(statusCode.value())
                : body;
        return super.handleExceptionInternal(ex, house, headers, statusCode, request);
    }

    private static boolean houseType(ProblemDetail problem) {
        return problem.getType().toString().startsWith(Problems.TYPE_BASE);
    }

    private static ProblemDetail houseProblem(int status) {
        return switch (status) {
            case 404 -> Problems.of(404, "not-found", "Not found", "No endpoint answers this address.");
            case 405 ->
                Problems.of(
                        405, "method-not-allowed", "Method not allowed", "This address does not answer that method.");
            case 406 ->
                Problems.of(
                        406,
                        "not-acceptable",
                        "Not acceptable",
                        "This address cannot answer in the media type asked for.");
            case 413 -> Problems.of(413, "request-too-large", "The request is too large", "The request is too large.");
            case 415 ->
                Problems.of(
                        415,
                        "unsupported-media-type",
                        "Unsupported media type",
                        "This address does not accept a body of that media type.");
            default ->
                status >= 500
                        ? Problems.of(
                                status,
                                "internal-error",
                                "Something went wrong",
                                "The request could not be completed. Nothing was recorded; try again.")
                        : Problems.of(
                                status,
                                "malformed-request",
                                "The request could not be read",
                                "The request is not valid.");
        };
    }

    /** What a parameter of this type accepts, in words, without the value that was sent. */
    private static String expected(@Nullable Class<?> type) {
        if (type == null) {
            return "has a value of the wrong type or format";
        }
        if (type.isEnum()) {
            return "must be one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(constant -> ((Enum<?>) constant).name())
                            .collect(Collectors.joining(", "));
        }
        if (type == UUID.class) {
            return "must be a UUID, such as 0b9d2c4e-8a51-4f0e-9c39-5f1c6d0b7a11";
        }
        if (type == Instant.class) {
            return "must be an ISO-8601 instant, such as 2026-12-01T09:00:00Z";
        }
        if (type == LocalDate.class) {
            return "must be a day, such as 2026-12-01";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "must be a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "must be true or false";
        }
        return "has a value of the wrong type or format";
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem =
                Problems.of(400, "invalid-request", "The request is not valid", "One or more fields are not valid.");
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            errors.add(Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())));
        }
        ex.getBindingResult()
                .getGlobalErrors()
                .forEach(error -> errors.add(
                        Map.of("field", error.getObjectName(), "message", String.valueOf(error.getDefaultMessage()))));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = Problems.of(
                400, "invalid-request", "The request is not valid", "One or more parameters are not valid.");
        List<Map<String, String>> errors = new ArrayList<>();
        ex.getParameterValidationResults()
                .forEach(result -> result.getResolvableErrors()
                        .forEach(error -> errors.add(Map.of(
                                "field",
                                String.valueOf(result.getMethodParameter().getParameterName()),
                                "message",
                                String.valueOf(error.getDefaultMessage())))));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex.getCause() instanceof RefusedJsonTextException refused) {
            RefusedTextException named = refused.refusal();
            return ResponseEntity.status(named.reason().status()).body(Problems.refusedText(named));
        }
        if (ex.getCause() instanceof StreamConstraintsException) {
            return ResponseEntity.status(413)
                    .body(Problems.of(
                            413,
                            "request-too-large",
                            "The request is too large",
                            "The JSON document is larger or deeper than a request may be."));
        }
        ProblemDetail problem = Problems.of(
                400,
                "malformed-request",
                "The request body could not be read",
                "The body is not valid JSON for this request.");
        if (ex.getCause() instanceof JsonMappingException mapping
                && !mapping.getPath().isEmpty()) {
            String field = path(mapping.getPath());
            String message = switch (mapping) {
                case UnrecognizedPropertyException u -> "is not a field of this request";
                case InvalidFormatException i -> "has a value of the wrong type or format";
                default -> "could not be read";
            };
            problem.setDetail("The field " + field + " " + message + ".");
            problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.indexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }

    private static String title(String rule) {
        String words = rule.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
