/**
 * A safeguarding case at a school, from the incident report through the initial review, the decision to refer or
 * handle in school, and every later decision, to closure. {@code api} holds the messages, {@code command} the
 * aggregate and its rules, {@code query} the projections, {@code web} the REST API and {@code integration} what goes
 * to and comes from Kafka. The command side never uses the web layer.
 */
package org.casebridge.cases.incident;
