/**
 * Need to know for the police API: the {@link org.casebridge.police.access.PoliceAccess} rule each handler declares
 * and the interceptor that applies it from the caller's token before the request is read. Uses {@code shared}, the
 * escalation read model (which force a case is with) and the platform.
 */
package org.casebridge.police.access;
