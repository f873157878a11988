package org.casebridge.platform.problem;

import java.util.List;
import java.util.Map;
import org.springframework.http.ProblemDetail;

/**
 * A query-string parameter out of its range or not one of its choices: 400 {@code invalid-request}, the problem every
 * other invalid field or parameter answers, with the sentence naming what is accepted as its detail and in its
 * {@code errors}. Thrown before anything is read or written.
 */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;
    private final String sentence;

    public InvalidParameterException(String parameter, String sentence) {
        super(sentence);
        this.parameter = parameter;
        this.sentence = sentence;
    }

    /** The sentence the problem's detail carries; never null, unlike a plain exception's message. */
    @Override
    public String getMessage() {
        return sentence;
    }

    public String parameter() {
        return parameter;
    }

    public ProblemDetail problem() {
        ProblemDetail problem = Problems.of(400, "invalid-request", "The request is not valid", getMessage());
        problem.setProperty("errors", List.of(Map.of("field", parameter, "message", getMessage())));
        return problem;
    }
}
