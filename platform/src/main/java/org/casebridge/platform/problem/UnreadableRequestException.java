package org.casebridge.platform.problem;

import org.springframework.http.ProblemDetail;

/** Parameters the container could not read entirely: too large (413) or malformed (400). Nothing runs. */
public class UnreadableRequestException extends RuntimeException {

    private final int status;
    private final String detail;

    public UnreadableRequestException(int status, String detail) {
        super(detail);
        this.status = status;
        this.detail = detail;
    }

    /** The sentence the problem's detail carries; never null, unlike a plain exception's message. */
    @Override
    public String getMessage() {
        return detail;
    }

    public int status() {
        return status;
    }

    public ProblemDetail problem() {
        return status == 413
                ? Problems.of(413, "request-too-large", "The request is too large", getMessage())
                : Problems.of(400, "malformed-request", "The request could not be read", getMessage());
    }
}
