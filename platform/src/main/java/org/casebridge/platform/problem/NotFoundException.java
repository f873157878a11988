package org.casebridge.platform.problem;

/** A record the caller asked for does not exist, or is outside what they may see: the answer is the same. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, String id) {
        super("No " + what + " " + id + " was found.");
    }
}
