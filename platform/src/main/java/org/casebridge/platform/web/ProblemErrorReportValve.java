package org.casebridge.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.casebridge.platform.problem.Problems;
import org.jspecify.annotations.Nullable;

/**
 * Tomcat's own error answer, for what it refuses before any servlet runs (an encoded NUL or slash in the path, a
 * malformed request line): an RFC 9457 problem with a Casebridge type, where Tomcat would write an HTML page. It echoes
 * nothing of the request. Errors inside the application never reach it: Spring answers those (ADR 0090).
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, @Nullable Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            response.setContentType("application/problem+json");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json(status));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client went away or the response was committed meanwhile: there is no one to answer.
        }
    }

    private static String json(int status) {
        boolean ours = status >= 500;
        String slug = ours ? "internal-error" : status == 404 ? "not-found" : "malformed-request";
        String title = ours ? "Something went wrong" : status == 404 ? "Not found" : "The request could not be read";
        String detail = ours
                ? "The request could not be completed. Nothing was recorded; try again."
                : "The address or the request line holds a character or sequence a request may not carry.";
        return "{\"type\":\"" + Problems.TYPE_BASE + slug + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}";
    }
}
