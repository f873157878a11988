package org.casebridge.platform.problem;

/** A record the caller asked for does not exist, or is outside what they may see: the answer is the same. */
public class NotFoundException extends RuntimeException {

    private final String detail;

    public NotFoundException(String what, String id) {
        this("No " + what + " " + id + " was found.");
    }

    private NotFoundException(String detail) {
        super(detail);
        this.detail = detail;
    }

    /** The sentence the problem's detail carries; never null, unlike a plain exception's message. */
    @Override
    public String getMessage() {
        return detail;
    }
}
