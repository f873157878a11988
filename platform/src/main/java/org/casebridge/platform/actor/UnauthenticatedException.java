package org.casebridge.platform.actor;

/** The request does not say who is acting. */
public class UnauthenticatedException extends RuntimeException {

    private final String detail;

    public UnauthenticatedException(String message) {
        super(message);
        this.detail = message;
    }

    /** The sentence the problem's detail carries; never null, unlike a plain exception's message. */
    @Override
    public String getMessage() {
        return detail;
    }
}
