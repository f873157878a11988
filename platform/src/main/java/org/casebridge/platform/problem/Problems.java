package org.casebridge.platform.problem;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.casebridge.platform.text.RefusedTextException;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds problems with Casebridge problem types. */
public final class Problems {

    public static final String TYPE_BASE = "https://casebridge.org/problems/";

    private Problems() {}

    public static ProblemDetail of(int status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail);
        problem.setType(URI.create(TYPE_BASE + slug));
        problem.setTitle(title);
        return problem;
    }

    /** The problem for a refused string: 422 for an image or file written as text, 400 for a broken character. */
    public static ProblemDetail refusedText(RefusedTextException refused) {
        ProblemDetail problem = refused.reason().status() == 422
                ? of(
                        422,
                        refused.reason().problemType(),
                        "Embedded data is never accepted",
                        refused.getMessage()
                                + " Casebridge records references to imagery (exhibit numbers, hash-set references, "
                                + "categories), never the imagery itself. Nothing was recorded.")
                : of(
                        400,
                        refused.reason().problemType(),
                        "The request is not valid",
                        refused.getMessage() + " Nothing was recorded.");
        problem.setProperty(
                "errors",
                List.of(Map.of(
                        "field", refused.field(), "message", refused.reason().message())));
        return problem;
    }
}
