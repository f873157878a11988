/** Escalations from the school topic: consumes {@code casebridge.school.events} through the platform's inbox. */
package org.casebridge.police.escalation.intake;
