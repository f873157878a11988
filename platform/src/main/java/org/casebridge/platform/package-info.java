/**
 * Infrastructure written once and shared by every Casebridge service. It may depend on incident-events and
 * libraries, never on a service.
 */
@NullMarked
package org.casebridge.platform;

import org.jspecify.annotations.NullMarked;
