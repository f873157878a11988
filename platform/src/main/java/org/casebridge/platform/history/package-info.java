/** A case as it stood at an instant, rebuilt from its events by the services' own projections (ADR 0047). */
@NullMarked
package org.casebridge.platform.history;

import org.jspecify.annotations.NullMarked;
