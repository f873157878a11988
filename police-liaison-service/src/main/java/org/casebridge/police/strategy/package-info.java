/**
 * Strategy meetings with the school and agencies (Working Together to Safeguard Children 2023): convening,
 * attendance, information shared with its lawful basis, decisions including s.47 enquiries, and actions with
 * owners and due dates. {@code command} holds the {@code StrategyMeeting} aggregate, {@code process} the clocks
 * (meeting due, actions due) on Axon's {@code DeadlineManager}, {@code query} and {@code web} the read side. May
 * use {@code escalation.command} messages, {@code shared}, the platform and the published language.
 */
package org.casebridge.police.strategy;
