/**
 * The agency case keys that seal the free text an agency types (ADR 0075): the vault ({@link
 * org.casebridge.platform.sealing.SealingKeyVault}, wrapped by {@code CASEBRIDGE_PERSONAL_DATA_KEY}) and notification
 * migration 24, which sealed the agency case events stored in clear before.
 */
package org.casebridge.notification.sealing;
