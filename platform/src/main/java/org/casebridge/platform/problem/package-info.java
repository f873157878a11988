/** RFC 9457 problem details: the one way every service answers bad input and broken rules. */
@NullMarked
package org.casebridge.platform.problem;

import org.jspecify.annotations.NullMarked;
