/**
 * The MoPI review job (ADR 0053): a daily db-scheduler task, on one instance, that marks each crime record reaching its
 * review date (the MoPI group's period from reference data, counted from the crime's recording) due for review, as an
 * event on the escalation, and so too an escalation declined with no crime (ADR 0069) or transferred to a force that
 * neither declined it nor recorded a crime (ADR 0076). Police records are reviewed, never deleted silently.
 */
package org.casebridge.police.escalation.review;
