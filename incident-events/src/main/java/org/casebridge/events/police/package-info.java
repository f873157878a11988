/** Integration events of the police context, published by police-liaison-service. */
@NullMarked
package org.casebridge.events.police;

import org.jspecify.annotations.NullMarked;
