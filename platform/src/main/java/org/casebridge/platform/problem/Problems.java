package org.casebridge.platform.problem;

import java.net.URI;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds problems with Casebridge problem types. */
public final class Problems {

    public static final String TYPE_BASE = "https://casebridge.org/problems/";

    private Problems() {
    }

    public static ProblemDetail of(int status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail);
        problem.setType(URI.create(TYPE_BASE + slug));
        problem.setTitle(title);
        return problem;
    }
}
