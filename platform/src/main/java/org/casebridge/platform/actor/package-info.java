/** Who is acting on a request: resolved once at the edge, recorded on every decision event. */
package org.casebridge.platform.actor;
