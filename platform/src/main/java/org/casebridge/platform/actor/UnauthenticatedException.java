package org.casebridge.platform.actor;

/** The request does not say who is acting. */
public class UnauthenticatedException extends RuntimeException {

    public UnauthenticatedException(String message) {
        super(message);
    }
}
