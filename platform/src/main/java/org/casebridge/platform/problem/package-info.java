/** RFC 9457 problem details: the one way every service answers bad input and broken rules. */
package org.casebridge.platform.problem;
