/**
 * Subject access requests to a force (UK GDPR Art 15; ADR 0066): a supervisor of the force answers, for one child of
 * one escalation, with everything the force holds about the child, third parties withheld and listed, released once as
 * a PDF and a JSON bundle. {@code command} holds the {@code SubjectAccessRequest} aggregate, {@code query} its read
 * model, {@code disclosure} what a disclosure holds and its files, {@code web} and {@code portal} the API and pages.
 * May use {@code escalation}, {@code strategy} and {@code device} (their read side), {@code shared}, {@code access},
 * {@code portal} and the platform; nothing depends on it.
 */
package org.casebridge.police.sar;
