/**
 * The case keys that seal the police events' free text (ADR 0064): the vault ({@link
 * org.casebridge.platform.sealing.SealingKeyVault}, wrapped by {@code CASEBRIDGE_PERSONAL_DATA_KEY}) and police
 * migration 11, which sealed the events stored in clear before.
 */
@NullMarked
package org.casebridge.police.sealing;

import org.jspecify.annotations.NullMarked;
