package org.casebridge.platform.actor;

/** The request headers that carry the actor until the identity provider issues tokens. */
public final class ActorHeaders {

    public static final String ID = "X-Actor-Id";
    public static final String ROLE = "X-Actor-Role";
    public static final String ORGANISATION = "X-Actor-Org";

    /** Longest accepted header value: ids, URNs and force codes are short. */
    static final int MAX_LENGTH = 100;

    private ActorHeaders() {
    }
}
