/** The web edge every service shares: the no-imagery guard, the actor resolver and the OpenAPI description. */
package org.casebridge.platform.web;
