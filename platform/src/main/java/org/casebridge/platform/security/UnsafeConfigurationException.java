package org.casebridge.platform.security;

/** A setting that would run the service open or with published keys; the service refuses to start (ADR 0014). */
public class UnsafeConfigurationException extends IllegalStateException {

    public UnsafeConfigurationException(String message) {
        super(message);
    }
}
