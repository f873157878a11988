/** Integration events of the school context, published by case-service. */
package org.casebridge.events.school;
