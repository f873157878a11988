package org.casebridge.platform.observability;

import io.micrometer.tracing.Span;

/** What a span may say about a failure: the exception's type, never its message, which may name a person. */
final class Spans {

    static final String EXCEPTION_TYPE = "exception.type";

    private Spans() {}

    static void failed(Span span, Throwable failure) {
        span.tag(EXCEPTION_TYPE, failure.getClass().getName());
        span.tag("outcome", "failure");
    }
}
