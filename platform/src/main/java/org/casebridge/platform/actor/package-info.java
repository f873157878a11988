/** Who is acting on a request: resolved once at the edge, recorded on every decision event. */
@NullMarked
package org.casebridge.platform.actor;

import org.jspecify.annotations.NullMarked;
