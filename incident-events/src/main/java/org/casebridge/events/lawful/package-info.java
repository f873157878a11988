/**
 * The lawful basis that every share of case information carries (ADR 0024): the regime (UK GDPR, or DPA 2018 Part 3
 * for the police's law enforcement processing), the Article 6 basis a public authority may use for its task, and the
 * condition for special category data chosen from DPA 2018 Schedule 1 (or Schedule 8 under Part 3), never free text.
 * Depends on nothing but the JDK.
 */
package org.casebridge.events.lawful;
