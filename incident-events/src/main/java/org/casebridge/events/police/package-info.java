/** Integration events of the police context, published by police-liaison-service. */
package org.casebridge.events.police;
