/**
 * The display names of the people who act through a service (ADR 0068): learnt from the identity provider's
 * {@code name} claim as they act, and shown on pages instead of their user ids, to their own organisation only.
 */
@NullMarked
package org.casebridge.platform.people;

import org.jspecify.annotations.NullMarked;
