/** Integration events of the school context, published by case-service. */
@NullMarked
package org.casebridge.events.school;

import org.jspecify.annotations.NullMarked;
