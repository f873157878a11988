/**
 * notification-service: the agencies' side of Casebridge. Features: {@code subscription} (what an agency receives and
 * on which lawful basis), {@code delivery} (planning, delivering and auditing shares), {@code agency} (who acts as an
 * agency, demo agencies). Depends on the platform and the published language, never on another service.
 */
package org.casebridge.notification;
