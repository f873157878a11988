/** The web edge every service shares: the no-imagery guard, the actor resolver and the OpenAPI description. */
@NullMarked
package org.casebridge.platform.web;

import org.jspecify.annotations.NullMarked;
