/**
 * The command side of a safeguarding case: the {@link org.casebridge.cases.incident.command.SafeguardingCase}
 * aggregate, its rules and the exceptions that name them. Uses the messages in {@code api} and the school reference
 * data; never the web layer or the projections.
 */
package org.casebridge.cases.incident.command;
